import { describe, expect, it } from 'vitest'
import { readingMinutes, readingNote } from '@/lib/reading-time'

const PDF = 'application/pdf'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'

describe('reading time of board papers', () => {
  it('counts words at 200 a minute, PDF pages at 3 minutes, slides at 1, and nothing it could not measure', () => {
    expect(readingMinutes({ pages: null, words: 1000, contentType: DOCX })).toBe(5)
    expect(readingMinutes({ pages: null, words: 20, contentType: DOCX })).toBe(1)
    expect(readingMinutes({ pages: 4, words: null, contentType: PDF })).toBe(12)
    expect(readingMinutes({ pages: 10, words: null, contentType: PPTX })).toBe(10)
    expect(readingMinutes({ pages: null, words: null, contentType: PDF })).toBeNull()
  })

  it('says it in words, and owns up to what it does not know', () => {
    expect(readingNote([])).toBe('')
    expect(readingNote([{ pages: 4, words: null, contentType: PDF }])).toBe(', about 12 minutes to read')
    expect(readingNote([{ pages: null, words: 200, contentType: DOCX }])).toBe(', about 1 minute to read')
    expect(readingNote([{ pages: 20, words: null, contentType: PDF }])).toBe(', about an hour to read')
    expect(readingNote([{ pages: 30, words: null, contentType: PDF }])).toBe(', about 1.5 hours to read')
    expect(
      readingNote([
        { pages: 2, words: null, contentType: PDF },
        { pages: null, words: null, contentType: 'application/x-cfb' },
      ]),
    ).toBe(', about 6 minutes to read (and 1 paper not measured)')
    expect(readingNote([{ pages: null, words: null, contentType: PDF }])).toBe('; reading time not known')
  })
})
