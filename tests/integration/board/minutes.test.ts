/**
 * Minutes and papers on a real database: attendance, drafting per item, circulation, amendments
 * only from members who attended, approval by an attending chair at a later meeting, the lock
 * after it and what the public then sees; papers checked by their content, and board-only
 * papers that never reach the public read.
 */
import { describe, expect, it } from 'vitest'
import { scheduleMeeting } from '@/lib/data/board/meetings'
import {
  answerAmendment,
  approveMinutes,
  circulateMinutes,
  recordAttendance,
  saveItemMinutes,
  suggestAmendment,
} from '@/lib/data/board/minutes'
import { getBoardPaper, uploadPaper } from '@/lib/data/board/papers'
import { getMeetingRoom } from '@/lib/data/board/read'
import { getPublicBoard, getPublicPaper } from '@/lib/data/public/board'
import { db } from '../../setup/test-db'
import { boardWorld, heldMeeting, holdMeeting, meetingInput } from './setup'

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n')
const file = (bytes: Uint8Array | string, name: string, type = 'application/pdf') => new File([bytes as BlobPart], name, { type })

const version = async (meetingId: string) => (await db().prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } })).version
const itemVersion = async (id: string) => (await db().prisma.agendaItem.findUniqueOrThrow({ where: { id } })).version

describe('minutes', () => {
  it('are drafted, circulated to those who attended, amended, approved at a later meeting, then locked and published', async () => {
    const w = await boardWorld()
    const h = await heldMeeting(w)
    await expect(saveItemMinutes(w.partner, h.open.id, { version: 2, minutes: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(
      recordAttendance(w.team, h.meeting.id, { version: await version(h.meeting.id), present: ['someone-else'] }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    await recordAttendance(w.team, h.meeting.id, { version: await version(h.meeting.id), present: [h.chairM.id, h.partnerM.id] })
    await saveItemMinutes(w.team, h.open.id, {
      version: await itemVersion(h.open.id),
      minutes: 'The board heard about the 9:20 bus.',
    })
    // An item without minutes holds circulation back.
    await expect(circulateMinutes(w.team, h.meeting.id, { version: await version(h.meeting.id) })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    await saveItemMinutes(w.team, h.closed.id, {
      version: await itemVersion(h.closed.id),
      minutes: 'Private discussion of a named school.',
    })
    await circulateMinutes(w.team, h.meeting.id, { version: await version(h.meeting.id) })

    // Only members who attended suggest changes.
    await expect(suggestAmendment(h.absent, h.meeting.id, { agendaItemId: null, suggestion: 'x' })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    await expect(suggestAmendment(w.otherPartner, h.meeting.id, { agendaItemId: null, suggestion: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    const a = await suggestAmendment(w.partner, h.meeting.id, {
      agendaItemId: h.open.id,
      suggestion: 'Say the bus arrives at 9:20, not 9:30.',
    })

    const later = await scheduleMeeting(
      w.team,
      w.own.slug,
      meetingInput({ title: 'Summer board', date: new Date(Date.UTC(new Date().getUTCFullYear() + 1, 5, 1)) }),
    )
    await holdMeeting(later.id)
    // Moved to just after the first one, as holdMeeting puts both an hour ago.
    await db().prisma.meeting.update({ where: { id: later.id }, data: { startsAt: new Date(Date.now() - 60_000) } })
    const approve = async (u = w.chair) =>
      approveMinutes(u, h.meeting.id, { version: await version(h.meeting.id), atMeetingId: later.id })
    // Not with a suggestion unanswered; not by the delivery team; not by an admin who was not there.
    await expect(approve()).rejects.toMatchObject({ code: 'INVALID_STATE' })
    await answerAmendment(w.team, a.id, { version: 1, answer: 'accept' })
    await expect(approve(w.team)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(approve(w.admin)).rejects.toMatchObject({ code: 'INVALID_STATE' })
    expect(await db().prisma.auditEvent.count({ where: { action: 'minutes approval refused' } })).toBe(1)
    // Not at a meeting before the one minuted.
    await expect(
      approveMinutes(w.chair, h.meeting.id, { version: await version(h.meeting.id), atMeetingId: h.meeting.id }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    expect((await getPublicBoard(w.own.slug))?.meetings.past.flatMap((m) => m.items).some((i) => i.minutes)).toBe(false)
    await approve()

    await expect(
      saveItemMinutes(w.team, h.open.id, { version: await itemVersion(h.open.id), minutes: 'Rewritten' }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' })
    const room = await getMeetingRoom(w.partner, h.meeting.id)
    expect(room?.minutes).toMatchObject({ status: 'APPROVED', approvedAt: 'Summer board', attended: true })
    const publicBoard = await getPublicBoard(w.own.slug)
    const text = JSON.stringify(publicBoard)
    expect(text).toContain('The board heard about the 9:20 bus.')
    expect(text).not.toContain('Private discussion of a named school.')
    expect(text).not.toContain('Board-only item')
  })
})

describe('papers', () => {
  it('are checked by content: a renamed program, a web page and an oversized file are refused and audited', async () => {
    const w = await boardWorld()
    const h = await heldMeeting(w)
    const up = (f: File) => uploadPaper(w.team, h.open.id, { title: 'Paper', visibility: 'PUBLIC', file: f })
    await expect(
      up(file(Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), 'report.pdf')),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    await expect(up(file('<html><script>alert(1)</script></html>', 'agenda.docx'))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    await expect(up(file(Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]), 'big.pdf'))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    await expect(
      uploadPaper(w.partner, h.open.id, { title: 'x', visibility: 'PUBLIC', file: file(PDF, 'a.pdf') }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    expect(await db().prisma.agendaPaper.count()).toBe(0)
    expect(await db().prisma.auditEvent.count({ where: { action: 'paper refused' } })).toBe(3)
    const ok = await up(file(PDF, '../../Budget <2027>.pdf'))
    expect(await db().prisma.agendaPaper.findUniqueOrThrow({ where: { id: ok.id } })).toMatchObject({
      contentType: 'application/pdf',
      fileName: 'Budget 2027.pdf',
      sizeBytes: PDF.byteLength,
    })
  })

  it('a board-only paper, or any paper of a board-only item, never reaches the public read', async () => {
    const w = await boardWorld()
    const h = await heldMeeting(w)
    const pub = await uploadPaper(w.team, h.open.id, {
      title: 'Public paper',
      visibility: 'PUBLIC',
      file: file(PDF, 'public.pdf'),
    })
    const board = await uploadPaper(w.team, h.open.id, {
      title: 'Board paper',
      visibility: 'BOARD',
      file: file(PDF, 'board.pdf'),
    })
    const onPrivate = await uploadPaper(w.team, h.closed.id, {
      title: 'On private item',
      visibility: 'PUBLIC',
      file: file(PDF, 'p.pdf'),
    })
    expect(await getPublicPaper(w.own.slug, pub.id)).toMatchObject({ fileName: 'public.pdf', contentType: 'application/pdf' })
    expect(await getPublicPaper(w.own.slug, board.id)).toBeNull()
    expect(await getPublicPaper(w.own.slug, onPrivate.id)).toBeNull()
    // Not under another area's address either.
    expect(await getPublicPaper(w.other.slug, pub.id)).toBeNull()
    const text = JSON.stringify(await getPublicBoard(w.own.slug))
    expect(text).toContain('Public paper')
    expect(text).not.toContain('Board paper')
    expect(text).not.toContain('On private item')
    // The board reads every paper; another area's people none.
    expect(await getBoardPaper(w.partner, board.id)).toMatchObject({ fileName: 'board.pdf' })
    expect(await getBoardPaper(w.otherChair, board.id)).toBeNull()
    // A private meeting's public paper stays private.
    await db().prisma.meeting.update({ where: { id: h.meeting.id }, data: { isPublic: false } })
    expect(await getPublicPaper(w.own.slug, pub.id)).toBeNull()
  })
})
