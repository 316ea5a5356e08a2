/**
 * What signed-in board members read: the board's members, meetings and agenda backlog, one
 * meeting with its agenda and decisions, one item, one membership. Everything here is for the
 * area's board (`read:board`), private meetings and items included; what each person may do is
 * returned with it (`can`), from the same matrix the writes check.
 */
import 'server-only'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { allowed } from '@/lib/data/guard'
import { listDraftPriorities, priorityLabel } from '@/lib/data/plan/priorities'
import { loadDraft } from '@/lib/data/plan/draft'
import { getDb } from '@/lib/db/client'
import type { AgendaItemStatus, BoardRole, Origin, Sector } from '@/lib/generated/prisma/enums'
import { formatLondon, londonDate } from '@/lib/london-time'
import { meetingDayReached, notFoundAsNull, requireBoard, type BoardRef } from './board-ref'
import { currentMemberPerson, currentOn } from './membership'
import { listMotions, type MotionRow } from './read-votes'
import { namedDeputiesOf, namedDeputyForm, type NamedDeputyForm } from './named-deputies'

const todayUk = () => londonDate(new Date())
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null)

export type MemberRow = {
  id: string
  name: string
  organisation: string | null
  role: BoardRole
  sector: Sector | null
  startsOn: string | null
  endsOn: string | null
  termLabel: string | null
  endedReason: string | null
  deputy: string | null
  hasAccount: boolean
  listedPublicly: boolean
  isDemo: boolean
  version: number
}

const memberSelect = {
  id: true,
  role: true,
  sector: true,
  startsOn: true,
  endsOn: true,
  termLabel: true,
  endedReason: true,
  listedPublicly: true,
  isDemo: true,
  version: true,
  person: { select: { name: true, organisation: { select: { name: true } }, user: { select: { id: true } } } },
  deputy: { select: { person: { select: { name: true } } } },
} as const

type MemberSelected = {
  id: string
  role: BoardRole
  sector: Sector | null
  startsOn: Date | null
  endsOn: Date | null
  termLabel: string | null
  endedReason: string | null
  listedPublicly: boolean
  isDemo: boolean
  version: number
  person: { name: string; organisation: { name: string } | null; user: { id: string } | null }
  deputy: { person: { name: string } } | null
}

const memberRow = (m: MemberSelected): MemberRow => ({
  id: m.id,
  name: m.person.name,
  organisation: m.person.organisation?.name ?? null,
  role: m.role,
  sector: m.sector,
  startsOn: iso(m.startsOn),
  endsOn: iso(m.endsOn),
  termLabel: m.termLabel,
  endedReason: m.endedReason,
  deputy: m.deputy?.person.name ?? null,
  hasAccount: Boolean(m.person.user),
  listedPublicly: m.listedPublicly,
  isDemo: m.isDemo,
  version: m.version,
})

const ROLE_ORDER: BoardRole[] = ['CHAIR', 'VICE_CHAIR', 'MEMBER', 'OBSERVER', 'DFE']
const byRole = (a: MemberRow, b: MemberRow) =>
  ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.name.localeCompare(b.name)

export type MeetingRow = {
  id: string
  title: string
  startsAt: string
  location: string | null
  isOnline: boolean
  isPublic: boolean
  isDemo: boolean
  itemCount: number
  /** Set when the meeting was cancelled, with why. */
  cancelled: string | null
  version: number
}

const meetingSelect = {
  id: true,
  title: true,
  startsAt: true,
  location: true,
  isOnline: true,
  isPublic: true,
  isDemo: true,
  status: true,
  cancelledReason: true,
  version: true,
  _count: { select: { agendaItems: true } },
} as const

const meetingRow = (m: {
  id: string
  title: string
  startsAt: Date
  location: string | null
  isOnline: boolean
  isPublic: boolean
  isDemo: boolean
  status: string
  cancelledReason: string | null
  version: number
  _count: { agendaItems: number }
}): MeetingRow => ({
  id: m.id,
  title: m.title,
  startsAt: m.startsAt.toISOString(),
  location: m.location,
  isOnline: m.isOnline,
  isPublic: m.isPublic,
  isDemo: m.isDemo,
  itemCount: m._count.agendaItems,
  cancelled: m.status === 'CANCELLED' ? (m.cancelledReason ?? 'No reason recorded') : null,
  version: m.version,
})

export type ItemRow = {
  id: string
  title: string
  description: string | null
  origin: Origin
  status: AgendaItemStatus
  response: string | null
  proposer: string | null
  mine: boolean
  proposedOn: string
  carriedOver: number
  isPrivate: boolean
  isDemo: boolean
  meeting: { id: string; title: string; startsAt: string } | null
  version: number
}

const itemSelect = {
  id: true,
  title: true,
  description: true,
  origin: true,
  status: true,
  response: true,
  createdAt: true,
  carriedOver: true,
  isPrivate: true,
  isDemo: true,
  version: true,
  proposedById: true,
  proposedBy: { select: { name: true } },
  meeting: { select: { id: true, title: true, startsAt: true } },
} as const

const itemRow = (
  user: SessionUser,
  i: {
    id: string
    title: string
    description: string | null
    origin: Origin
    status: AgendaItemStatus
    response: string | null
    createdAt: Date
    carriedOver: number
    isPrivate: boolean
    isDemo: boolean
    version: number
    proposedById: string | null
    proposedBy: { name: string } | null
    meeting: { id: string; title: string; startsAt: Date } | null
  },
): ItemRow => ({
  id: i.id,
  title: i.title,
  description: i.description,
  origin: i.origin,
  status: i.status,
  response: i.response,
  proposer: i.proposedBy?.name ?? null,
  mine: i.proposedById === user.id,
  proposedOn: i.createdAt.toISOString().slice(0, 10),
  carriedOver: i.carriedOver,
  isPrivate: i.isPrivate,
  isDemo: i.isDemo,
  meeting: i.meeting && { id: i.meeting.id, title: i.meeting.title, startsAt: i.meeting.startsAt.toISOString() },
  version: i.version,
})

const abilities = (user: SessionUser, areaId: string) => ({
  manage: allowed(user, 'manage:board', { areaId }),
  setAgenda: allowed(user, 'set:agenda', { areaId }),
  propose: allowed(user, 'propose:agenda-item', { areaId }),
  editPlan: allowed(user, 'edit:plan', { areaId }),
  seeLoad: allowed(user, 'read:board-load', { areaId }),
  correctOrigin: allowed(user, 'correct:origin', { areaId }),
})
export type BoardAbilities = ReturnType<typeof abilities>

export type BoardRoom = {
  board: Omit<BoardRef, 'area'>
  area: BoardRef['area']
  can: BoardAbilities
  members: { current: MemberRow[]; past: MemberRow[] }
  meetings: { coming: MeetingRow[]; past: MeetingRow[] }
  backlog: ItemRow[]
  closed: ItemRow[]
  motions: MotionRow[]
}

/** The board's page: members, meetings and backlog. Null when the user may not read the board. */
export async function getBoardRoom(user: SessionUser, slug: string): Promise<BoardRoom | null> {
  const board = await requireBoard(user, slug, 'read:board').catch(notFoundAsNull)
  if (!board) return null
  const db = await getDb()
  const now = new Date()
  const today = todayUk()
  const [members, meetings, backlog, closed] = await Promise.all([
    db.boardMembership.findMany({ where: { boardId: board.id }, select: memberSelect }),
    db.meeting.findMany({ where: { boardId: board.id }, orderBy: { startsAt: 'asc' }, select: meetingSelect }),
    db.agendaItem.findMany({
      where: { boardId: board.id, status: { in: ['BACKLOG', 'DEFERRED'] } },
      orderBy: { createdAt: 'asc' },
      select: itemSelect,
    }),
    db.agendaItem.findMany({
      where: { boardId: board.id, status: { in: ['DECLINED', 'WITHDRAWN'] } },
      orderBy: { updatedAt: 'desc' },
      take: 50,
      select: itemSelect,
    }),
  ])
  const rows = members.map(memberRow)
  const isCurrent = (m: MemberRow) => !m.endsOn || m.endsOn >= iso(today)!
  const { area, ...rest } = board
  return {
    board: rest,
    area,
    can: abilities(user, area.id),
    members: { current: rows.filter(isCurrent).sort(byRole), past: rows.filter((m) => !isCurrent(m)).sort(byRole) },
    meetings: {
      coming: meetings.filter((m) => m.startsAt >= now).map(meetingRow),
      past: meetings
        .filter((m) => m.startsAt < now)
        .reverse()
        .map(meetingRow),
    },
    backlog: backlog.map((i) => itemRow(user, i)),
    closed: closed.map((i) => itemRow(user, i)),
    motions: await listMotions(board.id),
  }
}

export type DecisionRow = {
  id: string
  summary: string
  origin: Origin
  decidedOn: string
  isDemo: boolean
  /** The published action it created, or the draft action still waiting for approval. */
  action: { id: string; title: string } | null
  draftAction: boolean
}

const decisionSelect = {
  id: true,
  summary: true,
  origin: true,
  decidedOn: true,
  isDemo: true,
  draftActionId: true,
  agendaItemId: true,
  action: { select: { id: true, title: true } },
} as const

const decisionRow = (d: {
  id: string
  summary: string
  origin: Origin
  decidedOn: Date
  isDemo: boolean
  draftActionId: string | null
  action: { id: string; title: string } | null
}): DecisionRow => ({
  id: d.id,
  summary: d.summary,
  origin: d.origin,
  decidedOn: d.decidedOn.toISOString().slice(0, 10),
  isDemo: d.isDemo,
  action: d.action,
  draftAction: Boolean(d.draftActionId),
})

export type PaperRow = {
  id: string
  title: string
  fileName: string
  sizeBytes: number
  isPublic: boolean
  /** Withdrawn papers are listed for the board with the reason, and opened by nobody. */
  withdrawnAt: Date | null
  withdrawnReason: string | null
  /** Measured at upload (lib/paper-length.ts); null when unknown. */
  pages: number | null
  words: number | null
  contentType: string
}

export type MinutesState = {
  status: 'NONE' | 'DRAFT' | 'CIRCULATED' | 'APPROVED'
  approvedOn: string | null
  approvedAt: string | null
  version: number
  /** Current members on the meeting's day; attended null until attendance is recorded. */
  attendance: { membershipId: string; name: string; role: BoardRole; attended: boolean | null; deputy: string | null }[]
  amendments: { id: string; item: string | null; proposer: string; suggestion: string; status: string; version: number }[]
  /** The reader attended, so may suggest amendments (once circulated) and, as chair, approve. */
  attended: boolean
  /** Later meetings that have taken place: where the minutes can be approved. */
  laterMeetings: { id: string; label: string }[]
  /** The latest vote between meetings on approving them: open until its result is recorded. */
  vote: { id: string; closesAt: Date; open: boolean; carried: boolean | null } | null
}

export type MeetingRoom = {
  area: BoardRef['area']
  can: BoardAbilities
  minutes: MinutesState
  /** `started`: the meeting's day has come, so outcomes and decisions can be recorded. */
  /** `upcoming`: scheduled and not started, so it can still be moved or cancelled. */
  meeting: MeetingRow & { started: boolean; upcoming: boolean }
  items: (ItemRow & { decisions: DecisionRow[]; minutes: string | null; papers: PaperRow[] })[]
  /** For a decision that adds an action: the draft plan's priorities. */
  priorities: { id: string; label: string }[]
  /** The board's meeting before this one, whose minutes the board pack carries. */
  previousId: string | null
  /** Votes between meetings whose results were recorded since the board's previous meeting: to ratify. */
  toRatify: { id: string; question: string; carried: boolean; quorate: boolean }[]
  /** The "Cannot attend?" form, for a current member before the meeting starts. */
  namedDeputy: NamedDeputyForm | null
}

export async function getMeetingRoom(user: SessionUser, meetingId: string): Promise<MeetingRoom | null> {
  const db = await getDb()
  const m = await db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      ...meetingSelect,
      boardId: true,
      version: true,
      minutesStatus: true,
      minutesApprovedAt: true,
      minutesApprovedAtMeetingId: true,
      board: { select: { area: { select: { id: true, slug: true, name: true } } } },
    },
  })
  if (!m || !allowed(user, 'read:board', { areaId: m.board.area.id })) return null
  const area = m.board.area
  const can = abilities(user, area.id)
  const previous = await db.meeting.findFirst({
    where: { boardId: m.boardId, startsAt: { lt: m.startsAt }, status: { not: 'CANCELLED' } },
    orderBy: { startsAt: 'desc' },
    select: { id: true, startsAt: true },
  })
  const meetingDay = londonDate(m.startsAt)
  const [items, decisions, priorities, toRatify, members, attendance, amendments, later, vote] = await Promise.all([
    db.agendaItem.findMany({
      where: { meetingId },
      orderBy: { position: 'asc' },
      select: {
        ...itemSelect,
        minutes: true,
        papers: {
          orderBy: { createdAt: 'asc' },
          select: {
            id: true,
            title: true,
            fileName: true,
            sizeBytes: true,
            isPublic: true,
            withdrawnReason: true,
            withdrawnAt: true,
            pages: true,
            words: true,
            contentType: true,
          },
        },
      },
    }),
    db.decision.findMany({ where: { meetingId }, orderBy: { createdAt: 'asc' }, select: decisionSelect }),
    can.manage && can.editPlan
      ? loadDraft(area.id).then(({ draft }) => listDraftPriorities(area.id, draft))
      : Promise.resolve([]),
    db.motion.findMany({
      where: {
        boardId: m.boardId,
        status: 'CLOSED',
        closedAt: { lt: m.startsAt, ...(previous ? { gte: previous.startsAt } : {}) },
      },
      orderBy: { closedAt: 'asc' },
      select: { id: true, question: true, carried: true, quorate: true },
    }),
    db.boardMembership.findMany({
      where: { boardId: m.boardId, ...currentOn(meetingDay) },
      orderBy: { person: { name: 'asc' } },
      select: { id: true, role: true, person: { select: { name: true, user: { select: { id: true } } } } },
    }),
    db.meetingAttendance.findMany({ where: { meetingId }, select: { membershipId: true, attended: true } }),
    db.minutesAmendment.findMany({
      where: { meetingId },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        suggestion: true,
        status: true,
        version: true,
        agendaItem: { select: { title: true } },
        proposedById: true,
      },
    }),
    db.meeting.findMany({
      where: {
        boardId: m.boardId,
        startsAt: { gt: m.startsAt, lte: new Date(Date.now() + 86_400_000) },
        status: { not: 'CANCELLED' },
      },
      orderBy: { startsAt: 'asc' },
      select: { id: true, title: true, startsAt: true },
    }),
    db.motion.findFirst({
      where: { minutesOfMeetingId: meetingId },
      orderBy: { opensAt: 'desc' },
      select: { id: true, closesAt: true, status: true, carried: true },
    }),
  ])
  const present = new Map(attendance.map((a) => [a.membershipId, a.attended]))
  const occasion = { kind: 'meeting', id: meetingId } as const
  const deputies = await namedDeputiesOf(db, occasion)
  const upcoming = m.status === 'SCHEDULED' && m.startsAt.getTime() > Date.now()
  const isMember = members.some((x) => x.person.user?.id === user.id)
  const proposers = await db.user.findMany({
    where: { id: { in: amendments.map((a) => a.proposedById) } },
    select: { id: true, name: true },
  })
  const approvedAt = m.minutesApprovedAtMeetingId ? later.find((l) => l.id === m.minutesApprovedAtMeetingId) : undefined
  return {
    area,
    can,
    minutes: {
      status: m.minutesStatus,
      approvedOn: m.minutesApprovedAt ? m.minutesApprovedAt.toISOString().slice(0, 10) : null,
      approvedAt: approvedAt?.title ?? null,
      vote: vote ? { id: vote.id, closesAt: vote.closesAt, open: vote.status === 'OPEN', carried: vote.carried } : null,
      version: m.version,
      attendance: members.map((x) => ({
        membershipId: x.id,
        name: x.person.name,
        role: x.role,
        attended: present.get(x.id) ?? null,
        deputy: deputies.find((d) => d.memberId === x.person.user?.id)?.deputy ?? null,
      })),
      amendments: amendments.map((a) => ({
        id: a.id,
        item: a.agendaItem?.title ?? null,
        proposer: proposers.find((p) => p.id === a.proposedById)?.name ?? 'Unknown',
        suggestion: a.suggestion,
        status: a.status,
        version: a.version,
      })),
      attended: members.some((x) => x.person.user?.id === user.id && present.get(x.id) === true),
      laterMeetings: later
        .filter((l) => meetingDayReached(l.startsAt))
        .map((l) => ({ id: l.id, label: `${l.title}, ${formatLondon(l.startsAt)}` })),
    },
    previousId: previous?.id ?? null,
    toRatify: toRatify.map((t) => ({ id: t.id, question: t.question, carried: t.carried ?? false, quorate: t.quorate ?? false })),
    // A cancelled meeting never takes place: nothing is recorded at it.
    meeting: {
      ...meetingRow(m),
      started: m.status !== 'CANCELLED' && meetingDayReached(m.startsAt),
      upcoming,
    },
    namedDeputy: upcoming && isMember ? await namedDeputyForm(occasion, m.boardId, user.id) : null,
    items: items.map((i) => ({
      ...itemRow(user, i),
      decisions: decisions.filter((d) => d.agendaItemId === i.id).map(decisionRow),
      minutes: i.minutes,
      papers: i.papers,
    })),
    priorities: priorities.map((p) => ({ id: p.id, label: priorityLabel(p) })),
  }
}

export type ItemRoom = {
  area: BoardRef['area']
  can: BoardAbilities
  /** The reader is a current member (so declares their own interests). */
  isMember: boolean
  declarations: { name: string; interest: string }[]
  item: ItemRow
  /** Coming meetings the chair can place it on. */
  meetings: { id: string; title: string; startsAt: string }[]
}

export async function getItemRoom(user: SessionUser, itemId: string): Promise<ItemRoom | null> {
  const db = await getDb()
  const i = await db.agendaItem.findUnique({
    where: { id: itemId },
    select: { ...itemSelect, boardId: true, board: { select: { area: { select: { id: true, slug: true, name: true } } } } },
  })
  if (!i || !allowed(user, 'read:board', { areaId: i.board.area.id })) return null
  const can = abilities(user, i.board.area.id)
  const [personId, declarations] = await Promise.all([
    currentMemberPerson(db, i.boardId, user.id),
    db.declarationOfInterest.findMany({
      where: { agendaItemId: itemId, endedOn: null },
      select: { interest: true, person: { select: { name: true } } },
    }),
  ])
  const meetings = can.setAgenda
    ? await db.meeting.findMany({
        where: { boardId: i.boardId, status: 'SCHEDULED', startsAt: { gt: new Date() } },
        orderBy: { startsAt: 'asc' },
        select: { id: true, title: true, startsAt: true },
      })
    : []
  return {
    area: i.board.area,
    can,
    isMember: personId !== null,
    declarations: declarations.map((d) => ({ name: d.person.name, interest: d.interest })),
    item: itemRow(user, i),
    meetings: meetings.map((m) => ({ id: m.id, title: m.title, startsAt: m.startsAt.toISOString() })),
  }
}

export type MemberRoom = {
  area: BoardRef['area']
  member: MemberRow
  /** Current members who could deputise. */
  deputies: { id: string; label: string }[]
  deputyId: string | null
}

export async function getMemberRoom(user: SessionUser, membershipId: string): Promise<MemberRoom | null> {
  const db = await getDb()
  const m = await db.boardMembership.findUnique({
    where: { id: membershipId },
    select: {
      ...memberSelect,
      boardId: true,
      deputyId: true,
      board: { select: { area: { select: { id: true, slug: true, name: true } } } },
    },
  })
  if (!m || !allowed(user, 'manage:board', { areaId: m.board.area.id })) return null
  const others = await db.boardMembership.findMany({
    where: { boardId: m.boardId, id: { not: m.id }, ...currentOn(todayUk()) },
    select: { id: true, role: true, person: { select: { name: true } } },
    orderBy: { person: { name: 'asc' } },
  })
  return {
    area: m.board.area,
    member: memberRow(m),
    deputyId: m.deputyId,
    deputies: others.map((o) => ({ id: o.id, label: o.person.name })),
  }
}

/** Who a new member's portal account can be: the area's active accounts. */
export async function getMemberChoices(user: SessionUser, slug: string) {
  const board = await requireBoard(user, slug, 'manage:board').catch(notFoundAsNull)
  if (!board) return null
  const db = await getDb()
  const accounts = await db.user.findMany({
    where: { disabled: false, areaScopes: { some: { areaId: board.area.id } } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, email: true },
  })
  return { area: board.area, accounts: accounts.map((a) => ({ id: a.id, label: `${a.name} (${a.email})` })) }
}

/** The board's name and area for pages that only need to know the user may propose or schedule. */
export async function getBoardFor(user: SessionUser, slug: string, permission: 'propose:agenda-item' | 'manage:board') {
  const board = await requireBoard(user, slug, permission).catch(notFoundAsNull)
  return board && { area: board.area, quorumPercent: board.quorumPercent, can: abilities(user, board.area.id) }
}
