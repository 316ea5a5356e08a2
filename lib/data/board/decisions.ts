/**
 * Decisions, one or more per agenda item, recorded by the delivery team or an admin
 * (`manage:board`) from the meeting's day. The decision carries its item's origin into the
 * local-influence record. It may add an action to the area's draft plan (then `edit:plan` is
 * needed too): the decision holds the action's draft id until approval gives the action its row
 * (lib/data/plan/apply-draft.ts links them), so decision → action → delivery can be followed.
 */
import 'server-only'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { actorOf, recordAudit } from '@/lib/data/audit'
import { authorize } from '@/lib/data/guard'
import { addDecidedAction } from '@/lib/data/plan/actions'
import { knownPriority } from '@/lib/data/plan/priorities'
import { getDb } from '@/lib/db/client'
import { formatDate } from '@/lib/format'
import { expirePublicArea } from '@/lib/data/public/cache'
import type { DecisionInput } from '@/lib/validation/board'
import { authorizeBoardRow, boardAreaSelect, invalid, meetingDayReached, notNow } from './board-ref'
import { londonDate } from '@/lib/london-time'

export async function recordDecision(user: SessionUser, itemId: string, input: DecisionInput): Promise<{ id: string }> {
  const db = await getDb()
  const item = authorizeBoardRow(
    user,
    await db.agendaItem.findUnique({
      where: { id: itemId },
      select: {
        id: true,
        boardId: true,
        title: true,
        status: true,
        origin: true,
        isPrivate: true,
        meeting: { select: { id: true, startsAt: true, isPublic: true } },
        ...boardAreaSelect,
      },
    }),
    'manage:board',
    `agenda item ${itemId}`,
  )
  const area = item.board.area
  if (!item.meeting || (item.status !== 'SCHEDULED' && item.status !== 'DISCUSSED'))
    throw notNow('Decisions are recorded on items of a meeting’s agenda.')
  if (!meetingDayReached(item.meeting.startsAt)) throw notNow('The meeting has not happened yet.')
  const meetingDay = londonDate(item.meeting.startsAt)
  const decidedOn = input.decidedOn as Date
  if (decidedOn < meetingDay || decidedOn.getTime() > Date.now())
    throw invalid(`The date of the decision must be between the meeting (${formatDate(meetingDay)}) and today`)
  if (input.addAction) {
    authorize(user, 'edit:plan', { areaId: area.id })
    if (!(await knownPriority(area.id, input.priorityId ?? ''))) throw invalid('Select a priority of this area’s plan')
  }
  const meeting = item.meeting
  const decision = await db.$transaction(async (tx) => {
    const draftActionId = input.addAction
      ? await addDecidedAction(tx, user, area.id, {
          title: input.actionTitle as string,
          priorityId: input.priorityId as string,
          description: `Agreed by the board: ${input.summary}`,
        })
      : null
    const row = await tx.decision.create({
      data: {
        boardId: item.boardId,
        meetingId: meeting.id,
        agendaItemId: item.id,
        summary: input.summary as string,
        origin: item.origin,
        decidedOn,
        draftActionId,
        recordedById: user.id,
      },
      select: { id: true },
    })
    // A decision on an item means the board reached it.
    if (item.status === 'SCHEDULED')
      await tx.agendaItem.update({ where: { id: item.id }, data: { status: 'DISCUSSED', version: { increment: 1 } } })
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'recorded decision',
      entityType: 'DECISION',
      entityId: row.id,
      areaId: area.id,
      after: {
        item: item.title,
        summary: input.summary,
        origin: item.origin,
        decidedOn: formatDate(decidedOn),
        draftAction: input.addAction ? input.actionTitle : null,
      },
    })
    return row
  })
  if (!item.isPrivate && meeting.isPublic) expirePublicArea(area.slug)
  return decision
}
