/**
 * The agenda backlog. Any board member puts an item forward with a reason; its origin is who
 * they are (a partner's item is a local partner's, the chair's the chair's; only the delivery
 * team and admins choose between DfE and national policy, so DfE cannot label its own items as
 * local). The chair (`set:agenda`) places an item on a coming meeting, or defers or declines it
 * with a reason its proposer sees. After the meeting, an item not reached goes back to the
 * backlog (carried over); its proposer may withdraw it until it is discussed.
 */
import 'server-only'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { actorOf, recordAudit } from '@/lib/data/audit'
import { allowed } from '@/lib/data/guard'
import { getDb } from '@/lib/db/client'
import { AppError, StaleWrite } from '@/lib/errors'
import type { AgendaItemStatus, Origin } from '@/lib/generated/prisma/enums'
import { expirePublicArea } from '@/lib/data/public/cache'
import type { AgendaAnswerInput, AgendaItemInput, ItemOutcomeInput } from '@/lib/validation/board'
import { authorizeBoardRow, boardAreaSelect, invalid, lockBoard, meetingDayReached, notNow, requireBoard } from './board-ref'

/** Where an item comes from, from who puts it forward. */
export function originOf(user: SessionUser, asked: Origin | null): Origin {
  if (user.role === 'PARTNER') return 'LOCAL_PARTNER'
  if (user.role === 'CHAIR') return 'CHAIR'
  if (asked && asked !== 'DFE_DELIVERY_TEAM' && asked !== 'NATIONAL_POLICY')
    throw invalid('Select DfE delivery team or national policy: items from partners and the chair are put forward by them')
  return asked ?? 'DFE_DELIVERY_TEAM'
}

export async function proposeItem(user: SessionUser, slug: string, input: AgendaItemInput): Promise<{ id: string }> {
  const board = await requireBoard(user, slug, 'propose:agenda-item')
  const origin = originOf(user, input.origin)
  const db = await getDb()
  return db.$transaction(async (tx) => {
    const item = await tx.agendaItem.create({
      data: {
        boardId: board.id,
        title: input.title as string,
        description: input.description,
        origin,
        isPrivate: input.isPrivate,
        proposedById: user.id,
      },
      select: { id: true },
    })
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'put forward agenda item',
      entityType: 'AGENDA_ITEM',
      entityId: item.id,
      areaId: board.area.id,
      after: { title: input.title, origin, isPrivate: input.isPrivate },
    })
    return item
  })
}

const itemSelect = {
  id: true,
  boardId: true,
  title: true,
  status: true,
  version: true,
  isPrivate: true,
  proposedById: true,
  meeting: { select: { id: true, startsAt: true, isPublic: true, status: true } },
  ...boardAreaSelect,
} as const

async function loadItem(id: string) {
  const db = await getDb()
  return db.agendaItem.findUnique({ where: { id }, select: itemSelect })
}

const staleItem = (version: number) =>
  new StaleWrite('Someone else changed this item while you were working. Check it, then try again.', String(version))

/** Waiting for the chair: in the backlog, deferred, or on a meeting that has not started. */
const waiting = (item: { status: AgendaItemStatus; meeting: { startsAt: Date } | null }) =>
  item.status === 'BACKLOG' ||
  item.status === 'DEFERRED' ||
  (item.status === 'SCHEDULED' && item.meeting !== null && item.meeting.startsAt.getTime() > Date.now())

const NEXT_STATUS = { place: 'SCHEDULED', defer: 'DEFERRED', decline: 'DECLINED' } as const

export async function answerItem(user: SessionUser, id: string, input: AgendaAnswerInput): Promise<{ status: AgendaItemStatus }> {
  const item = authorizeBoardRow(user, await loadItem(id), 'set:agenda', `agenda item ${id}`)
  if (!waiting(item)) throw notNow('This item has already been discussed, declined or withdrawn.')
  const db = await getDb()
  const meeting =
    input.answer === 'place'
      ? await db.meeting.findFirst({
          where: { id: input.meetingId ?? '', boardId: item.boardId, status: 'SCHEDULED', startsAt: { gt: new Date() } },
          select: { id: true, title: true, isPublic: true },
        })
      : null
  if (input.answer === 'place' && !meeting) throw invalid('Select a coming meeting of this board')
  const status = NEXT_STATUS[input.answer]
  await db.$transaction(async (tx) => {
    await lockBoard(tx, item.boardId)
    if (meeting) {
      // Shares the lock that moving or cancelling the meeting takes: an item is never placed on a
      // meeting cancelled (its agenda sent back to the backlog) while the chair was choosing.
      const [now] = await tx.$queryRaw<{ status: string; startsAt: Date }[]>`
        SELECT status, "startsAt" FROM "Meeting" WHERE id = ${meeting.id} FOR SHARE`
      if (!now || now.status !== 'SCHEDULED' || now.startsAt.getTime() <= Date.now())
        throw invalid('Select a coming meeting of this board')
    }
    const last = meeting ? await tx.agendaItem.aggregate({ where: { meetingId: meeting.id }, _max: { position: true } }) : null
    const bumped = await tx.agendaItem.updateMany({
      where: { id, version: input.version },
      data: {
        status,
        meetingId: meeting?.id ?? null,
        position: last ? (last._max.position ?? 0) + 1 : 0,
        response: input.answer === 'place' ? null : input.response,
        respondedById: user.id,
        respondedAt: new Date(),
        version: { increment: 1 },
      },
    })
    if (bumped.count !== 1) throw staleItem(item.version)
    await recordAudit(tx, {
      actor: actorOf(user),
      action: `${input.answer === 'place' ? 'placed' : input.answer === 'defer' ? 'deferred' : 'declined'} agenda item`,
      entityType: 'AGENDA_ITEM',
      entityId: id,
      areaId: item.board.area.id,
      before: { status: item.status, meeting: item.meeting?.id ?? null },
      after: { status, meeting: meeting?.title ?? null, reason: input.response },
    })
  })
  // A public item on a public meeting is on the public agenda (or has just left it).
  if (!item.isPrivate && (meeting?.isPublic || item.meeting?.isPublic)) expirePublicArea(item.board.area.slug)
  return { status }
}

/** From the meeting's day: the item was discussed, or not reached and goes back to the backlog. */
export async function recordOutcome(user: SessionUser, id: string, input: ItemOutcomeInput): Promise<void> {
  const item = await loadItem(id)
  // The chair who ran the meeting, or the delivery team minuting it.
  const may =
    item &&
    (allowed(user, 'set:agenda', { areaId: item.board.area.id }) || allowed(user, 'manage:board', { areaId: item.board.area.id }))
  if (!item || !may) throw new AppError('NOT_FOUND', { message: `agenda item ${id} not found or not theirs` })
  if (item.status !== 'SCHEDULED' || !item.meeting) throw notNow('This item is not on a meeting’s agenda.')
  if (!meetingDayReached(item.meeting.startsAt)) throw notNow('The meeting has not happened yet.')
  const db = await getDb()
  const carry = input.outcome === 'carry-over'
  await db.$transaction(async (tx) => {
    const bumped = await tx.agendaItem.updateMany({
      where: { id, version: input.version },
      data: carry
        ? { status: 'BACKLOG', meetingId: null, carriedOver: { increment: 1 }, version: { increment: 1 } }
        : { status: 'DISCUSSED', version: { increment: 1 } },
    })
    if (bumped.count !== 1) throw staleItem(item.version)
    await recordAudit(tx, {
      actor: actorOf(user),
      action: carry ? 'carried over agenda item' : 'marked agenda item discussed',
      entityType: 'AGENDA_ITEM',
      entityId: id,
      areaId: item.board.area.id,
      after: { title: item.title, meeting: item.meeting?.id },
    })
  })
  if (!item.isPrivate && item.meeting.isPublic) expirePublicArea(item.board.area.slug)
}

/** The proposer takes their item back, until it has been discussed. */
export async function withdrawItem(user: SessionUser, id: string, input: { version: number }): Promise<void> {
  const item = authorizeBoardRow(user, await loadItem(id), 'propose:agenda-item', `agenda item ${id}`)
  if (item.proposedById !== user.id) throw new AppError('NOT_FOUND', { message: `agenda item ${id} is not ${user.id}'s` })
  if (!waiting(item)) throw notNow('This item has already been discussed, declined or withdrawn.')
  const db = await getDb()
  await db.$transaction(async (tx) => {
    const bumped = await tx.agendaItem.updateMany({
      where: { id, version: input.version },
      data: { status: 'WITHDRAWN', meetingId: null, version: { increment: 1 } },
    })
    if (bumped.count !== 1) throw staleItem(item.version)
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'withdrew agenda item',
      entityType: 'AGENDA_ITEM',
      entityId: id,
      areaId: item.board.area.id,
      before: { status: item.status },
    })
  })
  if (!item.isPrivate && item.meeting?.isPublic) expirePublicArea(item.board.area.slug)
}
