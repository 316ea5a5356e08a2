/**
 * What board members read of votes between meetings and declarations of interest: the
 * board's motions with their turnout, one motion with the reader's own position in it, and
 * the register of interests. All for the area's board only (`read:board`).
 */
import 'server-only'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { allowed } from '@/lib/data/guard'
import { getDb } from '@/lib/db/client'
import type { VoteChoice } from '@/lib/generated/prisma/enums'
import type { Tally } from '@/lib/vote-result'
import { requireBoard, type BoardRef } from './board-ref'
import { currentMemberPerson, deputisedFor } from './membership'
import { currentTally, motionIsOpen } from './motions'
import { londonDate } from '@/lib/london-time'
import { namedDeputyForm, type NamedDeputyForm } from './named-deputies'

type Db = Awaited<ReturnType<typeof getDb>>

export type MotionRow = {
  id: string
  question: string
  closesAt: string
  open: boolean
  isSecret: boolean
  isDemo: boolean
  /** The recorded result once closed; the live count while open. */
  tally: Tally
  recorded: boolean
}

const recordedTally = (m: {
  eligibleCount: number | null
  votesFor: number | null
  votesAgainst: number | null
  abstentions: number | null
  quorate: boolean | null
  carried: boolean | null
  quorumPercent: number
}): Tally => {
  const eligible = m.eligibleCount ?? 0
  const cast = (m.votesFor ?? 0) + (m.votesAgainst ?? 0) + (m.abstentions ?? 0)
  return {
    eligible,
    conflicted: 0,
    for: m.votesFor ?? 0,
    against: m.votesAgainst ?? 0,
    abstain: m.abstentions ?? 0,
    cast,
    needed: Math.max(1, Math.ceil((eligible * m.quorumPercent) / 100)),
    quorate: m.quorate ?? false,
    carried: m.carried ?? false,
  }
}

const motionSelect = {
  id: true,
  boardId: true,
  question: true,
  closesAt: true,
  status: true,
  isSecret: true,
  isDemo: true,
  quorumPercent: true,
  eligibleCount: true,
  votesFor: true,
  votesAgainst: true,
  abstentions: true,
  quorate: true,
  carried: true,
  version: true,
} as const

type MotionSelected = {
  id: string
  boardId: string
  question: string
  closesAt: Date
  status: 'OPEN' | 'CLOSED'
  isSecret: boolean
  isDemo: boolean
  quorumPercent: number
  eligibleCount: number | null
  votesFor: number | null
  votesAgainst: number | null
  abstentions: number | null
  quorate: boolean | null
  carried: boolean | null
  version: number
}

async function motionRow(db: Db, m: MotionSelected): Promise<MotionRow> {
  const recorded = m.status === 'CLOSED'
  return {
    id: m.id,
    question: m.question,
    closesAt: m.closesAt.toISOString(),
    open: motionIsOpen(m),
    isSecret: m.isSecret,
    isDemo: m.isDemo,
    tally: recorded ? recordedTally(m) : (await currentTally(db, m)).tally,
    recorded,
  }
}

/** The board's motions, open ones first, then the 20 most recent. */
export async function listMotions(boardId: string): Promise<MotionRow[]> {
  const db = await getDb()
  const motions = await db.motion.findMany({
    where: { boardId },
    orderBy: [{ status: 'asc' }, { closesAt: 'desc' }],
    take: 20,
    select: motionSelect,
  })
  return Promise.all(motions.map((m) => motionRow(db, m)))
}

export type MotionRoom = {
  area: BoardRef['area']
  /** For an eligible member who has not voted, while it is open: naming a deputy for this vote. */
  namedDeputy: NamedDeputyForm | null
  motion: MotionRow & { version: number }
  canClose: boolean
  /** The reader: may vote, has an interest declared, or is not a voting member; and their vote. */
  me: {
    position: 'eligible' | 'conflicted' | 'not-voting'
    vote: { choice: VoteChoice; reason: string | null } | null
    member: boolean
  }
  /** Voting members the reader is the deputy of who have not voted themselves, with what the deputy entered. */
  voteFor: { id: string; name: string; voted: boolean; current: VoteChoice | null }[]
  /** Named motions: how each member voted; secret ones: who voted, not how. */
  votes: { name: string; choice: VoteChoice | null; reason: string | null; enteredBy: string | null }[]
  notVoted: string[]
  declarations: { name: string; interest: string }[]
  /** A vote on approving a meeting's circulated minutes: carried, it approves them. */
  minutesOf: { id: string; title: string } | null
}

export async function getMotionRoom(user: SessionUser, motionId: string): Promise<MotionRoom | null> {
  const db = await getDb()
  const m = await db.motion.findUnique({
    where: { id: motionId },
    select: {
      ...motionSelect,
      minutesOf: { select: { id: true, title: true } },
      board: { select: { area: { select: { id: true, slug: true, name: true } } } },
    },
  })
  if (!m || !allowed(user, 'read:board', { areaId: m.board.area.id })) return null
  const [live, votes, declarations, personId] = await Promise.all([
    currentTally(db, m),
    db.vote.findMany({
      where: { motionId },
      orderBy: { castAt: 'asc' },
      select: {
        userId: true,
        choice: true,
        reason: true,
        user: { select: { name: true, person: { select: { name: true } } } },
        enteredBy: { select: { name: true } },
      },
    }),
    db.declarationOfInterest.findMany({
      where: { motionId, endedOn: null },
      select: { interest: true, person: { select: { name: true } } },
    }),
    currentMemberPerson(db, m.boardId, user.id),
  ])
  const row = await motionRow(db, m)
  const mine = votes.find((v) => v.userId === user.id)
  const position = live.conflictedUsers.has(user.id)
    ? 'conflicted'
    : live.members.some((x) => x.userId === user.id)
      ? 'eligible'
      : 'not-voting'
  const voted = new Set(votes.map((v) => v.userId))
  const eligible = new Set(live.members.filter((x) => !live.conflictedUsers.has(x.userId)).map((x) => x.userId))
  const deputyFor =
    m.status === 'OPEN' && !live.conflictedUsers.has(user.id)
      ? await deputisedFor(db, m.board.area.id, user.id, new Date(), { kind: 'motion', id: motionId })
      : []
  return {
    area: m.board.area,
    namedDeputy:
      row.open && position === 'eligible' && !mine
        ? await namedDeputyForm({ kind: 'motion', id: motionId }, m.boardId, user.id)
        : null,
    motion: { ...row, version: m.version },
    canClose: allowed(user, 'set:agenda', { areaId: m.board.area.id }) && m.status === 'OPEN',
    me: { position, vote: mine ? { choice: mine.choice, reason: mine.reason } : null, member: personId !== null },
    // Not a member who has voted themself: their own vote stands (castVote refuses a deputy over it).
    voteFor: deputyFor
      .filter((d) => eligible.has(d.id) && !votes.some((v) => v.userId === d.id && v.enteredBy === null))
      .map((d) => ({
        ...d,
        voted: voted.has(d.id),
        current: m.isSecret ? null : (votes.find((v) => v.userId === d.id)?.choice ?? null),
      })),
    votes: votes.map((v) => ({
      name: v.user.person?.name ?? v.user.name,
      choice: m.isSecret ? null : v.choice,
      reason: m.isSecret ? null : v.reason,
      enteredBy: v.enteredBy?.name ?? null,
    })),
    notVoted: live.members.filter((x) => !voted.has(x.userId) && !live.conflictedUsers.has(x.userId)).map((x) => x.name),
    declarations: declarations.map((d) => ({ name: d.person.name, interest: d.interest })),
    minutesOf: m.minutesOf,
  }
}

export type RegisterEntry = {
  id: string
  interest: string
  declaredOn: string
  reviewedOn: string | null
  reviewDue: boolean
  version: number
}

export type InterestRegister = {
  area: BoardRef['area']
  /** The reader's own person on the board, if a current member. */
  isMember: boolean
  members: { name: string; mine: boolean; entries: RegisterEntry[] }[]
  /** Declarations against items and motions, newest first. */
  specific: { name: string; interest: string; declaredOn: string; about: string }[]
}

const YEAR = 365 * 86_400_000

export async function getInterestRegister(user: SessionUser, slug: string): Promise<InterestRegister | null> {
  const board = await requireBoard(user, slug, 'read:board').catch(() => null)
  if (!board) return null
  const db = await getDb()
  const [declarations, myPerson, members] = await Promise.all([
    db.declarationOfInterest.findMany({
      where: { boardId: board.id, endedOn: null },
      orderBy: { declaredOn: 'desc' },
      select: {
        id: true,
        personId: true,
        interest: true,
        declaredOn: true,
        reviewedOn: true,
        version: true,
        agendaItem: { select: { title: true } },
        motion: { select: { question: true } },
        person: { select: { name: true } },
      },
    }),
    currentMemberPerson(db, board.id, user.id),
    db.boardMembership.findMany({
      where: { boardId: board.id, OR: [{ endsOn: null }, { endsOn: { gte: londonDate(new Date()) } }] },
      orderBy: { person: { name: 'asc' } },
      select: { personId: true, person: { select: { name: true } } },
    }),
  ])
  const people = new Map(members.map((m) => [m.personId, m.person.name]))
  const general = declarations.filter((d) => !d.agendaItem && !d.motion)
  const iso = (d: Date) => d.toISOString().slice(0, 10)
  return {
    area: board.area,
    isMember: myPerson !== null,
    members: [...people].map(([personId, name]) => ({
      name,
      mine: personId === myPerson,
      entries: general
        .filter((d) => d.personId === personId)
        .map((d) => ({
          id: d.id,
          interest: d.interest,
          declaredOn: iso(d.declaredOn),
          reviewedOn: d.reviewedOn ? iso(d.reviewedOn) : null,
          reviewDue: Date.now() - (d.reviewedOn ?? d.declaredOn).getTime() > YEAR,
          version: d.version,
        })),
    })),
    specific: declarations
      .filter((d) => d.agendaItem || d.motion)
      .map((d) => ({
        name: d.person.name,
        interest: d.interest,
        declaredOn: iso(d.declaredOn),
        about: d.agendaItem ? `Agenda item: ${d.agendaItem.title}` : `Vote: ${d.motion?.question ?? ''}`,
      })),
  }
}
