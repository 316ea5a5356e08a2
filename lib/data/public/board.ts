/**
 * The public board page of an area: who is on the board (named only where they agreed or a
 * source names them; the rest counted by sector), chairs named by sources, and public meetings
 * with their public agenda items and decisions. Board-only material — private meetings,
 * private items and their decisions, how to join an online meeting — is never selected here.
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import type { AgendaItemStatus, BoardRole, Origin, Sector } from '@/lib/generated/prisma/enums'
import type { PaperFile } from '@/lib/data/board/papers'
import { publicCache, publicTags } from '@/lib/data/public/cache'

export type PublicMember = {
  name: string
  organisation: string | null
  role: BoardRole
  sector: Sector | null
  startsOn: string | null
  endsOn: string | null
  termLabel: string | null
  isDemo: boolean
  sources: { url: string; publisher: string }[]
}

export type PublicDecision = {
  summary: string
  origin: Origin
  decidedOn: string
  isDemo: boolean
  action: { id: string; title: string } | null
}

export type PublicMeeting = {
  id: string
  title: string
  startsAt: string
  /** The place of an in-person meeting; null for an online one (the link is for the board). */
  place: string | null
  isOnline: boolean
  isDemo: boolean
  /** When the board approved the minutes: only then are they published. */
  minutesApprovedOn: string | null
  items: {
    id: string
    title: string
    origin: Origin
    status: AgendaItemStatus
    decisions: PublicDecision[]
    /** Approved minutes of the item; null until the board approves them. */
    minutes: string | null
    papers: { id: string; title: string; fileName: string; sizeBytes: number }[]
  }[]
}

export type PublicBoard = {
  area: { slug: string; name: string }
  name: string
  members: PublicMember[]
  /** Chairs a source names without dates (the seed's): shown with the source's wording of their term. */
  namedChairs: PublicMember[]
  /** Current members not named, per sector. */
  unnamed: { sector: Sector | null; count: number }[]
  pastMembers: PublicMember[]
  meetings: { coming: PublicMeeting[]; past: PublicMeeting[] }
}

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null)

async function loadPublicBoard(slug: string): Promise<PublicBoard | null> {
  const db = await getDb()
  const area = await db.area.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      board: {
        select: {
          name: true,
          memberships: {
            orderBy: { createdAt: 'asc' },
            select: {
              id: true,
              role: true,
              sector: true,
              startsOn: true,
              endsOn: true,
              termLabel: true,
              listedPublicly: true,
              isDemo: true,
              person: { select: { name: true, organisation: { select: { name: true } } } },
            },
          },
          meetings: {
            where: { isPublic: true, status: { not: 'CANCELLED' } },
            orderBy: { startsAt: 'asc' },
            select: {
              id: true,
              title: true,
              startsAt: true,
              location: true,
              isOnline: true,
              isDemo: true,
              minutesPublished: true,
              minutesApprovedAt: true,
              agendaItems: {
                where: { isPrivate: false, status: { in: ['SCHEDULED', 'DISCUSSED'] } },
                orderBy: { position: 'asc' },
                select: {
                  id: true,
                  title: true,
                  origin: true,
                  status: true,
                  minutes: true,
                  papers: {
                    where: { isPublic: true, withdrawnAt: null },
                    orderBy: { createdAt: 'asc' },
                    select: { id: true, title: true, fileName: true, sizeBytes: true },
                  },
                  decisions: {
                    orderBy: { createdAt: 'asc' },
                    select: {
                      summary: true,
                      origin: true,
                      decidedOn: true,
                      isDemo: true,
                      action: { select: { id: true, title: true } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  })
  if (!area?.board) return null
  const board = area.board
  const listed = board.memberships.filter((m) => m.listedPublicly)
  const links = await db.factSource.findMany({
    where: { entityType: 'BOARD_MEMBERSHIP', entityId: { in: listed.map((m) => m.id) } },
    select: { entityId: true, source: { select: { url: true, publisher: true } } },
  })
  const today = new Date().toISOString().slice(0, 10)
  const current = (m: { startsOn: Date | null; endsOn: Date | null }) => !iso(m.endsOn) || (iso(m.endsOn) as string) >= today
  const member = (m: (typeof board.memberships)[number]): PublicMember => ({
    name: m.person.name,
    organisation: m.person.organisation?.name ?? null,
    role: m.role,
    sector: m.sector,
    startsOn: iso(m.startsOn),
    endsOn: iso(m.endsOn),
    termLabel: m.termLabel,
    isDemo: m.isDemo,
    sources: links.filter((l) => l.entityId === m.id).map((l) => l.source),
  })
  const dated = listed.filter((m) => m.startsOn || m.endsOn || !m.termLabel)
  const unnamed = new Map<Sector | null, number>()
  for (const m of board.memberships) if (!m.listedPublicly && current(m)) unnamed.set(m.sector, (unnamed.get(m.sector) ?? 0) + 1)
  const now = Date.now()
  const meetings = board.meetings.map((m): PublicMeeting => ({
    id: m.id,
    title: m.title,
    startsAt: m.startsAt.toISOString(),
    place: m.isOnline ? null : m.location,
    isOnline: m.isOnline,
    isDemo: m.isDemo,
    minutesApprovedOn: m.minutesPublished && m.minutesApprovedAt ? m.minutesApprovedAt.toISOString().slice(0, 10) : null,
    items: m.agendaItems.map((i) => ({
      id: i.id,
      title: i.title,
      origin: i.origin,
      status: i.status,
      minutes: m.minutesPublished ? i.minutes : null,
      papers: i.papers,
      decisions: i.decisions.map((d) => ({
        summary: d.summary,
        origin: d.origin,
        decidedOn: d.decidedOn.toISOString().slice(0, 10),
        isDemo: d.isDemo,
        action: d.action,
      })),
    })),
  }))
  return {
    area: { slug: area.slug, name: area.name },
    name: board.name,
    members: dated.filter(current).map(member),
    namedChairs: listed.filter((m) => !dated.includes(m)).map(member),
    pastMembers: dated.filter((m) => !current(m)).map(member),
    unnamed: [...unnamed].map(([sector, count]) => ({ sector, count })),
    meetings: {
      coming: meetings.filter((m) => Date.parse(m.startsAt) >= now),
      past: meetings.filter((m) => Date.parse(m.startsAt) < now).reverse(),
    },
  }
}

export const getPublicBoard = publicCache('public-board', loadPublicBoard, (slug) => [publicTags.area(slug)])

/** Where a paper may be public: itself, its item and its meeting. */
export const publicPaperWhere = {
  isPublic: true,
  withdrawnAt: null,
  agendaItem: {
    isPrivate: false,
    status: { in: ['SCHEDULED', 'DISCUSSED'] as ('SCHEDULED' | 'DISCUSSED')[] },
    meeting: { isPublic: true },
  },
}

/** A paper anyone may read; null for any other (and for one of another area than `slug`). */
export async function getPublicPaper(slug: string, paperId: string): Promise<PaperFile | null> {
  const db = await getDb()
  const p = await db.agendaPaper.findFirst({
    where: { id: paperId, ...publicPaperWhere, agendaItem: { ...publicPaperWhere.agendaItem, board: { area: { slug } } } },
    select: { fileName: true, contentType: true, content: true, sha256: true },
  })
  return p && { fileName: p.fileName, contentType: p.contentType, content: p.content, sha256: p.sha256 }
}
