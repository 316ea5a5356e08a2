/**
 * Papers are measured at upload for the briefing's reading time: a real PDF by its pages, a real
 * Word document by its words, a presentation by its slides; a damaged file is unknown, not an
 * error. The briefing adds the papers of the coming meeting up.
 */
import { strToU8, zipSync } from 'fflate'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { answerItem, proposeItem } from '@/lib/data/board/agenda'
import { scheduleMeeting } from '@/lib/data/board/meetings'
import { addMember } from '@/lib/data/board/membership'
import { uploadPaper } from '@/lib/data/board/papers'
import { getBriefing } from '@/lib/data/briefing/briefing'
import { measurePaper } from '@/lib/paper-length'
import { db } from '../../setup/test-db'
import { boardWorld, itemInput, meetingInput, memberInput } from './setup'

async function pdfOf(pages: number) {
  const doc = await PDFDocument.create()
  for (let i = 0; i < pages; i++) doc.addPage()
  return doc.save()
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
const docxOf = (words: number) =>
  zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    'word/document.xml': strToU8(
      `<w:document><w:body><w:p><w:r><w:t>${Array.from({ length: words }, (_, i) => `word${i}`).join(' ')}</w:t></w:r></w:p></w:body></w:document>`,
    ),
  })

describe('the length of a paper', () => {
  it('is measured from the file itself', async () => {
    expect(await measurePaper(await pdfOf(4), 'application/pdf')).toEqual({ pages: 4, words: null })
    expect(await measurePaper(docxOf(600), DOCX)).toEqual({ pages: null, words: 600 })
    const slides = zipSync({ 'ppt/slides/slide1.xml': strToU8('<p/>'), 'ppt/slides/slide2.xml': strToU8('<p/>') })
    expect(await measurePaper(slides, PPTX)).toEqual({ pages: 2, words: null })
    expect(await measurePaper(strToU8('%PDF-1.4 not really'), 'application/pdf')).toEqual({ pages: null, words: null })
  })

  it('is stored at upload, and the briefing adds up the coming meeting’s reading', async () => {
    const w = await boardWorld()
    await addMember(w.team, w.own.slug, memberInput({ name: 'Partner One', userId: w.partner.id }))
    const soon = new Date(Date.now() + 5 * 86_400_000)
    const meeting = await scheduleMeeting(
      w.team,
      w.own.slug,
      meetingInput({
        title: 'Next board',
        date: new Date(Date.UTC(soon.getUTCFullYear(), soon.getUTCMonth(), soon.getUTCDate())),
      }),
    )
    const item = await proposeItem(w.partner, w.own.slug, itemInput())
    await answerItem(w.chair, item.id, { version: 1, answer: 'place', meetingId: meeting.id, response: null })
    const file = (bytes: Uint8Array, name: string) => new File([bytes as BlobPart], name)
    const p = await uploadPaper(w.team, item.id, { title: 'Budget', visibility: 'BOARD', file: file(await pdfOf(4), 'b.pdf') })
    expect(await db().prisma.agendaPaper.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ pages: 4, words: null })
    await uploadPaper(w.team, item.id, { title: 'Report', visibility: 'BOARD', file: file(await pdfOf(1), 'r.pdf') })
    const papers = (await getBriefing(w.partner)).find((b) => b.kind === 'papers')
    expect(papers?.note).toBe('1 agenda item, 2 papers, about 15 minutes to read')
  })
})
