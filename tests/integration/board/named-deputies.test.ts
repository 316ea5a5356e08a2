/**
 * A deputy for one meeting or one consultation (a vote's is in votes.test.ts): named by the
 * member themself, told and briefed, acting there and nowhere else; what the member does
 * themself stands; refused for other areas, for non-members and once the occasion has passed.
 */
import { describe, expect, it } from 'vitest'
import { getMeetingRoom } from '@/lib/data/board/read'
import { scheduleMeeting, cancelMeeting } from '@/lib/data/board/meetings'
import { addMember } from '@/lib/data/board/membership'
import { nameDeputy } from '@/lib/data/board/named-deputies'
import { getBriefing } from '@/lib/data/briefing/briefing'
import { getConsultation, openConsultation, respondToConsultation } from '@/lib/data/consultations/consultations'
import { db } from '../../setup/test-db'
import { person } from '../funding/setup'
import { boardWorld, holdMeeting, meetingInput, memberInput } from './setup'

const soon = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000)
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))
}

async function members() {
  const w = await boardWorld()
  const stand = await person('PARTNER', [w.own.id])
  await addMember(w.team, w.own.slug, memberInput({ name: 'Partner One', userId: w.partner.id }))
  await addMember(w.team, w.own.slug, memberInput({ name: 'Stand In', userId: stand.id }))
  await addMember(w.team, w.own.slug, memberInput({ name: 'Chair Person', role: 'CHAIR', userId: w.chair.id }))
  return { ...w, stand }
}

const audited = async (entityId: string) =>
  (
    await db().prisma.auditEvent.findMany({
      where: { entityId, action: { contains: 'deputy for' } },
      orderBy: { at: 'asc' },
    })
  ).map((a) => a.action)

describe('a deputy for one meeting', () => {
  it('is told, briefed with the meeting’s papers, and shown to the board as attending for the member', async () => {
    const w = await members()
    const meeting = await scheduleMeeting(w.team, w.own.slug, meetingInput({ date: soon(5) }))
    const other = await scheduleMeeting(w.team, w.own.slug, meetingInput({ title: 'Summer board', date: soon(9) }))
    const occasion = { kind: 'meeting', id: meeting.id } as const

    // Only a current member, only someone on the board, only in the area.
    await expect(nameDeputy(w.team, occasion, { namedDeputyId: w.stand.id })).rejects.toMatchObject({ code: 'INVALID_STATE' })
    await expect(nameDeputy(w.otherPartner, occasion, { namedDeputyId: w.stand.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(nameDeputy(w.partner, occasion, { namedDeputyId: w.otherPartner.id })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    expect((await getMeetingRoom(w.partner, meeting.id))?.namedDeputy?.choices.map((c) => c.name)).toEqual([
      'Chair Person',
      'Stand In',
    ])

    const { link } = await nameDeputy(w.partner, occasion, { namedDeputyId: w.stand.id })
    expect(link).toBe(`/boards/${w.own.slug}/meetings/${meeting.id}`)
    expect(
      await db().prisma.notification.count({ where: { userId: w.stand.id, title: { contains: 'asks you to attend for them' } } }),
    ).toBe(1)
    // Naming the same deputy again changes nothing and tells nobody twice.
    await nameDeputy(w.partner, occasion, { namedDeputyId: w.stand.id })
    expect(
      await db().prisma.notification.count({ where: { userId: w.stand.id, title: { contains: 'asks you to attend for them' } } }),
    ).toBe(1)

    const briefing = await getBriefing(w.stand)
    expect(
      briefing.filter((b) => b.kind === 'papers').map((b) => [b.title, b.note?.includes(`You attend for ${w.partner.name}`)]),
    ).toEqual([
      ['Spring board', true],
      ['Summer board', false],
    ])
    const room = await getMeetingRoom(w.team, meeting.id)
    expect(room?.minutes.attendance.find((a) => a.name === 'Partner One')?.deputy).toBe('Stand In')
    expect((await getMeetingRoom(w.team, other.id))?.minutes.attendance.every((a) => a.deputy === null)).toBe(true)
    expect((await getMeetingRoom(w.partner, meeting.id))?.namedDeputy?.current).toBe(w.stand.id)

    // Removed: no longer shown. And once the meeting has started, no deputy can be named.
    await nameDeputy(w.partner, occasion, { namedDeputyId: null })
    expect((await getMeetingRoom(w.team, meeting.id))?.minutes.attendance.every((a) => a.deputy === null)).toBe(true)
    await holdMeeting(meeting.id)
    await expect(nameDeputy(w.partner, occasion, { namedDeputyId: w.stand.id })).rejects.toMatchObject({ code: 'INVALID_STATE' })
    expect((await getMeetingRoom(w.partner, meeting.id))?.namedDeputy).toBeNull()
    expect(await audited(meeting.id)).toEqual(['named deputy for meeting', 'removed deputy for meeting'])
  })

  it('is not named for a cancelled meeting', async () => {
    const w = await members()
    const meeting = await scheduleMeeting(w.team, w.own.slug, meetingInput({ date: soon(5) }))
    await cancelMeeting(w.team, meeting.id, { version: 1, whyCancelled: 'Not quorate' })
    await expect(nameDeputy(w.partner, { kind: 'meeting', id: meeting.id }, { namedDeputyId: w.stand.id })).rejects.toMatchObject(
      {
        code: 'INVALID_STATE',
      },
    )
  })
})

describe('a deputy for one consultation', () => {
  it('responds for the member there and nowhere else; the member’s own response stands', async () => {
    const w = await members()
    const open = (question: string) =>
      openConsultation(w.chair, w.own.slug, { question, scope: null, closesOn: soon(6), closesAt: { hour: 17, minute: 0 } })
    const c = await open('Which schools first?')
    const other = await open('Should the board meet online?')
    const occasion = { kind: 'consultation', id: c.id } as const

    // The chair who asks gives the board's answer: they name no deputy and are not offered as one.
    await expect(nameDeputy(w.chair, occasion, { namedDeputyId: w.stand.id })).rejects.toMatchObject({ code: 'INVALID_STATE' })
    expect((await getConsultation(w.partner, c.id))?.namedDeputy?.choices.map((x) => x.name)).toEqual(['Stand In'])
    await expect(nameDeputy(w.partner, occasion, { namedDeputyId: w.chair.id })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(nameDeputy(w.otherPartner, occasion, { namedDeputyId: w.stand.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })

    await nameDeputy(w.partner, occasion, { namedDeputyId: w.stand.id })
    expect(
      await db().prisma.notification.count({
        where: { userId: w.stand.id, title: { contains: 'asks you to respond for them' } },
      }),
    ).toBe(1)
    const briefed = (await getBriefing(w.stand)).filter((b) => b.kind === 'consultation').map((b) => [b.title, b.linkText])
    expect(briefed.sort()).toEqual(
      [
        ['Which schools first?', 'Respond'],
        ['Which schools first?', `Respond for ${w.partner.name}`],
        ['Should the board meet online?', 'Respond'],
      ].sort(),
    )
    expect((await getConsultation(w.stand, c.id))?.respondFor.map((m) => m.id)).toEqual([w.partner.id])
    expect((await getConsultation(w.stand, other.id))?.respondFor).toEqual([])
    await expect(
      respondToConsultation(w.stand, other.id, { body: 'For them', respondentId: w.partner.id }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' })

    await respondToConsultation(w.stand, c.id, { body: 'Primary first, as Partner One asked', respondentId: w.partner.id })
    expect(await db().prisma.consultationResponse.findFirstOrThrow({ where: { consultationId: c.id } })).toMatchObject({
      respondentId: w.partner.id,
      enteredById: w.stand.id,
    })

    // The member answers themself: that stands, and there is nothing left to delegate.
    await respondToConsultation(w.partner, c.id, { body: 'Secondary first', respondentId: null })
    await expect(nameDeputy(w.partner, occasion, { namedDeputyId: w.stand.id })).rejects.toMatchObject({ code: 'INVALID_STATE' })
    expect((await getConsultation(w.partner, c.id))?.namedDeputy).toBeNull()
    await expect(respondToConsultation(w.stand, c.id, { body: 'Overwrite', respondentId: w.partner.id })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    expect(await audited(c.id)).toEqual(['named deputy for consultation'])
  })
})
