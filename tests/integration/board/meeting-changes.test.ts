/**
 * Moving and cancelling a meeting before it starts: the delivery team only, at the version its
 * page showed, with a reason the board is told; a cancelled meeting's agenda goes back to the
 * backlog, and nothing can be recorded at it.
 */
import { describe, expect, it } from 'vitest'
import { answerItem, proposeItem } from '@/lib/data/board/agenda'
import { cancelMeeting, moveMeeting, scheduleMeeting } from '@/lib/data/board/meetings'
import { circulateMinutes, recordAttendance } from '@/lib/data/board/minutes'
import { getMeetingRoom } from '@/lib/data/board/read'
import { db } from '../../setup/test-db'
import { day } from '../funding/setup'
import { boardWorld, holdMeeting, itemInput, meetingInput } from './setup'

const nextYear = new Date().getUTCFullYear() + 1

describe('moving and cancelling a meeting', () => {
  it('moved with a reason, refused when stale, to the past or by others; cancelled, its agenda back in the backlog', async () => {
    const w = await boardWorld()
    const m = await scheduleMeeting(w.team, w.own.slug, meetingInput())
    const item = await proposeItem(w.partner, w.own.slug, itemInput())
    await answerItem(w.chair, item.id, { version: 1, answer: 'place', meetingId: m.id, response: null })
    const move = {
      date: day(`${nextYear}-03-17`),
      time: { hour: 18, minute: 0 },
      whyMoved: 'The town hall is closed',
      version: 1,
    }

    for (const u of [w.partner, w.chair, w.otherTeam])
      await expect(moveMeeting(u, m.id, move)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(moveMeeting(w.team, m.id, { ...move, date: day('2020-03-17') })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    await moveMeeting(w.team, m.id, move)
    // The board hears of it (not the one who moved it), with the reason.
    const told = await db().prisma.notification.findMany({ where: { kind: 'MEETING_CHANGED' } })
    expect(told.map((n) => n.userId).sort()).toEqual([w.chair.id, w.partner.id].sort())
    expect(told[0]?.body).toBe('The town hall is closed')
    // The same page sent again is stale.
    await expect(moveMeeting(w.team, m.id, move)).rejects.toMatchObject({ code: 'CONFLICT' })
    const room = await getMeetingRoom(w.team, m.id)
    expect(room?.meeting).toMatchObject({ version: 2, upcoming: true, cancelled: null })
    expect(new Date(room?.meeting.startsAt as string).toISOString()).toBe(`${nextYear}-03-17T18:00:00.000Z`)

    await expect(cancelMeeting(w.partner, m.id, { whyCancelled: 'x', version: 2 })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await cancelMeeting(w.team, m.id, { whyCancelled: 'Too few can come', version: 2 })).toEqual({ returned: 1 })
    expect(await db().prisma.agendaItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      status: 'BACKLOG',
      meetingId: null,
    })
    expect((await getMeetingRoom(w.partner, m.id))?.meeting).toMatchObject({
      cancelled: 'Too few can come',
      upcoming: false,
      started: false,
    })
    // A cancelled meeting is not moved or cancelled again, and when its day has passed nothing is
    // recorded at it: no attendance, no minutes, no items placed on it.
    await expect(moveMeeting(w.team, m.id, { ...move, version: 3 })).rejects.toMatchObject({ code: 'INVALID_STATE' })
    await holdMeeting(m.id)
    await expect(recordAttendance(w.team, m.id, { version: 3, present: [] })).rejects.toMatchObject({ code: 'INVALID_STATE' })
    await expect(circulateMinutes(w.team, m.id, { version: 3 })).rejects.toMatchObject({ code: 'INVALID_STATE' })
    await expect(
      answerItem(w.chair, item.id, { version: 2, answer: 'place', meetingId: m.id, response: null }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    expect(await db().prisma.meeting.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({
      minutesStatus: 'NONE',
      version: 3,
    })
    const audit = await db().prisma.auditEvent.findMany({ where: { entityId: m.id }, orderBy: { at: 'asc' } })
    expect(audit.map((a) => a.action)).toEqual(['scheduled meeting', 'moved meeting', 'cancelled meeting'])
  })
})
