/**
 * Reminders, run by the worker every quarter of an hour (lib/jobs/worker.ts): a vote closing
 * within a day to the voting members who have not voted; a consultation closing within two days
 * to the board members who have not responded; an action past its due date, not finished, to
 * its owner. Each is given once (ReminderSent, claimed in the reminder's own transaction), so
 * several workers, a retried job or a restart never remind twice; an action's new due date is
 * a new reminder.
 */
import 'server-only'
import { votingMembers } from '@/lib/data/board/membership'
import { areaUserIds, notify } from '@/lib/data/notifications/notify'
import { getDb } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import { formatLondon, londonDay } from '@/lib/london-time'

type Tx = Prisma.TransactionClient

export const VOTE_REMINDER_HOURS = 24
export const CONSULTATION_REMINDER_HOURS = 48
/** Bounds one run; what is left waits for the next. */
const BATCH = 200

/** True if this transaction claimed the reminder (nobody gave it before). */
async function claim(tx: Tx, key: string): Promise<boolean> {
  return (await tx.reminderSent.createMany({ data: [{ key }], skipDuplicates: true })).count === 1
}

export type ReminderCounts = { votes: number; consultations: number; actions: number }

export async function sendReminders(now = new Date()): Promise<ReminderCounts> {
  const db = await getDb()
  const counts: ReminderCounts = { votes: 0, consultations: 0, actions: 0 }

  const motions = await db.motion.findMany({
    where: { status: 'OPEN', closesAt: { gt: now, lte: new Date(now.getTime() + VOTE_REMINDER_HOURS * 3_600_000) } },
    take: BATCH,
    select: {
      id: true,
      question: true,
      closesAt: true,
      boardId: true,
      board: { select: { area: { select: { id: true, slug: true, name: true } } } },
    },
  })
  for (const m of motions) {
    await db.$transaction(async (tx) => {
      if (!(await claim(tx, `vote-closing:${m.id}`))) return
      const voted = new Set(
        (await tx.vote.findMany({ where: { motionId: m.id }, select: { userId: true } })).map((v) => v.userId),
      )
      // A member with an interest declared takes no part: no reminder to do what they may not.
      const conflicted = new Set(
        (await tx.declarationOfInterest.findMany({ where: { motionId: m.id, endedOn: null }, select: { personId: true } })).map(
          (d) => d.personId,
        ),
      )
      const area = m.board.area
      counts.votes += await notify(
        tx,
        {
          kind: 'VOTE_CLOSING',
          areaId: area.id,
          userIds: (await votingMembers(tx, m.boardId))
            .filter((v) => !voted.has(v.userId) && !conflicted.has(v.personId))
            .map((v) => v.userId),
          title: `${area.name}: the vote closes ${formatLondon(m.closesAt)} and you have not voted`,
          body: m.question,
          link: `/boards/${area.slug}/motions/${m.id}`,
        },
        now,
      )
    })
  }

  const consultations = await db.consultation.findMany({
    where: {
      status: 'OPEN',
      closesAt: { gt: now, lte: new Date(now.getTime() + CONSULTATION_REMINDER_HOURS * 3_600_000) },
    },
    take: BATCH,
    select: {
      id: true,
      question: true,
      closesAt: true,
      openedById: true,
      area: { select: { id: true, slug: true, name: true } },
    },
  })
  for (const c of consultations) {
    await db.$transaction(async (tx) => {
      if (!(await claim(tx, `consultation-closing:${c.id}`))) return
      const responded = new Set(
        (await tx.consultationResponse.findMany({ where: { consultationId: c.id }, select: { respondentId: true } })).map(
          (r) => r.respondentId,
        ),
      )
      const members = await areaUserIds(tx, c.area.id, ['DELIVERY_TEAM', 'CHAIR', 'PARTNER'])
      counts.consultations += await notify(
        tx,
        {
          kind: 'CONSULTATION_CLOSING',
          areaId: c.area.id,
          userIds: members.filter((id) => !responded.has(id) && id !== c.openedById),
          title: `${c.area.name}: the consultation closes ${formatLondon(c.closesAt)} and you have not responded`,
          body: c.question,
          link: `/plans/${c.area.slug}/consultations/${c.id}`,
        },
        now,
      )
    })
  }

  // Due dates are days: an action is overdue once its day has passed in the UK.
  const today = new Date(`${londonDay(now)}T00:00:00Z`)
  // Those not reminded yet, found in SQL: however many overdue actions were reminded before, a
  // newly overdue one is never pushed out of the batch by them.
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "Action" a JOIN "User" u ON u.id = a."ownerId"
    WHERE a."dueOn" < ${today}::date AND NOT u.disabled
      AND (a.status IS NULL OR a.status::text NOT IN ('COMPLETE', 'STOPPED'))
      AND NOT EXISTS (
        SELECT 1 FROM "ReminderSent" r
        WHERE r.key = 'action-overdue:' || a.id || ':' || to_char(a."dueOn", 'YYYY-MM-DD'))
    ORDER BY a."dueOn" ASC, a.id ASC
    LIMIT ${BATCH}`
  const actions = await db.action.findMany({
    where: { id: { in: ids.map((r) => r.id) } },
    orderBy: { dueOn: 'asc' },
    select: { id: true, title: true, dueOn: true, ownerId: true, area: { select: { id: true, name: true } } },
  })
  for (const a of actions) {
    await db.$transaction(async (tx) => {
      if (!(await claim(tx, overdueKey(a.id, a.dueOn as Date)))) return
      counts.actions += await notify(
        tx,
        {
          kind: 'ACTION_OVERDUE',
          areaId: a.area.id,
          userIds: [a.ownerId as string],
          title: `${a.area.name}: your action “${a.title}” was due on ${(a.dueOn as Date).toLocaleDateString('en-GB', {
            dateStyle: 'long',
            timeZone: 'UTC',
          })}`,
          body: 'Post an update: say where it has got to, or ask the delivery team to move its due date.',
          link: `/actions/${a.id}/update`,
        },
        now,
      )
    })
  }
  return counts
}

const overdueKey = (actionId: string, dueOn: Date) => `action-overdue:${actionId}:${dueOn.toISOString().slice(0, 10)}`
