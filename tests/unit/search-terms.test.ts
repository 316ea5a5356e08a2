import { describe, expect, it } from 'vitest'
import { MAX_QUERY_LENGTH, excerpt, searchTerms } from '@/lib/search-terms'

describe('searchTerms', () => {
  it('lower-cases, de-duplicates and drops words under 2 characters', () => {
    expect(searchTerms('  Mental  health a Mental ')).toEqual(['mental', 'health'])
  })

  it('strips LIKE wildcards and punctuation around words', () => {
    expect(searchTerms('100% _under_ "phonics"')).toEqual(['100', 'under', 'phonics'])
    expect(searchTerms('%%% __')).toEqual([])
  })

  it('is bounded: long input is cut and at most 6 terms are used', () => {
    expect(searchTerms('x'.repeat(5000))[0]).toHaveLength(MAX_QUERY_LENGTH)
    expect(searchTerms('aa bb cc dd ee ff gg hh')).toHaveLength(6)
  })
})

describe('excerpt', () => {
  it('marks every occurrence of every term, case-insensitively', () => {
    expect(excerpt('Improving Mental health in mental services', ['mental'])).toEqual([
      { text: 'Improving ', match: false },
      { text: 'Mental', match: true },
      { text: ' health in ', match: false },
      { text: 'mental', match: true },
      { text: ' services', match: false },
    ])
  })

  it('cuts long text around the first match with ellipses', () => {
    const text = `${'a '.repeat(100)}phonics${' b'.repeat(200)}`
    const fragments = excerpt(text, ['phonics']) ?? []
    expect(fragments[0]).toEqual({ text: '…', match: false })
    expect(fragments.at(-1)).toEqual({ text: '…', match: false })
    expect(fragments.some((f) => f.match && f.text === 'phonics')).toBe(true)
  })

  it('returns null when no term occurs', () => {
    expect(excerpt('Early years', ['maths'])).toBeNull()
  })
})
