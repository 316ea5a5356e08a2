/**
 * Votes between meetings. The chair (`set:agenda`) opens a motion with its wording, deadline
 * and whether it is secret (named by default: members of a public partnership are accountable
 * for how they vote; a secret motion shows the board the count and who voted, not how). The
 * board's quorum rule is copied onto the motion when it opens, so changing the rule later does
 * not change a vote under way. Current voting members with an account vote for, against or
 * abstain, and may change their vote until the deadline; a member who declares an interest in
 * the motion is excluded (their vote, if any, is withdrawn). After the deadline — or once every
 * eligible member has voted — the chair records the result (lib/vote-result.ts), which the
 * board's next meeting lists for ratification.
 */
import 'server-only'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { actorOf, recordAudit } from '@/lib/data/audit'
import { getDb } from '@/lib/db/client'
import { AppError, StaleWrite } from '@/lib/errors'
import { formatLondon, londonInstant } from '@/lib/london-time'
import { expirePublicArea } from '@/lib/data/public/cache'
import type { MotionInput, VoteInput } from '@/lib/validation/board'
import { tally, type Tally } from '@/lib/vote-result'
import { authorizeBoardRow, boardAreaSelect, type BoardRef, invalid, notNow, requireBoard } from './board-ref'
import { deputisedFor, votingMembers } from './membership'
import { approveMinutesByVote } from './minutes'
import { notify } from '@/lib/data/notifications/notify'

type Db = Awaited<ReturnType<typeof getDb>>
type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]

export async function openMotion(user: SessionUser, slug: string, input: MotionInput): Promise<{ id: string }> {
  const board = await requireBoard(user, slug, 'set:agenda')
  const closesAt = closingInstant(input)
  const db = await getDb()
  return db.$transaction((tx) =>
    createMotion(tx, user, board, { question: input.question as string, closesAt, isSecret: input.isSecret }),
  )
}

/** The closing instant of a vote from its form, at least an hour ahead. */
export function closingInstant(input: Pick<MotionInput, 'closesOn' | 'closesAt'>): Date {
  const closesAt = londonInstant(input.closesOn as Date, input.closesAt.hour, input.closesAt.minute)
  if (closesAt.getTime() <= Date.now() + 60 * 60_000) throw invalid('The vote must close at least an hour from now')
  return closesAt
}

/**
 * Opens a motion in the caller's transaction, with its audit event and the voting members'
 * notifications. `minutesOfMeetingId`: a vote on approving that meeting's minutes
 * (lib/data/board/minutes.ts), which approves them when it is carried.
 */
export async function createMotion(
  tx: Tx,
  user: SessionUser,
  board: BoardRef,
  m: { question: string; closesAt: Date; isSecret: boolean; minutesOfMeetingId?: string },
): Promise<{ id: string }> {
  const motion = await tx.motion.create({
    data: {
      boardId: board.id,
      question: m.question,
      opensAt: new Date(),
      closesAt: m.closesAt,
      isSecret: m.isSecret,
      quorumPercent: board.quorumPercent,
      openedById: user.id,
      minutesOfMeetingId: m.minutesOfMeetingId ?? null,
    },
    select: { id: true },
  })
  await recordAudit(tx, {
    actor: actorOf(user),
    action: 'opened vote',
    entityType: 'MOTION',
    entityId: motion.id,
    areaId: board.area.id,
    after: {
      question: m.question,
      closesAt: formatLondon(m.closesAt),
      isSecret: m.isSecret,
      quorumPercent: board.quorumPercent,
      ...(m.minutesOfMeetingId ? { approvesMinutesOf: m.minutesOfMeetingId } : {}),
    },
  })
  await notify(tx, {
    kind: 'VOTE_OPENED',
    areaId: board.area.id,
    // Its voting members with an account: observers and the delivery team do not vote.
    userIds: (await votingMembers(tx, board.id)).map((v) => v.userId),
    actorId: user.id,
    title: `${board.area.name}: a vote is open until ${formatLondon(m.closesAt)}`,
    body: m.question,
    link: `/boards/${board.area.slug}/motions/${motion.id}`,
  })
  return motion
}

const motionSelect = {
  id: true,
  boardId: true,
  question: true,
  status: true,
  closesAt: true,
  isSecret: true,
  quorumPercent: true,
  version: true,
  minutesOf: { select: { id: true, isPublic: true } },
  ...boardAreaSelect,
} as const

async function loadMotion(id: string) {
  const db = await getDb()
  return db.motion.findUnique({ where: { id }, select: motionSelect })
}

/** Row-locks the motion: its votes, deputies and result are written one at a time. */
async function lockMotion(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT id FROM "Motion" WHERE id = ${id} FOR UPDATE`
}

const isOpen = (m: { status: string; closesAt: Date }) => m.status === 'OPEN' && m.closesAt.getTime() > Date.now()

/** People with an interest declared in the motion (and not withdrawn). */
async function conflictedPeople(db: Pick<Db, 'declarationOfInterest'>, motionId: string) {
  const rows = await db.declarationOfInterest.findMany({ where: { motionId, endedOn: null }, select: { personId: true } })
  return new Set(rows.map((r) => r.personId))
}

/**
 * A vote, cast by a voting member for themself or by their deputy for them (`voterId`); the
 * vote records who entered it. Neither the member nor a deputy acting for them may have an
 * interest declared in the motion.
 */
export async function castVote(user: SessionUser, motionId: string, input: VoteInput): Promise<{ changed: boolean }> {
  const motion = authorizeBoardRow(user, await loadMotion(motionId), 'read:board', `motion ${motionId}`)
  const voterId = input.voterId ?? user.id
  const asDeputy = voterId !== user.id
  const db = await getDb()
  const changed = await db.$transaction(async (tx) => {
    // Exclusive, not shared: a member and their deputy voting at the same moment must see each
    // other's vote (the member's own stands), so a motion's votes are written one at a time.
    await lockMotion(tx, motionId)
    const now = await tx.motion.findUniqueOrThrow({ where: { id: motionId }, select: { status: true, closesAt: true } })
    if (!isOpen(now)) throw notNow('This vote has closed.')
    if (
      asDeputy &&
      !(await deputisedFor(tx, motion.board.area.id, user.id, new Date(), { kind: 'motion', id: motionId })).some(
        (m) => m.id === voterId,
      )
    ) {
      throw invalid('You can vote only for yourself or for a member whose deputy you are')
    }
    const voter = (await votingMembers(tx, motion.boardId)).find((m) => m.userId === voterId)
    const conflicted = await conflictedPeople(tx, motionId)
    const deputyPerson = asDeputy
      ? (await tx.user.findUnique({ where: { id: user.id }, select: { personId: true } }))?.personId
      : null
    // Refused, and audited: someone tried to vote who may not.
    if (!voter || conflicted.has(voter.personId) || (deputyPerson && conflicted.has(deputyPerson))) {
      await recordAudit(tx, {
        actor: actorOf(user),
        action: 'vote refused',
        entityType: 'MOTION',
        entityId: motionId,
        areaId: motion.board.area.id,
        after: { reason: voter ? 'declared an interest' : 'not a voting member', voterId, asDeputy },
      })
      return null
    }
    const before = await tx.vote.findUnique({
      where: { motionId_userId: { motionId, userId: voterId } },
      select: { choice: true, enteredById: true },
    })
    // The member's own vote stands: a deputy fills in for a member who has not voted (or changes
    // what a deputy entered), never over what the member chose themself.
    if (asDeputy && before && before.enteredById === null) return 'member voted' as const
    const enteredById = asDeputy ? user.id : null
    await tx.vote.upsert({
      where: { motionId_userId: { motionId, userId: voterId } },
      create: { motionId, userId: voterId, choice: input.choice, reason: input.reason, enteredById },
      update: { choice: input.choice, reason: input.reason, changedAt: new Date(), enteredById },
    })
    await recordAudit(tx, {
      actor: actorOf(user),
      action: before ? 'changed vote' : 'cast vote',
      entityType: 'MOTION',
      entityId: motionId,
      areaId: motion.board.area.id,
      // Who acted for whom is on the record; a secret vote's choice is written nowhere but the vote.
      ...(motion.isSecret
        ? { after: { voterId, asDeputy } }
        : {
            before: before ? { choice: before.choice } : undefined,
            after: { choice: input.choice, voterId, asDeputy },
          }),
    })
    return Boolean(before)
  })
  if (changed === 'member voted') throw notNow('This member has voted themself, so their vote stands: a deputy cannot change it.')
  if (changed === null)
    throw new AppError('INVALID_STATE', {
      userMessage: asDeputy
        ? 'You cannot vote for this member: they are not a current voting member, or one of you declared an interest.'
        : 'You cannot vote on this motion: only current voting members of the board with no interest declared in it can.',
    })
  return { changed }
}

/** The live count: eligible members, conflicts and votes, as the result would be recorded now. */
export async function currentTally(
  db: Pick<Db, 'boardMembership' | 'declarationOfInterest' | 'vote'>,
  motion: { id: string; boardId: string; quorumPercent: number },
) {
  const [members, conflicted, votes] = await Promise.all([
    votingMembers(db, motion.boardId),
    conflictedPeople(db, motion.id),
    db.vote.findMany({ where: { motionId: motion.id }, select: { userId: true, choice: true } }),
  ])
  const conflictedUsers = new Set(members.filter((m) => conflicted.has(m.personId)).map((m) => m.userId))
  return {
    members,
    conflictedUsers,
    tally: tally(
      members.map((m) => m.userId),
      conflictedUsers,
      votes,
      motion.quorumPercent,
    ),
  }
}

export async function closeMotion(user: SessionUser, motionId: string, input: { version: number }): Promise<Tally> {
  const motion = authorizeBoardRow(user, await loadMotion(motionId), 'set:agenda', `motion ${motionId}`)
  if (motion.status !== 'OPEN') throw notNow('This vote’s result has already been recorded.')
  const db = await getDb()
  const result = await db.$transaction(async (tx) => {
    await lockMotion(tx, motionId)
    const { tally: t } = await currentTally(tx, motion)
    const everyone = t.eligible > 0 && t.cast === t.eligible
    if (motion.closesAt.getTime() > Date.now() && !everyone)
      throw notNow(
        `The vote is open until ${formatLondon(motion.closesAt)}; its result can be recorded then, or once every eligible member has voted.`,
      )
    const bumped = await tx.motion.updateMany({
      where: { id: motionId, version: input.version, status: 'OPEN' },
      data: {
        status: 'CLOSED',
        closedAt: new Date(),
        closedById: user.id,
        eligibleCount: t.eligible,
        votesFor: t.for,
        votesAgainst: t.against,
        abstentions: t.abstain,
        quorate: t.quorate,
        carried: t.carried,
        version: { increment: 1 },
      },
    })
    if (bumped.count !== 1)
      throw new StaleWrite(
        'Someone else changed this vote while you were working. Check it, then try again.',
        String(motion.version),
      )
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'recorded vote result',
      entityType: 'MOTION',
      entityId: motionId,
      areaId: motion.board.area.id,
      after: { ...t },
    })
    if (motion.minutesOf && t.carried) await approveMinutesByVote(tx, user, motion.minutesOf, motionId, motion.board.area.id)
    return t
  })
  expirePublicArea(motion.board.area.slug)
  return result
}

export const motionIsOpen = isOpen
