/**
 * Reminders: a vote closing within a day to the voting members who have not voted, a
 * consultation closing within two days to those who have not responded, an overdue action to
 * its owner — each once, however often (or however many workers at once) the job runs, and
 * again for an action given a new due date that passes.
 */
import { describe, expect, it } from 'vitest'
import { declareInterest } from '@/lib/data/board/interests'
import { addMember } from '@/lib/data/board/membership'
import { castVote } from '@/lib/data/board/motions'
import { respondToConsultation } from '@/lib/data/consultations/consultations'
import { sendReminders } from '@/lib/data/notifications/reminders'
import { buildAction, createAction } from '@/tests/factories'
import { db } from '../../setup/test-db'
import { boardWorld, memberInput, openVoteAndConsultation } from '../board/setup'
import { day, person } from '../funding/setup'

const told = async (kind: 'VOTE_CLOSING' | 'CONSULTATION_CLOSING' | 'ACTION_OVERDUE') =>
  (await db().prisma.notification.findMany({ where: { kind }, select: { userId: true } })).map((n) => n.userId).sort()

describe('reminders', () => {
  it('a vote and a consultation closing soon, once each, only to those who have not acted', async () => {
    const w = await boardWorld()
    const second = await person('PARTNER', [w.own.id])
    for (const [userId, name, role] of [
      [w.chair.id, 'Chair Person', 'CHAIR'],
      [w.partner.id, 'Partner One', 'MEMBER'],
      [second.id, 'Partner Two', 'MEMBER'],
    ] as const)
      await addMember(w.team, w.own.slug, memberInput({ name, role, userId }))
    const { motion, consultation } = await openVoteAndConsultation(w)
    await castVote(w.partner, motion.id, { choice: 'FOR', reason: null, voterId: null })
    await respondToConsultation(second, consultation.id, { body: 'The coastal ones', respondentId: null })

    // Two days before: too early for the vote, the consultation's reminder is due.
    const closes = (await db().prisma.motion.findUniqueOrThrow({ where: { id: motion.id } })).closesAt
    const early = new Date(closes.getTime() - 40 * 3_600_000)
    expect(await sendReminders(early)).toEqual({ votes: 0, consultations: 2, actions: 0 })
    // Not the chair who asked, not the member who responded.
    expect(await told('CONSULTATION_CLOSING')).toEqual([w.team.id, w.partner.id].sort())

    // Twelve hours before the vote closes, two workers at once: one reminder, to the chair and
    // the member who have not voted (the delivery team has no vote).
    const late = new Date(closes.getTime() - 12 * 3_600_000)
    const runs = await Promise.all([sendReminders(late), sendReminders(late)])
    expect(runs.reduce((n, r) => n + r.votes, 0)).toBe(2)
    expect(await told('VOTE_CLOSING')).toEqual([w.chair.id, second.id].sort())
    expect(await sendReminders(late)).toEqual({ votes: 0, consultations: 0, actions: 0 })
    expect(await told('CONSULTATION_CLOSING')).toHaveLength(2)
  })

  it('an overdue action to its owner once, again after a new due date passes; not a finished one', async () => {
    const w = await boardWorld()
    const prisma = db().prisma
    const late = await createAction(prisma, w.own.id, { title: 'Reading club', ownerId: w.partner.id, dueOn: day('2026-01-31') })
    await createAction(prisma, w.own.id, { title: 'Done', ownerId: w.partner.id, dueOn: day('2026-01-31'), status: 'COMPLETE' })
    await createAction(prisma, w.own.id, { title: 'Not yet', ownerId: w.partner.id, dueOn: day('2099-01-31') })
    const now = new Date('2026-06-01T09:00:00Z')
    expect(await sendReminders(now)).toMatchObject({ actions: 1 })
    expect(await sendReminders(now)).toMatchObject({ actions: 0 })
    const [n] = await prisma.notification.findMany({ where: { kind: 'ACTION_OVERDUE' } })
    expect(n).toMatchObject({ userId: w.partner.id, link: `/actions/${late.id}/update` })
    expect(n?.title).toContain('“Reading club” was due on 31 January 2026')

    await prisma.action.update({ where: { id: late.id }, data: { dueOn: day('2026-04-30') } })
    expect(await sendReminders(now)).toMatchObject({ actions: 1 })
    expect(await told('ACTION_OVERDUE')).toEqual([w.partner.id, w.partner.id])
  })
  it('a newly overdue action is reminded however many were reminded before it', async () => {
    const w = await boardWorld()
    const prisma = db().prisma
    // A thousand long-overdue actions, each already reminded at its due date.
    const old = Array.from({ length: 1000 }, () =>
      buildAction(w.own.id, { ownerId: w.partner.id, dueOn: day('2025-01-31') }),
    ).map((a, i) => ({ ...a, id: `old-action-${i}` }))
    await prisma.action.createMany({ data: old })
    await prisma.reminderSent.createMany({ data: old.map((a) => ({ key: `action-overdue:${a.id}:2025-01-31` })) })
    const fresh = await createAction(prisma, w.own.id, { title: 'Fresh', ownerId: w.partner.id, dueOn: day('2026-05-31') })
    expect(await sendReminders(new Date('2026-06-01T09:00:00Z'))).toMatchObject({ actions: 1 })
    expect((await prisma.notification.findFirstOrThrow({ where: { kind: 'ACTION_OVERDUE' } })).link).toBe(
      `/actions/${fresh.id}/update`,
    )
  })

  it('no vote reminder to a member with an interest declared in the motion', async () => {
    const w = await boardWorld()
    for (const [userId, name, role] of [
      [w.chair.id, 'Chair Person', 'CHAIR'],
      [w.partner.id, 'Partner One', 'MEMBER'],
    ] as const)
      await addMember(w.team, w.own.slug, memberInput({ name, role, userId }))
    const { motion } = await openVoteAndConsultation(w)
    await declareInterest(w.partner, w.own.slug, { interest: 'My trust runs it', about: { kind: 'motion', id: motion.id } })
    const closes = (await db().prisma.motion.findUniqueOrThrow({ where: { id: motion.id } })).closesAt
    await sendReminders(new Date(closes.getTime() - 12 * 3_600_000))
    expect(await told('VOTE_CLOSING')).toEqual([w.chair.id])
  })
})
