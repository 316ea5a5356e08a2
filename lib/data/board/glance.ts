/**
 * The dashboard's view of each of the user's boards — what a chair, member or delivery team
 * looks at first: the next meeting, the agenda backlog (and the user's own items in it), votes
 * the user can still cast, minutes waiting to be drafted or approved, and their own register
 * entries due a yearly review. A fixed number of queries whatever the number of areas.
 */
import 'server-only'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { getDb } from '@/lib/db/client'
import { areaFilter, can, viewerOf } from '@/lib/permissions'

export type BoardGlance = {
  slug: string
  areaName: string
  nextMeeting: { id: string; title: string; startsAt: string } | null
  waiting: number
  mine: number
  /** Open votes the user has not cast (as a member with no interest declared in them). */
  votesToCast: { id: string; question: string }[]
  /** Meetings whose minutes the user's role moves on: to draft (delivery team) or approve (chair). */
  minutes: { id: string; title: string; step: 'draft' | 'approve' }[]
  reviewsDue: number
}

const YEAR = 365 * 86_400_000

export async function getBoardGlance(user: SessionUser): Promise<BoardGlance[]> {
  const areas = areaFilter(viewerOf(user), 'read:board')
  // Admins see every board elsewhere (the areas table); here only boards one belongs to.
  if (areas === null || areas.length === 0) return []
  const db = await getDb()
  const now = new Date()
  const inAreas = { board: { areaId: { in: [...areas] } } }
  const [boards, counts, meetings, motions, minutes, declarations] = await Promise.all([
    db.board.findMany({
      where: { areaId: { in: [...areas] } },
      orderBy: { area: { name: 'asc' } },
      select: { id: true, areaId: true, area: { select: { slug: true, name: true } } },
    }),
    db.agendaItem.groupBy({
      by: ['boardId', 'proposedById'],
      where: { ...inAreas, status: { in: ['BACKLOG', 'DEFERRED'] } },
      _count: { _all: true },
    }),
    db.meeting.findMany({
      where: { ...inAreas, status: 'SCHEDULED', startsAt: { gt: now } },
      orderBy: { startsAt: 'asc' },
      select: { id: true, boardId: true, title: true, startsAt: true },
    }),
    // Open votes of the boards the user sits on as a voting member, without their vote or an interest.
    db.motion.findMany({
      where: {
        ...inAreas,
        status: 'OPEN',
        closesAt: { gt: now },
        votes: { none: { userId: user.id } },
        declarations: { none: { person: { user: { is: { id: user.id } } }, endedOn: null } },
        board: {
          areaId: { in: [...areas] },
          memberships: {
            some: {
              role: { in: ['CHAIR', 'VICE_CHAIR', 'MEMBER'] },
              OR: [{ endsOn: null }, { endsOn: { gte: now } }],
              person: { user: { is: { id: user.id } } },
            },
          },
        },
      },
      orderBy: { closesAt: 'asc' },
      select: { id: true, boardId: true, question: true },
    }),
    db.meeting.findMany({
      where: { ...inAreas, startsAt: { lte: now }, status: { not: 'CANCELLED' }, minutesStatus: { not: 'APPROVED' } },
      orderBy: { startsAt: 'asc' },
      select: { id: true, boardId: true, title: true, minutesStatus: true, _count: { select: { agendaItems: true } } },
    }),
    db.declarationOfInterest.findMany({
      where: { ...inAreas, endedOn: null, agendaItemId: null, motionId: null, person: { user: { is: { id: user.id } } } },
      select: { boardId: true, declaredOn: true, reviewedOn: true },
    }),
  ])
  const viewer = viewerOf(user)
  return boards.map((b) => {
    const next = meetings.find((m) => m.boardId === b.id)
    const manage = can(viewer, 'manage:board', { areaId: b.areaId })
    const setAgenda = can(viewer, 'set:agenda', { areaId: b.areaId })
    return {
      slug: b.area.slug,
      areaName: b.area.name,
      nextMeeting: next ? { id: next.id, title: next.title, startsAt: next.startsAt.toISOString() } : null,
      waiting: counts.filter((c) => c.boardId === b.id).reduce((n, c) => n + c._count._all, 0),
      mine: counts.filter((c) => c.boardId === b.id && c.proposedById === user.id).reduce((n, c) => n + c._count._all, 0),
      votesToCast: motions.filter((m) => m.boardId === b.id).map((m) => ({ id: m.id, question: m.question })),
      minutes: minutes
        .filter((m) => m.boardId === b.id && m._count.agendaItems > 0)
        .flatMap((m): BoardGlance['minutes'] => {
          if (manage && m.minutesStatus !== 'CIRCULATED') return [{ id: m.id, title: m.title, step: 'draft' as const }]
          if (setAgenda && m.minutesStatus === 'CIRCULATED') return [{ id: m.id, title: m.title, step: 'approve' as const }]
          return []
        }),
      reviewsDue: declarations.filter(
        (d) => d.boardId === b.id && now.getTime() - (d.reviewedOn ?? d.declaredOn).getTime() > YEAR,
      ).length,
    }
  })
}
