/**
 * Declarations of interest. A current member declares their own: on the board's register (a
 * standing interest, reviewed at least yearly: confirmed as still held, or ended — kept as the
 * record), or against one agenda item or one motion. An interest in a motion excludes the member
 * from its vote and its quorum, and withdraws a vote already cast; a motion whose result is
 * recorded takes no more declarations. The register is the board's (`read:board`), not public.
 */
import 'server-only'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { actorOf, recordAudit } from '@/lib/data/audit'
import { getDb } from '@/lib/db/client'
import { AppError, StaleWrite } from '@/lib/errors'
import type { InterestInput, InterestReviewInput } from '@/lib/validation/board'
import { authorizeBoardRow, boardAreaSelect, invalid, notNow, requireBoard } from './board-ref'
import { currentMemberPerson } from './membership'
import { londonDate } from '@/lib/london-time'

const today = () => londonDate(new Date())

export async function declareInterest(user: SessionUser, slug: string, input: InterestInput): Promise<{ id: string }> {
  const board = await requireBoard(user, slug, 'read:board')
  const db = await getDb()
  const personId = await currentMemberPerson(db, board.id, user.id)
  if (!personId) throw invalid('Only current members of the board declare interests here')
  const { kind, id } = input.about
  const item =
    kind === 'item'
      ? await db.agendaItem.findFirst({ where: { id: id ?? '', boardId: board.id }, select: { id: true, meetingId: true } })
      : null
  const motion =
    kind === 'motion'
      ? await db.motion.findFirst({ where: { id: id ?? '', boardId: board.id }, select: { id: true, status: true } })
      : null
  if ((kind === 'item' && !item) || (kind === 'motion' && !motion))
    throw new AppError('NOT_FOUND', { message: `${kind} ${id} not on board ${board.id}` })
  if (motion && motion.status !== 'OPEN')
    throw notNow('This vote’s result has been recorded: declarations are made before it closes.')
  return db.$transaction(async (tx) => {
    if (motion) await tx.$queryRaw`SELECT id FROM "Motion" WHERE id = ${motion.id} FOR UPDATE`
    const row = await tx.declarationOfInterest.create({
      data: {
        boardId: board.id,
        personId,
        interest: input.interest as string,
        declaredOn: today(),
        agendaItemId: item?.id,
        meetingId: item?.meetingId,
        motionId: motion?.id,
      },
      select: { id: true },
    })
    // A conflicted member's vote does not count: it is withdrawn.
    const withdrawn = motion ? (await tx.vote.deleteMany({ where: { motionId: motion.id, userId: user.id } })).count : 0
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'declared interest',
      entityType: 'DECLARATION',
      entityId: row.id,
      areaId: board.area.id,
      after: { interest: input.interest, about: kind, id, voteWithdrawn: withdrawn > 0 },
    })
    return row
  })
}

/** A register entry confirmed as still held, or ended; only by the member who declared it. */
export async function reviewInterest(user: SessionUser, id: string, input: InterestReviewInput): Promise<void> {
  const db = await getDb()
  const d = authorizeBoardRow(
    user,
    await db.declarationOfInterest.findUnique({
      where: { id },
      select: {
        id: true,
        version: true,
        endedOn: true,
        interest: true,
        person: { select: { user: { select: { id: true } } } },
        ...boardAreaSelect,
      },
    }),
    'read:board',
    `declaration ${id}`,
  )
  if (d.person.user?.id !== user.id) throw new AppError('NOT_FOUND', { message: `declaration ${id} is not ${user.id}'s` })
  if (d.endedOn) throw notNow('This interest has already been ended.')
  await db.$transaction(async (tx) => {
    const bumped = await tx.declarationOfInterest.updateMany({
      where: { id, version: input.version },
      data:
        input.review === 'ended'
          ? { endedOn: today(), version: { increment: 1 } }
          : { reviewedOn: today(), version: { increment: 1 } },
    })
    if (bumped.count !== 1)
      throw new StaleWrite('This declaration changed while you were working. Check it, then try again.', String(d.version))
    await recordAudit(tx, {
      actor: actorOf(user),
      action: input.review === 'ended' ? 'ended interest' : 'confirmed interest',
      entityType: 'DECLARATION',
      entityId: d.id,
      areaId: d.board.area.id,
      after: { interest: d.interest },
    })
  })
}
