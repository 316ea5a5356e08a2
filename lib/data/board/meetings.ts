/**
 * Meetings: scheduled by the delivery team or an admin (`manage:board`) for a date and UK time
 * in the future, in person or online, public or private. A public meeting's public items and
 * their decisions are shown to visitors; a private one is listed to the board only.
 */
import 'server-only'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { actorOf, recordAudit } from '@/lib/data/audit'
import { getDb } from '@/lib/db/client'
import { formatLondon, londonInstant } from '@/lib/london-time'
import { expirePublicArea } from '@/lib/data/public/cache'
import type { MeetingInput } from '@/lib/validation/board'
import { invalid, requireBoard } from './board-ref'

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
