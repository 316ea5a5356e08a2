/**
 * Board membership: the delivery team and admins (`manage:board`) add a member, end a term and
 * appoint a deputy. Nothing is deleted: an ended term stays as the board's history. Every change
 * is audited and expires the public board page (it counts and, where agreed, names members).
 */
import 'server-only'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { actorOf, recordAudit } from '@/lib/data/audit'
import { getDb } from '@/lib/db/client'
import { StaleWrite } from '@/lib/errors'
import { formatDate } from '@/lib/format'
import { expirePublicArea } from '@/lib/data/public/cache'
import type { DeputyInput, EndTermInput, MemberInput } from '@/lib/validation/board'
import { authorizeBoardRow, boardAreaSelect, invalid, lockBoard, notNow, requireBoard } from './board-ref'
import { londonDate } from '@/lib/london-time'
import { occasionWhere, type Occasion } from './occasion'

/** A term's days are UK days: from midnight in London, not in UTC (an hour apart in summer). */
const today = () => londonDate(new Date())

/** Current on `day`: started (or no start recorded) and not yet ended. */
export const currentOn = (day: Date) => ({
  OR: [{ startsOn: null }, { startsOn: { lte: day } }],
  AND: [{ OR: [{ endsOn: null }, { endsOn: { gte: day } }] }],
})

export async function addMember(user: SessionUser, slug: string, input: MemberInput): Promise<{ id: string }> {
  const board = await requireBoard(user, slug, 'manage:board')
  if (input.endsOn && input.startsOn && input.endsOn < input.startsOn)
    throw invalid('The date their term ends must be on or after the date it started')
  const db = await getDb()
  const account = input.userId
    ? await db.user.findFirst({
        where: { id: input.userId, disabled: false, areaScopes: { some: { areaId: board.area.id } } },
        select: { id: true, personId: true },
      })
    : null
  if (input.userId && !account) throw invalid('Select a portal account of this area, or “No account”')

  const row = await db.$transaction(async (tx) => {
    await lockBoard(tx, board.id)
    const organisation = input.organisation
      ? await tx.organisation.upsert({
          where: { name: input.organisation },
          create: { name: input.organisation, sector: input.sector },
          update: {},
          select: { id: true },
        })
      : null
    // Someone with an account is one person however many roles they hold.
    const personId =
      account?.personId ??
      (await tx.person.create({ data: { name: input.name as string, organisationId: organisation?.id }, select: { id: true } }))
        .id
    if (account && !account.personId) await tx.user.update({ where: { id: account.id }, data: { personId } })
    const duplicate = await tx.boardMembership.findFirst({
      where: { boardId: board.id, personId, role: input.role, ...currentOn(today()) },
      select: { id: true },
    })
    if (duplicate) throw invalid('This person already holds that role on the board')
    const membership = await tx.boardMembership.create({
      data: {
        boardId: board.id,
        personId,
        role: input.role,
        sector: input.sector,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        listedPublicly: input.listedPublicly,
        recordedById: user.id,
      },
      select: { id: true },
    })
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'added board member',
      entityType: 'BOARD_MEMBERSHIP',
      entityId: membership.id,
      areaId: board.area.id,
      after: {
        name: input.name,
        organisation: input.organisation,
        role: input.role,
        sector: input.sector,
        startsOn: input.startsOn ? formatDate(input.startsOn) : null,
        listedPublicly: input.listedPublicly,
      },
    })
    return membership
  })
  expirePublicArea(board.area.slug)
  return row
}

async function editableMembership(user: SessionUser, id: string) {
  const db = await getDb()
  const m = await db.boardMembership.findUnique({
    where: { id },
    select: {
      id: true,
      boardId: true,
      version: true,
      startsOn: true,
      endsOn: true,
      person: { select: { name: true } },
      ...boardAreaSelect,
    },
  })
  return authorizeBoardRow(user, m, 'manage:board', `membership ${id}`)
}

const staleMembership = (version: number) =>
  new StaleWrite('Someone else changed this membership while you were working. Check it, then try again.', String(version))

export async function endTerm(user: SessionUser, id: string, input: EndTermInput): Promise<void> {
  const m = await editableMembership(user, id)
  if (m.endsOn && m.endsOn < today()) throw notNow('This member’s term has already ended.')
  if (m.startsOn && input.endsOn && input.endsOn < m.startsOn)
    throw invalid(`The date their term ended must be on or after it started (${formatDate(m.startsOn)})`)
  const db = await getDb()
  await db.$transaction(async (tx) => {
    const bumped = await tx.boardMembership.updateMany({
      where: { id, version: input.version },
      data: { endsOn: input.endsOn, endedReason: input.endedReason, version: { increment: 1 } },
    })
    if (bumped.count !== 1) throw staleMembership(m.version)
    // Nobody deputises for someone who is no longer on the board.
    await tx.boardMembership.updateMany({ where: { deputyId: id }, data: { deputyId: null, version: { increment: 1 } } })
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'ended board membership',
      entityType: 'BOARD_MEMBERSHIP',
      entityId: id,
      areaId: m.board.area.id,
      before: { endsOn: m.endsOn ? formatDate(m.endsOn) : null },
      after: { name: m.person.name, endsOn: input.endsOn ? formatDate(input.endsOn) : null, reason: input.endedReason },
    })
  })
  expirePublicArea(m.board.area.slug)
}

export async function setDeputy(user: SessionUser, id: string, input: DeputyInput): Promise<void> {
  const m = await editableMembership(user, id)
  if (m.endsOn && m.endsOn < today()) throw notNow('This member’s term has ended, so they have no deputy.')
  if (input.deputyId === id) throw invalid('A member cannot be their own deputy')
  const db = await getDb()
  const deputy = input.deputyId
    ? await db.boardMembership.findFirst({
        where: { id: input.deputyId, boardId: m.boardId, ...currentOn(today()) },
        select: { id: true, person: { select: { name: true } } },
      })
    : null
  if (input.deputyId && !deputy) throw invalid('Select a current member of this board as the deputy')
  await db.$transaction(async (tx) => {
    const bumped = await tx.boardMembership.updateMany({
      where: { id, version: input.version },
      data: { deputyId: input.deputyId, version: { increment: 1 } },
    })
    if (bumped.count !== 1) throw staleMembership(m.version)
    await recordAudit(tx, {
      actor: actorOf(user),
      action: input.deputyId ? 'appointed deputy' : 'removed deputy',
      entityType: 'BOARD_MEMBERSHIP',
      entityId: id,
      areaId: m.board.area.id,
      after: { member: m.person.name, deputy: deputy?.person.name ?? null },
    })
  })
}

/** Roles that vote: observers and the DfE delivery team attend without a vote. */
export const VOTING_ROLES = ['CHAIR', 'VICE_CHAIR', 'MEMBER'] as const

type Db = Awaited<ReturnType<typeof getDb>>
type Reader = Pick<Db, 'boardMembership'>

/** The board's current voting members who have a portal account (votes are cast signed in). */
export async function votingMembers(db: Reader, boardId: string, on = today()) {
  const rows = await db.boardMembership.findMany({
    where: {
      boardId,
      role: { in: [...VOTING_ROLES] },
      ...currentOn(on),
      person: { user: { is: { disabled: false } } },
    },
    select: { personId: true, person: { select: { name: true, user: { select: { id: true } } } } },
  })
  const byUser = new Map<string, { userId: string; personId: string; name: string }>()
  for (const r of rows)
    if (r.person.user) byUser.set(r.person.user.id, { userId: r.person.user.id, personId: r.personId, name: r.person.name })
  return [...byUser.values()]
}

/**
 * The members of the area's board this user is the current deputy of, with a portal account —
 * and, for one occasion (a vote, meeting or consultation of that area), the members who named
 * them their deputy for it only.
 */
export async function deputisedFor(
  tx: Pick<Db, 'user' | 'boardMembership' | 'namedDeputy'>,
  areaId: string,
  userId: string,
  now = new Date(),
  /** The one vote, meeting or consultation being acted on: deputies named for it count too. */
  occasion?: Occasion,
) {
  const current = currentOn(londonDate(now))
  const me = await tx.user.findUnique({ where: { id: userId }, select: { personId: true } })
  if (!me?.personId) return []
  const [rows, named] = await Promise.all([
    tx.boardMembership.findMany({
      where: { board: { areaId }, ...current, deputy: { personId: me.personId, ...current } },
      select: { person: { select: { user: { select: { id: true, name: true, disabled: true } } } } },
    }),
    occasion
      ? tx.namedDeputy.findMany({
          where: { ...occasionWhere(occasion), deputyId: userId },
          select: { member: { select: { id: true, name: true, disabled: true } } },
        })
      : Promise.resolve([]),
  ])
  const people = [...rows.map((r) => r.person.user), ...named.map((n) => n.member)]
  const byId = new Map(people.flatMap((u) => (u && !u.disabled ? [[u.id, { id: u.id, name: u.name }] as const] : [])))
  return [...byId.values()]
}

/** The user's person on this board, if they are a current member (any role). */
export async function currentMemberPerson(db: Reader, boardId: string, userId: string): Promise<string | null> {
  const m = await db.boardMembership.findFirst({
    where: { boardId, ...currentOn(today()), person: { user: { is: { id: userId } } } },
    select: { personId: true },
  })
  return m?.personId ?? null
}
