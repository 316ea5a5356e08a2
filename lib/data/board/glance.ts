/**
 * The dashboard's view of each of the user's boards: the next meeting, how many items wait in
 * the backlog, and the user's own items there — what a chair, member or delivery team looks at
 * first. Three queries whatever the number of areas.
 */
import 'server-only'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { getDb } from '@/lib/db/client'
import { areaFilter, viewerOf } from '@/lib/permissions'

export type BoardGlance = {
  slug: string
  areaName: string
  nextMeeting: { id: string; title: string; startsAt: string } | null
  waiting: number
  mine: number
}

export async function getBoardGlance(user: SessionUser): Promise<BoardGlance[]> {
  const areas = areaFilter(viewerOf(user), 'read:board')
  // Admins see every board elsewhere (the areas table); here only boards one belongs to.
  if (areas === null || areas.length === 0) return []
  const db = await getDb()
  const now = new Date()
  const [boards, counts, meetings] = await Promise.all([
    db.board.findMany({
      where: { areaId: { in: [...areas] } },
      orderBy: { area: { name: 'asc' } },
      select: { id: true, area: { select: { slug: true, name: true } } },
    }),
    db.agendaItem.groupBy({
      by: ['boardId', 'proposedById'],
      where: { board: { areaId: { in: [...areas] } }, status: { in: ['BACKLOG', 'DEFERRED'] } },
      _count: { _all: true },
    }),
    db.meeting.findMany({
      where: { board: { areaId: { in: [...areas] } }, status: 'SCHEDULED', startsAt: { gt: now } },
      orderBy: { startsAt: 'asc' },
      select: { id: true, boardId: true, title: true, startsAt: true },
    }),
  ])
  return boards.map((b) => {
    const mine = counts.filter((c) => c.boardId === b.id && c.proposedById === user.id)
    const next = meetings.find((m) => m.boardId === b.id)
    return {
      slug: b.area.slug,
      areaName: b.area.name,
      nextMeeting: next ? { id: next.id, title: next.title, startsAt: next.startsAt.toISOString() } : null,
      waiting: counts.filter((c) => c.boardId === b.id).reduce((n, c) => n + c._count._all, 0),
      mine: mine.reduce((n, c) => n + c._count._all, 0),
    }
  })
}
