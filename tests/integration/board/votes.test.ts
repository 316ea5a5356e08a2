/**
 * Votes between meetings and declarations of interest on a real database: who may open and cast
 * a vote, changing a vote, the exclusion of a member with a declared interest (vote withdrawn,
 * not counted towards the quorum), closing and the recorded result, secrecy in the audit trail,
 * one vote per member under concurrent casting, ratification at the next meeting, and the
 * register's yearly review.
 */
import { describe, expect, it } from 'vitest'
import { declareInterest, reviewInterest } from '@/lib/data/board/interests'
import { scheduleMeeting } from '@/lib/data/board/meetings'
import { addMember, deputisedFor, setDeputy } from '@/lib/data/board/membership'
import { castVote, closeMotion, openMotion } from '@/lib/data/board/motions'
import { getMeetingRoom } from '@/lib/data/board/read'
import { getInterestRegister, getMotionRoom } from '@/lib/data/board/read-votes'
import { getBriefing } from '@/lib/data/briefing/briefing'
import { nameDeputy } from '@/lib/data/board/named-deputies'
import type { MotionInput } from '@/lib/validation/board'
import { db } from '../../setup/test-db'
import { day, person } from '../funding/setup'
import { boardWorld, meetingInput, memberInput, type World } from './setup'

const nextYear = new Date().getUTCFullYear() + 1
const motionInput = (extra: Partial<MotionInput> = {}): MotionInput => ({
  question: 'That the board adopts the revised careers priority',
  closesOn: day(`${nextYear}-01-20`),
  closesAt: { hour: 17, minute: 0 },
  isSecret: false,
  ...extra,
})

/** The chair and two partners vote; an observer and the delivery team do not. */
async function votingBoard(w: World) {
  const second = await person('PARTNER', [w.own.id])
  const observer = await person('PARTNER', [w.own.id])
  const add = (userId: string, name: string, role: 'CHAIR' | 'MEMBER' | 'OBSERVER') =>
    addMember(w.team, w.own.slug, memberInput({ name, role, userId }))
  await add(w.chair.id, 'Chair Person', 'CHAIR')
  await add(w.partner.id, 'Partner One', 'MEMBER')
  await add(second.id, 'Partner Two', 'MEMBER')
  await add(observer.id, 'Observer Person', 'OBSERVER')
  return { second, observer }
}

describe('votes between meetings', () => {
  it('the chair opens a vote; the delivery team, partners and other areas cannot; a deadline within the hour is refused', async () => {
    const w = await boardWorld()
    for (const u of [w.team, w.partner, w.otherChair])
      await expect(openMotion(u, w.own.slug, motionInput())).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(openMotion(w.chair, w.own.slug, motionInput({ closesOn: day('2025-01-01') }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    const m = await openMotion(w.chair, w.own.slug, motionInput())
    expect(await db().prisma.motion.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({
      quorumPercent: 50,
      status: 'OPEN',
    })
    expect(await db().prisma.motion.count()).toBe(1)
  })

  it('members vote and change their vote; non-voting members, non-members and other areas are refused and audited', async () => {
    const w = await boardWorld()
    const { observer } = await votingBoard(w)
    const m = await openMotion(w.chair, w.own.slug, motionInput())
    expect(await castVote(w.partner, m.id, { choice: 'AGAINST', reason: null, voterId: null })).toEqual({ changed: false })
    expect(
      await castVote(w.partner, m.id, { choice: 'FOR', reason: 'The revision answers our concerns', voterId: null }),
    ).toEqual({
      changed: true,
    })
    for (const u of [observer, w.team])
      await expect(castVote(u, m.id, { choice: 'FOR', reason: null, voterId: null })).rejects.toMatchObject({
        code: 'INVALID_STATE',
      })
    await expect(castVote(w.otherChair, m.id, { choice: 'FOR', reason: null, voterId: null })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    expect(await getMotionRoom(w.otherChair, m.id)).toBeNull()
    const votes = await db().prisma.vote.findMany()
    expect(votes).toMatchObject([{ userId: w.partner.id, choice: 'FOR', reason: 'The revision answers our concerns' }])
    expect(await db().prisma.auditEvent.count({ where: { action: 'vote refused' } })).toBe(2)
  })

  it('a declared interest withdraws the member’s vote and leaves them out of the quorum; the result is recorded once', async () => {
    const w = await boardWorld()
    const { second } = await votingBoard(w)
    const m = await openMotion(w.chair, w.own.slug, motionInput())
    await castVote(second, m.id, { choice: 'AGAINST', reason: null, voterId: null })
    await declareInterest(second, w.own.slug, {
      interest: 'My college would deliver the careers work',
      about: { kind: 'motion', id: m.id },
    })
    expect(await db().prisma.vote.count()).toBe(0)
    await expect(castVote(second, m.id, { choice: 'FOR', reason: null, voterId: null })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    expect((await getMotionRoom(second, m.id))?.me.position).toBe('conflicted')

    await castVote(w.partner, m.id, { choice: 'FOR', reason: null, voterId: null })
    // Before the deadline, with the chair still to vote, the result cannot be recorded.
    await expect(closeMotion(w.chair, m.id, { version: 1 })).rejects.toMatchObject({ code: 'INVALID_STATE' })
    await castVote(w.chair, m.id, { choice: 'ABSTAIN', reason: null, voterId: null })
    // Every eligible member has voted: it can be recorded now, by the chair only.
    await expect(closeMotion(w.team, m.id, { version: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const result = await closeMotion(w.chair, m.id, { version: 1 })
    expect(result).toMatchObject({
      eligible: 2,
      conflicted: 1,
      for: 1,
      against: 0,
      abstain: 1,
      cast: 2,
      quorate: true,
      carried: true,
    })
    expect(await db().prisma.motion.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({
      status: 'CLOSED',
      eligibleCount: 2,
      votesFor: 1,
      abstentions: 1,
      carried: true,
    })
    await expect(castVote(w.partner, m.id, { choice: 'AGAINST', reason: null, voterId: null })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    await expect(closeMotion(w.chair, m.id, { version: 2 })).rejects.toMatchObject({ code: 'INVALID_STATE' })
    await expect(
      declareInterest(w.partner, w.own.slug, { interest: 'Late', about: { kind: 'motion', id: m.id } }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' })
  })

  it('after the deadline a vote is refused and an unquorate result is recorded as such', async () => {
    const w = await boardWorld()
    await votingBoard(w)
    const m = await openMotion(w.chair, w.own.slug, motionInput())
    await castVote(w.partner, m.id, { choice: 'FOR', reason: null, voterId: null })
    await db().prisma.motion.update({ where: { id: m.id }, data: { quorumPercent: 100, closesAt: new Date(Date.now() - 1000) } })
    await expect(castVote(w.chair, m.id, { choice: 'FOR', reason: null, voterId: null })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    expect(await closeMotion(w.chair, m.id, { version: 1 })).toMatchObject({
      eligible: 3,
      cast: 1,
      needed: 3,
      quorate: false,
      carried: false,
    })
  })

  it('a secret vote’s choices are not written to the audit trail, nor shown to the board', async () => {
    const w = await boardWorld()
    await votingBoard(w)
    const m = await openMotion(w.chair, w.own.slug, motionInput({ isSecret: true }))
    await castVote(w.partner, m.id, { choice: 'AGAINST', reason: 'Private reason', voterId: null })
    const events = await db().prisma.auditEvent.findMany({ where: { entityId: m.id, action: 'cast vote' } })
    expect(events).toHaveLength(1)
    expect(JSON.stringify(events)).not.toContain('AGAINST')
    const room = await getMotionRoom(w.chair, m.id)
    expect(room?.votes).toEqual([{ name: 'Partner One', choice: null, reason: null, enteredBy: null }])
    expect(JSON.stringify(room)).not.toContain('Private reason')
  })

  it('twenty votes sent at once by one member leave one vote', async () => {
    const w = await boardWorld()
    await votingBoard(w)
    const m = await openMotion(w.chair, w.own.slug, motionInput())
    const choices = ['FOR', 'AGAINST', 'ABSTAIN'] as const
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        castVote(w.partner, m.id, { choice: choices[i % 3] as 'FOR', reason: null, voterId: null }),
      ),
    )
    // Concurrent first votes may collide on the one-vote rule; none may add a second row.
    expect(results.filter((r) => r.status === 'fulfilled').length).toBeGreaterThan(0)
    expect(await db().prisma.vote.count({ where: { motionId: m.id, userId: w.partner.id } })).toBe(1)
  }, 60_000)

  it('a recorded result is listed for ratification at the board’s next meeting', async () => {
    const w = await boardWorld()
    await votingBoard(w)
    const m = await openMotion(w.chair, w.own.slug, motionInput())
    await db().prisma.motion.update({ where: { id: m.id }, data: { closesAt: new Date(Date.now() - 1000) } })
    await closeMotion(w.chair, m.id, { version: 1 })
    const next = await scheduleMeeting(w.team, w.own.slug, meetingInput())
    expect((await getMeetingRoom(w.partner, next.id))?.toRatify).toMatchObject([{ id: m.id, quorate: false }])
  })
})

describe('the register of interests', () => {
  it('a member declares, confirms and ends their own entries; others cannot; non-members cannot declare', async () => {
    const w = await boardWorld()
    await votingBoard(w)
    await expect(
      declareInterest(w.team, w.own.slug, { interest: 'Not a member', about: { kind: 'register', id: null } }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(
      declareInterest(w.otherPartner, w.own.slug, { interest: 'Wrong area', about: { kind: 'register', id: null } }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const d = await declareInterest(w.partner, w.own.slug, {
      interest: 'Governor of Example Primary',
      about: { kind: 'register', id: null },
    })
    await db().prisma.declarationOfInterest.update({ where: { id: d.id }, data: { declaredOn: day('2024-06-01') } })
    let register = await getInterestRegister(w.chair, w.own.slug)
    expect(register?.members.find((m) => m.name === 'Partner One')?.entries).toMatchObject([{ reviewDue: true }])
    await expect(reviewInterest(w.chair, d.id, { version: 1, review: 'ended' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await reviewInterest(w.partner, d.id, { version: 1, review: 'still-held' })
    register = await getInterestRegister(w.chair, w.own.slug)
    expect(register?.members.find((m) => m.name === 'Partner One')?.entries).toMatchObject([{ reviewDue: false }])
    await expect(reviewInterest(w.partner, d.id, { version: 1, review: 'ended' })).rejects.toMatchObject({ code: 'CONFLICT' })
    await reviewInterest(w.partner, d.id, { version: 2, review: 'ended' })
    register = await getInterestRegister(w.chair, w.own.slug)
    expect(register?.members.find((m) => m.name === 'Partner One')?.entries).toEqual([])
    expect(await db().prisma.declarationOfInterest.count()).toBe(1)
    expect(await getInterestRegister(w.otherChair, w.own.slug)).toBeNull()
  })

  it('a deputy votes for the member they stand in for, on the record; not for anyone else, nor with an interest declared', async () => {
    const w = await boardWorld()
    const deputy = await person('PARTNER', [w.own.id])
    const member = await addMember(w.team, w.own.slug, memberInput({ name: 'Partner One', userId: w.partner.id }))
    const stand = await addMember(w.team, w.own.slug, memberInput({ name: 'Deputy Person', role: 'OBSERVER', userId: deputy.id }))
    await addMember(w.team, w.own.slug, memberInput({ name: 'Chair Person', role: 'CHAIR', userId: w.chair.id }))
    await setDeputy(w.team, member.id, { version: 1, deputyId: stand.id })
    const m = await openMotion(w.chair, w.own.slug, motionInput())

    // The deputy, an observer with no vote of their own, is briefed and may vote for Partner One only.
    const { closesAt } = await db().prisma.motion.findUniqueOrThrow({ where: { id: m.id } })
    const soon = new Date(closesAt.getTime() - 2 * 86_400_000)
    expect((await getBriefing(deputy, soon)).map((b) => b.linkText)).toEqual([`Vote for ${w.partner.name}`])
    const room = await getMotionRoom(deputy, m.id)
    expect(room?.me.position).toBe('not-voting')
    expect(room?.voteFor).toEqual([{ id: w.partner.id, name: w.partner.name, voted: false, current: null }])
    expect(await castVote(deputy, m.id, { choice: 'FOR', reason: null, voterId: w.partner.id })).toEqual({ changed: false })
    await expect(castVote(deputy, m.id, { choice: 'FOR', reason: null, voterId: w.chair.id })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    await expect(castVote(deputy, m.id, { choice: 'FOR', reason: null, voterId: null })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    const vote = await db().prisma.vote.findUniqueOrThrow({
      where: { motionId_userId: { motionId: m.id, userId: w.partner.id } },
    })
    expect(vote).toMatchObject({ choice: 'FOR', enteredById: deputy.id })
    expect((await getMotionRoom(w.chair, m.id))?.votes).toEqual([
      { name: 'Partner One', choice: 'FOR', reason: null, enteredBy: deputy.name },
    ])
    const audit = await db().prisma.auditEvent.findFirstOrThrow({ where: { entityId: m.id, action: 'cast vote' } })
    expect(audit).toMatchObject({ actorId: deputy.id, after: { voterId: w.partner.id, asDeputy: true } })
    expect(await getBriefing(deputy, soon)).toEqual([])

    // The member's own vote replaces it and says so.
    expect(await castVote(w.partner, m.id, { choice: 'AGAINST', reason: null, voterId: null })).toEqual({ changed: true })
    expect((await db().prisma.vote.findFirstOrThrow({ where: { motionId: m.id } })).enteredById).toBeNull()
    // ... and stands: the deputy can no longer vote for them, nor is offered to.
    await expect(castVote(deputy, m.id, { choice: 'FOR', reason: null, voterId: w.partner.id })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    expect(await db().prisma.vote.findFirstOrThrow({ where: { motionId: m.id } })).toMatchObject({
      choice: 'AGAINST',
      enteredById: null,
    })
    expect((await getMotionRoom(deputy, m.id))?.voteFor).toEqual([])

    // A deputy with an interest declared in the motion takes no part, not even for the member.
    await declareInterest(deputy, w.own.slug, { interest: 'My charity would run it', about: { kind: 'motion', id: m.id } })
    await expect(castVote(deputy, m.id, { choice: 'FOR', reason: null, voterId: w.partner.id })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
  })

  it('a member names a deputy for one vote only: told, briefed, may vote for them there and nowhere else', async () => {
    const w = await boardWorld()
    const stand = await person('PARTNER', [w.own.id])
    await addMember(w.team, w.own.slug, memberInput({ name: 'Partner One', userId: w.partner.id }))
    await addMember(w.team, w.own.slug, memberInput({ name: 'Stand In', role: 'OBSERVER', userId: stand.id }))
    await addMember(w.team, w.own.slug, memberInput({ name: 'Chair Person', role: 'CHAIR', userId: w.chair.id }))
    const m = await openMotion(w.chair, w.own.slug, motionInput())
    const other = await openMotion(w.chair, w.own.slug, motionInput({ question: 'That the board meets online in August' }))

    // Not by someone who does not vote, nor for someone outside the board.
    await expect(nameDeputy(stand, { kind: 'motion', id: m.id }, { namedDeputyId: w.chair.id })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    await expect(nameDeputy(w.otherPartner, { kind: 'motion', id: m.id }, { namedDeputyId: stand.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(nameDeputy(w.partner, { kind: 'motion', id: m.id }, { namedDeputyId: w.otherPartner.id })).rejects.toMatchObject(
      {
        code: 'INVALID_INPUT',
      },
    )
    await nameDeputy(w.partner, { kind: 'motion', id: m.id }, { namedDeputyId: stand.id })
    expect(
      await db().prisma.notification.count({
        where: { userId: stand.id, kind: 'VOTE_OPENED', title: { contains: 'asks you to vote' } },
      }),
    ).toBe(1)
    const { closesAt } = await db().prisma.motion.findUniqueOrThrow({ where: { id: m.id } })
    const soon = new Date(closesAt.getTime() - 2 * 86_400_000)
    expect((await getBriefing(stand, soon)).map((b) => [b.title, b.linkText])).toEqual([
      ['That the board adopts the revised careers priority', `Vote for ${w.partner.name}`],
    ])
    expect((await getMotionRoom(stand, m.id))?.voteFor.map((v) => v.id)).toEqual([w.partner.id])
    expect((await getMotionRoom(stand, other.id))?.voteFor).toEqual([])
    await expect(castVote(stand, other.id, { choice: 'FOR', reason: null, voterId: w.partner.id })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    await castVote(stand, m.id, { choice: 'AGAINST', reason: null, voterId: w.partner.id })
    expect(await db().prisma.vote.findFirstOrThrow({ where: { motionId: m.id } })).toMatchObject({
      userId: w.partner.id,
      enteredById: stand.id,
    })
    // Removed, the deputy may no longer vote for them.
    await nameDeputy(w.partner, { kind: 'motion', id: m.id }, { namedDeputyId: null })
    await expect(castVote(stand, m.id, { choice: 'FOR', reason: null, voterId: w.partner.id })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    // Once the member votes themself there is nothing to name a deputy for.
    await castVote(w.partner, m.id, { choice: 'FOR', reason: null, voterId: null })
    await expect(nameDeputy(w.partner, { kind: 'motion', id: m.id }, { namedDeputyId: stand.id })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    const audit = await db().prisma.auditEvent.findMany({ where: { entityId: m.id, action: { contains: 'deputy for vote' } } })
    expect(audit.map((a) => a.action).sort()).toEqual(['named deputy for vote', 'removed deputy for vote'])
  })

  it('a term starts on its UK day: at half past midnight in London in summer, not an hour later', async () => {
    const w = await boardWorld()
    const stand = await person('PARTNER', [w.own.id])
    const member = await addMember(w.team, w.own.slug, memberInput({ name: 'Partner One', userId: w.partner.id }))
    const deputy = await addMember(w.team, w.own.slug, memberInput({ name: 'Stand In', role: 'OBSERVER', userId: stand.id }))
    await db().prisma.boardMembership.update({
      where: { id: member.id },
      data: { startsOn: day('2026-07-02'), deputyId: deputy.id },
    })
    // 23:30 UTC on 1 July is 00:30 on 2 July in London (BST).
    expect(await deputisedFor(db().prisma, w.own.id, stand.id, new Date('2026-07-01T23:30:00Z'))).toEqual([
      { id: w.partner.id, name: w.partner.name },
    ])
    expect(await deputisedFor(db().prisma, w.own.id, stand.id, new Date('2026-07-01T22:30:00Z'))).toEqual([])
  })
})
