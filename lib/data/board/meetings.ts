/**
 * Meetings: scheduled by the delivery team or an admin (`manage:board`) for a date and UK time
 * in the future, in person or online, public or private. A public meeting's public items and
 * their decisions are shown to visitors; a private one is listed to the board only. Before it
 * starts, a meeting can be moved or cancelled, with a reason the board is told; a cancelled
 * meeting's agenda goes back to the backlog for a later one.
 */
import 'server-only'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { actorOf, recordAudit } from '@/lib/data/audit'
import { getDb } from '@/lib/db/client'
import { formatLondon, londonInstant } from '@/lib/london-time'
import { expirePublicArea } from '@/lib/data/public/cache'
import { StaleWrite } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { SessionUser as User } from '@/lib/data/accounts/auth'
import { areaUserIds, notify } from '@/lib/data/notifications/notify'
import type { CancelMeetingInput, MeetingInput, MoveMeetingInput } from '@/lib/validation/board'
import { authorizeBoardRow, boardAreaSelect, invalid, notNow, requireBoard } from './board-ref'

export async function scheduleMeeting(user: SessionUser, slug: string, input: MeetingInput): Promise<{ id: string }> {
  const board = await requireBoard(user, slug, 'manage:board')
  const startsAt = londonInstant(input.date as Date, input.time.hour, input.time.minute)
  if (startsAt.getTime() <= Date.now()) throw invalid('The meeting must start in the future: check the date and time')
  const db = await getDb()
  const row = await db.$transaction(async (tx) => {
    const meeting = await tx.meeting.create({
      data: {
        boardId: board.id,
        title: input.title as string,
        startsAt,
        location: input.location,
        isOnline: input.isOnline,
        isPublic: input.isPublic,
        createdById: user.id,
      },
      select: { id: true },
    })
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'scheduled meeting',
      entityType: 'MEETING',
      entityId: meeting.id,
      areaId: board.area.id,
      after: { title: input.title, startsAt: formatLondon(startsAt), isPublic: input.isPublic, isOnline: input.isOnline },
    })
    return meeting
  })
  if (input.isPublic) expirePublicArea(board.area.slug)
  return row
}

type Tx = Prisma.TransactionClient

/**
 * A scheduled meeting that has not started, locked for a change by someone who manages the
 * board, at the version their page showed.
 */
async function changeable(tx: Tx, user: User, id: string, version: number) {
  const m = authorizeBoardRow(
    user,
    await tx.meeting.findUnique({
      where: { id },
      select: { id: true, title: true, startsAt: true, status: true, isPublic: true, version: true, ...boardAreaSelect },
    }),
    'manage:board',
    `meeting ${id}`,
  )
  await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${id} FOR UPDATE`
  const now = await tx.meeting.findUniqueOrThrow({ where: { id }, select: { version: true, status: true, startsAt: true } })
  if (now.version !== version)
    throw new StaleWrite(
      'Someone else changed this meeting while you were working. Check it, then try again.',
      String(now.version),
    )
  if (now.status !== 'SCHEDULED' || now.startsAt.getTime() <= Date.now())
    throw notNow('Only a meeting that has not started yet can be moved or cancelled.')
  return m
}

async function tellBoard(tx: Tx, user: User, areaId: string, title: string, body: string, link: string) {
  await notify(tx, {
    kind: 'MEETING_CHANGED',
    areaId,
    userIds: await areaUserIds(tx, areaId, ['DELIVERY_TEAM', 'CHAIR', 'PARTNER']),
    actorId: user.id,
    title,
    body,
    link,
  })
}

export async function moveMeeting(user: User, id: string, input: MoveMeetingInput): Promise<void> {
  const startsAt = londonInstant(input.date as Date, input.time.hour, input.time.minute)
  if (startsAt.getTime() <= Date.now()) throw invalid('The meeting must start in the future: check the date and time')
  const db = await getDb()
  const m = await db.$transaction(async (tx) => {
    const m = await changeable(tx, user, id, input.version)
    if (startsAt.getTime() === m.startsAt.getTime()) throw invalid('Enter a date or time different from the one it has now')
    await tx.meeting.update({ where: { id }, data: { startsAt, version: { increment: 1 } } })
    const area = m.board.area
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'moved meeting',
      entityType: 'MEETING',
      entityId: id,
      areaId: area.id,
      before: { startsAt: formatLondon(m.startsAt) },
      after: { startsAt: formatLondon(startsAt), reason: input.whyMoved },
    })
    await tellBoard(
      tx,
      user,
      area.id,
      `${area.name}: “${m.title}” moves to ${formatLondon(startsAt)}`,
      input.whyMoved as string,
      `/boards/${area.slug}/meetings/${id}`,
    )
    return m
  })
  if (m.isPublic) expirePublicArea(m.board.area.slug)
}

export async function cancelMeeting(user: User, id: string, input: CancelMeetingInput): Promise<{ returned: number }> {
  const db = await getDb()
  const { m, returned } = await db.$transaction(async (tx) => {
    const m = await changeable(tx, user, id, input.version)
    await tx.meeting.update({
      where: { id },
      data: { status: 'CANCELLED', cancelledReason: input.whyCancelled, version: { increment: 1 } },
    })
    // Its agenda goes back to the backlog, for the chair to place on a later meeting.
    const { count: returned } = await tx.agendaItem.updateMany({
      where: { meetingId: id, status: 'SCHEDULED' },
      data: { status: 'BACKLOG', meetingId: null, position: 0, version: { increment: 1 } },
    })
    const area = m.board.area
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'cancelled meeting',
      entityType: 'MEETING',
      entityId: id,
      areaId: area.id,
      before: { status: 'SCHEDULED' },
      after: { status: 'CANCELLED', reason: input.whyCancelled, itemsBackToBacklog: returned },
    })
    await tellBoard(
      tx,
      user,
      area.id,
      `${area.name}: “${m.title}” on ${formatLondon(m.startsAt)} is cancelled`,
      input.whyCancelled as string,
      `/boards/${area.slug}/meetings/${id}`,
    )
    return { m, returned }
  })
  if (m.isPublic) expirePublicArea(m.board.area.slug)
  return { returned }
}
