/**
 * The board's load: how much the portal asked of each current member, month by month, so the
 * chair can keep the burden fair (the programme's partners were short of time). An ask is a
 * notification that needs the member: papers to read, a vote to cast, a consultation to answer,
 * a mention, an action of theirs overdue. Beside it, what they did: votes cast and consultation
 * responses given (their own or entered by their deputy). Counted from the notifications and
 * records themselves, never stored.
 */
import 'server-only'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { getDb } from '@/lib/db/client'
import type { BoardRole, NotificationKind } from '@/lib/generated/prisma/enums'
import { londonDay } from '@/lib/london-time'
import { currentOn } from './membership'
import { notFoundAsNull, requireBoard } from './board-ref'

/** The notifications that ask something of the member, and what each asks. */
export const ASKS = {
  PAPERS_PUBLISHED: 'read',
  VOTE_OPENED: 'vote',
  CONSULTATION_OPENED: 'consultation',
  MENTION: 'read',
  ACTION_OVERDUE: 'action',
} as const satisfies Partial<Record<NotificationKind, string>>
const ASK_KINDS = Object.keys(ASKS) as (keyof typeof ASKS)[]

export const LOAD_MONTHS = 6

export type MemberLoad = {
  name: string
  role: BoardRole
  organisation: string | null
  /** Asks per month, oldest first (the months of `BoardLoad.months`). */
  perMonth: number[]
  total: number
  byKind: Record<(typeof ASKS)[keyof typeof ASKS], number>
  votesCast: number
  responses: number
}

export type BoardLoad = {
  area: { slug: string; name: string }
  /** 'YYYY-MM', oldest first, the current month last. */
  months: string[]
  members: MemberLoad[]
  /** Members with an account who could be asked; others are listed without figures. */
  withoutAccount: string[]
}

/** The first day of the month `back` months before this one (UTC dates of London months). */
function monthStart(now: Date, back: number): Date {
  const [y, m] = londonDay(now).split('-').map(Number) as [number, number]
  return new Date(Date.UTC(y, m - 1 - back, 1))
}

/** Null when the board does not exist or the user may not see its load. */
export async function getBoardLoad(user: SessionUser, slug: string, now = new Date()): Promise<BoardLoad | null> {
  const board = await requireBoard(user, slug, 'read:board-load').catch(notFoundAsNull)
  if (!board) return null
  const db = await getDb()
  const today = new Date(`${londonDay(now)}T00:00:00Z`)
  const months = Array.from({ length: LOAD_MONTHS }, (_, i) => monthStart(now, LOAD_MONTHS - 1 - i))
  const keys = months.map((d) => d.toISOString().slice(0, 7))
  // Months start at London midnight; a day's slack either side is well inside a month's counts.
  const since = new Date((months[0] as Date).getTime() - 86_400_000)
  const memberships = await db.boardMembership.findMany({
    where: { boardId: board.id, ...currentOn(today) },
    orderBy: [{ role: 'asc' }, { person: { name: 'asc' } }],
    select: {
      role: true,
      person: {
        select: { name: true, organisation: { select: { name: true } }, user: { select: { id: true, disabled: true } } },
      },
    },
  })
  const members = memberships.filter((m) => m.person.user && !m.person.user.disabled)
  const userIds = [...new Set(members.map((m) => m.person.user?.id as string))]
  const [asks, votes, responses] = await Promise.all([
    db.notification.findMany({
      where: { userId: { in: userIds }, areaId: board.area.id, kind: { in: ASK_KINDS }, createdAt: { gte: since } },
      select: { userId: true, kind: true, createdAt: true },
    }),
    db.vote.groupBy({
      by: ['userId'],
      where: { userId: { in: userIds }, motion: { boardId: board.id }, castAt: { gte: since } },
      _count: { _all: true },
    }),
    db.consultationResponse.groupBy({
      by: ['respondentId'],
      where: { respondentId: { in: userIds }, consultation: { areaId: board.area.id }, createdAt: { gte: since } },
      _count: { _all: true },
    }),
  ])
  const seen = new Set<string>()
  return {
    area: { slug: board.area.slug, name: board.area.name },
    months: keys,
    members: members.flatMap((m) => {
      const id = m.person.user?.id as string
      // A person on the board twice (two roles) is counted once.
      if (seen.has(id)) return []
      seen.add(id)
      const mine = asks.filter((a) => a.userId === id)
      const byKind = { read: 0, vote: 0, consultation: 0, action: 0 }
      const perMonth = keys.map(() => 0)
      for (const a of mine) {
        byKind[ASKS[a.kind as keyof typeof ASKS]] += 1
        const i = keys.indexOf(londonDay(a.createdAt).slice(0, 7))
        if (i >= 0) perMonth[i] = (perMonth[i] ?? 0) + 1
      }
      return [
        {
          name: m.person.name,
          role: m.role,
          organisation: m.person.organisation?.name ?? null,
          perMonth,
          total: perMonth.reduce((n, x) => n + x, 0),
          byKind,
          votesCast: votes.find((v) => v.userId === id)?._count._all ?? 0,
          responses: responses.find((r) => r.respondentId === id)?._count._all ?? 0,
        },
      ]
    }),
    withoutAccount: memberships.filter((m) => !m.person.user || m.person.user.disabled).map((m) => m.person.name),
  }
}
