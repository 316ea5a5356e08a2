/**
 * Approving minutes by a vote between meetings, on a real database: only circulated minutes
 * with no suggestion unanswered, only by the chair of the area; while the vote is open the
 * minutes cannot change; a carried vote approves, locks and publishes them in the transaction
 * that records its result; a vote not carried leaves them circulated.
 */
import { describe, expect, it } from 'vitest'
import { approveMinutes, circulateMinutes, recordAttendance, saveItemMinutes, suggestAmendment } from '@/lib/data/board/minutes'
import { openMinutesVote } from '@/lib/data/board/minutes-vote'
import { scheduleMeeting } from '@/lib/data/board/meetings'
import { castVote, closeMotion } from '@/lib/data/board/motions'
import { getMeetingRoom } from '@/lib/data/board/read'
import { getPublicBoard } from '@/lib/data/public/board'
import { datasetRows } from '@/lib/data/public/open-data'
import { db } from '../../setup/test-db'
import { day } from '../funding/setup'
import { boardWorld, heldMeeting, holdMeeting, meetingInput, type World } from './setup'

const version = async (meetingId: string) => (await db().prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } })).version
const itemVersion = async (id: string) => (await db().prisma.agendaItem.findUniqueOrThrow({ where: { id } })).version
const closes = { closesOn: day(`${new Date().getUTCFullYear() + 1}-01-20`), closesAt: { hour: 17, minute: 0 } }

/** A held meeting whose minutes are written and circulated. */
async function circulated(w: World) {
  const h = await heldMeeting(w)
  await recordAttendance(w.team, h.meeting.id, { version: await version(h.meeting.id), present: [h.chairM.id, h.partnerM.id] })
  await saveItemMinutes(w.team, h.open.id, { version: await itemVersion(h.open.id), minutes: 'The bus arrives at 9:20.' })
  await saveItemMinutes(w.team, h.closed.id, { version: await itemVersion(h.closed.id), minutes: 'A named school.' })
  await circulateMinutes(w.team, h.meeting.id, { version: await version(h.meeting.id) })
  return h
}

/** The vote's deadline has passed (so its result can be recorded with members still to vote). */
const pastDeadline = (motionId: string) =>
  db().prisma.motion.update({ where: { id: motionId }, data: { closesAt: new Date(Date.now() - 60_000) } })

describe('minutes approved by a vote between meetings', () => {
  it('is opened by the chair on circulated minutes, freezes them, and approves and publishes them when carried', async () => {
    const w = await boardWorld()
    const h = await circulated(w)
    const open = async (u = w.chair) => openMinutesVote(u, h.meeting.id, { ...closes, version: await version(h.meeting.id) })
    for (const u of [w.team, w.partner, w.otherChair]) await expect(open(u)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    // Not at a version the chair did not see.
    await expect(
      openMinutesVote(w.chair, h.meeting.id, { ...closes, version: (await version(h.meeting.id)) - 1 }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    // Not with a suggestion unanswered.
    await suggestAmendment(w.partner, h.meeting.id, { agendaItemId: null, suggestion: 'Add the apologies.' })
    await expect(open()).rejects.toMatchObject({ code: 'INVALID_STATE' })
    await db().prisma.minutesAmendment.updateMany({ where: { meetingId: h.meeting.id }, data: { status: 'DECLINED' } })

    const vote = await open()
    const motion = await db().prisma.motion.findUniqueOrThrow({ where: { id: vote.id } })
    expect(motion).toMatchObject({ minutesOfMeetingId: h.meeting.id, isSecret: false, status: 'OPEN' })
    expect(motion.question).toContain('the minutes of Spring board')
    // The board is asked to vote.
    expect(
      await db().prisma.notification.count({ where: { kind: 'VOTE_OPENED', link: { endsWith: vote.id }, userId: w.partner.id } }),
    ).toBe(1)
    // A second vote on the same minutes is refused; and while it is open, nothing changes them.
    await expect(open()).rejects.toMatchObject({ code: 'INVALID_STATE' })
    await expect(
      saveItemMinutes(w.team, h.open.id, { version: await itemVersion(h.open.id), minutes: 'Rewritten' }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' })
    await expect(
      recordAttendance(w.team, h.meeting.id, { version: await version(h.meeting.id), present: [h.chairM.id] }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' })
    await expect(
      suggestAmendment(w.partner, h.meeting.id, { agendaItemId: null, suggestion: 'Late change' }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' })
    expect((await getMeetingRoom(w.partner, h.meeting.id))?.minutes.vote).toMatchObject({ id: vote.id, open: true })

    // Carried: approved, locked and published in the result's transaction.
    await castVote(w.partner, vote.id, { choice: 'FOR', reason: null, voterId: null })
    await castVote(w.chair, vote.id, { choice: 'FOR', reason: null, voterId: null })
    await pastDeadline(vote.id)
    expect(await closeMotion(w.chair, vote.id, { version: 1 })).toMatchObject({ carried: true })
    const after = await db().prisma.meeting.findUniqueOrThrow({ where: { id: h.meeting.id } })
    expect(after).toMatchObject({
      minutesStatus: 'APPROVED',
      minutesApprovedByMotionId: vote.id,
      minutesApprovedById: w.chair.id,
      minutesApprovedAtMeetingId: null,
      minutesPublished: true,
    })
    expect(
      await db().prisma.auditEvent.findFirst({ where: { action: 'approved minutes', entityId: h.meeting.id } }),
    ).toMatchObject({ after: { byVote: vote.id, published: true } })
    await expect(
      saveItemMinutes(w.team, h.open.id, { version: await itemVersion(h.open.id), minutes: 'Rewritten' }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' })
    const text = JSON.stringify(await getPublicBoard(w.own.slug))
    expect(text).toContain('The bus arrives at 9:20.')
    expect(text).not.toContain('A named school.')
    expect((await getMeetingRoom(w.partner, h.meeting.id))?.minutes).toMatchObject({
      status: 'APPROVED',
      approvedAt: null,
      vote: { id: vote.id, open: false, carried: true },
    })
  })

  it('not carried, leaves the minutes circulated, to be amended or approved at a meeting', async () => {
    const w = await boardWorld()
    const h = await circulated(w)
    // Not before they are circulated.
    const drafting = await scheduleMeeting(w.team, w.own.slug, meetingInput({ title: 'Summer board' }))
    await holdMeeting(drafting.id)
    await expect(openMinutesVote(w.chair, drafting.id, { ...closes, version: await version(drafting.id) })).rejects.toMatchObject(
      { code: 'INVALID_STATE' },
    )

    const vote = await openMinutesVote(w.chair, h.meeting.id, { ...closes, version: await version(h.meeting.id) })
    // Approval at a meeting waits for the vote too.
    await expect(
      approveMinutes(w.chair, h.meeting.id, { version: await version(h.meeting.id), atMeetingId: h.meeting.id }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' })
    await castVote(w.partner, vote.id, { choice: 'AGAINST', reason: 'The apologies are missing', voterId: null })
    await castVote(w.chair, vote.id, { choice: 'AGAINST', reason: null, voterId: null })
    await pastDeadline(vote.id)
    expect(await closeMotion(w.chair, vote.id, { version: 1 })).toMatchObject({ carried: false })
    expect(await db().prisma.meeting.findUniqueOrThrow({ where: { id: h.meeting.id } })).toMatchObject({
      minutesStatus: 'CIRCULATED',
      minutesApprovedByMotionId: null,
      minutesPublished: false,
    })
    // Changeable again: the delivery team works the objection in.
    await saveItemMinutes(w.team, h.open.id, { version: await itemVersion(h.open.id), minutes: 'With apologies.' })
    expect(JSON.stringify(await getPublicBoard(w.own.slug))).not.toContain('With apologies.')
  })

  it('on a private meeting, never reaches the open data: the motion names the meeting', async () => {
    const w = await boardWorld()
    const h = await circulated(w)
    await db().prisma.meeting.update({ where: { id: h.meeting.id }, data: { isPublic: false, title: 'Staffing board' } })
    const vote = await openMinutesVote(w.chair, h.meeting.id, { ...closes, version: await version(h.meeting.id) })
    await castVote(w.partner, vote.id, { choice: 'FOR', reason: null, voterId: null })
    await castVote(w.chair, vote.id, { choice: 'FOR', reason: null, voterId: null })
    await pastDeadline(vote.id)
    await closeMotion(w.chair, vote.id, { version: 1 })
    const rows = await datasetRows('vote-results', w.own.slug, 'http://portal.test')
    expect(JSON.stringify(rows)).not.toContain('Staffing board')
    expect(rows).toEqual([])
  })
})
