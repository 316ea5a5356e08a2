/**
 * Changing and withdrawing a paper: only the delivery team of the area, at the version seen;
 * made board-only, a public paper leaves the public read at once; withdrawn, nobody can open it
 * (board or public) and the board sees it listed with the reason.
 */
import { describe, expect, it } from 'vitest'
import { changePaper, getBoardPaper, uploadPaper, withdrawPaper } from '@/lib/data/board/papers'
import { getMeetingRoom } from '@/lib/data/board/read'
import { getPublicBoard, getPublicPaper } from '@/lib/data/public/board'
import { db } from '../../setup/test-db'
import { boardWorld, heldMeeting } from './setup'

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n')
const pdf = (name: string) => new File([PDF as BlobPart], name, { type: 'application/pdf' })

describe('changing and withdrawing a paper', () => {
  it('is the delivery team’s, at the version seen; board-only and withdrawn papers leave every reader', async () => {
    const w = await boardWorld()
    const h = await heldMeeting(w)
    const paper = await uploadPaper(w.team, h.open.id, { title: 'Bus survey', visibility: 'PUBLIC', file: pdf('survey.pdf') })
    expect(await getPublicPaper(w.own.slug, paper.id)).not.toBeNull()

    const change = { title: 'Bus survey, with names', visibility: 'BOARD' as const, version: 1 }
    for (const u of [w.partner, w.chair, w.otherTeam])
      await expect(changePaper(u, paper.id, change)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await changePaper(w.team, paper.id, change)
    // The same page sent again is stale.
    await expect(changePaper(w.team, paper.id, change)).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(await getPublicPaper(w.own.slug, paper.id)).toBeNull()
    expect(JSON.stringify(await getPublicBoard(w.own.slug))).not.toContain('Bus survey')
    expect(await getBoardPaper(w.partner, paper.id)).not.toBeNull()

    for (const u of [w.partner, w.otherTeam])
      await expect(withdrawPaper(u, paper.id, { whyWithdrawn: 'x', version: 2 })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await withdrawPaper(w.team, paper.id, { whyWithdrawn: 'It names pupils', version: 2 })
    await expect(withdrawPaper(w.team, paper.id, { whyWithdrawn: 'again', version: 3 })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    await expect(changePaper(w.team, paper.id, { ...change, version: 3 })).rejects.toMatchObject({ code: 'INVALID_STATE' })
    expect(await getBoardPaper(w.partner, paper.id)).toBeNull()
    expect(await getBoardPaper(w.team, paper.id)).toBeNull()
    const listed = (await getMeetingRoom(w.partner, h.meeting.id))?.items.flatMap((i) => i.papers)
    expect(listed).toEqual([expect.objectContaining({ title: 'Bus survey, with names', withdrawnReason: 'It names pupils' })])
    const audit = await db().prisma.auditEvent.findMany({ where: { entityId: paper.id }, orderBy: { at: 'asc' } })
    expect(audit.map((a) => a.action)).toEqual(['uploaded paper', 'changed paper', 'withdrew paper'])
    expect(audit[1]).toMatchObject({ before: { isPublic: true }, after: { isPublic: false } })
  })

  it('a public paper withdrawn leaves the public board and its download', async () => {
    const w = await boardWorld()
    const h = await heldMeeting(w)
    const paper = await uploadPaper(w.team, h.open.id, { title: 'Timetable', visibility: 'PUBLIC', file: pdf('t.pdf') })
    await withdrawPaper(w.team, paper.id, { whyWithdrawn: 'Superseded', version: 1 })
    expect(await getPublicPaper(w.own.slug, paper.id)).toBeNull()
    expect(JSON.stringify(await getPublicBoard(w.own.slug))).not.toContain('Timetable')
  })
})
