/**
 * A deputy for one vote: a voting member who cannot vote names another current member of the
 * board (with a portal account) to vote for them on that motion only; their standing deputy,
 * if any, still may too. The deputy is told and briefed; what they cast is the member's vote,
 * entered by the deputy (castVote), and the member's own vote, if they cast one, stands.
 */
import 'server-only'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { actorOf, recordAudit } from '@/lib/data/audit'
import { notify } from '@/lib/data/notifications/notify'
import { getDb } from '@/lib/db/client'
import { formatLondon, londonDate } from '@/lib/london-time'
import type { VoteDeputyInput } from '@/lib/validation/board'
import { authorizeBoardRow, boardAreaSelect, invalid, notNow } from './board-ref'
import { currentOn, votingMembers } from './membership'

const loadMotion = async (id: string) =>
  (await getDb()).motion.findUnique({
    where: { id },
    select: { id: true, boardId: true, question: true, status: true, closesAt: true, ...boardAreaSelect },
  })

/** Current members of the board with an account, other than the member: who may stand in. */
async function voteDeputyChoices(boardId: string, memberId: string) {
  const db = await getDb()
  const rows = await db.boardMembership.findMany({
    where: { boardId, ...currentOn(londonDate(new Date())), person: { user: { isNot: null } } },
    orderBy: { person: { name: 'asc' } },
    select: { person: { select: { name: true, user: { select: { id: true, disabled: true } } } } },
  })
  const seen = new Set<string>()
  return rows.flatMap((r) => {
    const u = r.person.user
    if (!u || u.disabled || u.id === memberId || seen.has(u.id)) return []
    seen.add(u.id)
    return [{ id: u.id, name: r.person.name }]
  })
}

export async function nameVoteDeputy(user: SessionUser, motionId: string, input: VoteDeputyInput): Promise<void> {
  const motion = authorizeBoardRow(user, await loadMotion(motionId), 'read:board', `motion ${motionId}`)
  if (motion.status !== 'OPEN' || motion.closesAt.getTime() <= Date.now()) throw notNow('This vote has closed.')
  const db = await getDb()
  const area = motion.board.area
  // Read before the transaction (one connection on the embedded database).
  const choices = input.voteDeputyId ? await voteDeputyChoices(motion.boardId, user.id) : []
  await db.$transaction(async (tx) => {
    // The lock castVote takes: naming or removing a deputy and a vote never interleave.
    await tx.$queryRaw`SELECT id FROM "Motion" WHERE id = ${motionId} FOR UPDATE`
    if (!(await votingMembers(tx, motion.boardId)).some((m) => m.userId === user.id))
      throw notNow('Only a voting member of the board names a deputy for a vote.')
    // A vote the member cast themself stands; one their deputy entered can still be left to another.
    const own = await tx.vote.findUnique({
      where: { motionId_userId: { motionId, userId: user.id } },
      select: { enteredById: true },
    })
    if (own && own.enteredById === null) throw notNow('You have voted, so your vote stands: there is nothing for a deputy to do.')
    const before = await tx.voteDeputy.findUnique({ where: { motionId_memberId: { motionId, memberId: user.id } } })
    if (input.voteDeputyId === null) {
      if (!before) return
      await tx.voteDeputy.delete({ where: { motionId_memberId: { motionId, memberId: user.id } } })
    } else {
      if (!choices.some((c) => c.id === input.voteDeputyId))
        throw invalid('Select a current member of the board with a portal account, or “Nobody”')
      await tx.voteDeputy.upsert({
        where: { motionId_memberId: { motionId, memberId: user.id } },
        create: { motionId, memberId: user.id, deputyId: input.voteDeputyId },
        update: { deputyId: input.voteDeputyId },
      })
      await notify(tx, {
        kind: 'VOTE_OPENED',
        areaId: area.id,
        userIds: [input.voteDeputyId],
        actorId: user.id,
        title: `${area.name}: ${user.name} asks you to vote for them, until ${formatLondon(motion.closesAt)}`,
        body: motion.question,
        link: `/boards/${area.slug}/motions/${motionId}`,
      })
    }
    await recordAudit(tx, {
      actor: actorOf(user),
      action: input.voteDeputyId ? 'named deputy for vote' : 'removed deputy for vote',
      entityType: 'MOTION',
      entityId: motionId,
      areaId: area.id,
      before: before ? { deputyId: before.deputyId } : undefined,
      after: { deputyId: input.voteDeputyId },
    })
  })
}

/**
 * The "Cannot vote?" form's contents for a member reading the motion (getMotionRoom has checked
 * they may read the board and are an eligible voter who has not voted): who may stand in, and
 * who they named.
 */
export async function voteDeputyForm(motion: { id: string; boardId: string }, memberId: string) {
  const [choices, named] = await Promise.all([
    voteDeputyChoices(motion.boardId, memberId),
    (await getDb()).voteDeputy.findUnique({
      where: { motionId_memberId: { motionId: motion.id, memberId } },
      select: { deputyId: true },
    }),
  ])
  return { choices, current: named?.deputyId ?? null }
}
