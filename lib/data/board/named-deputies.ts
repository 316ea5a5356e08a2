/**
 * A deputy for one occasion: a member who cannot take part in one vote, one meeting or one
 * consultation names another current member of the board (with a portal account) to act for
 * them there only; their standing deputy, if any, still may too. The deputy is told and briefed.
 * What they do is the member's, entered by the deputy (castVote, respondToConsultation; at a
 * meeting they attend in the member's place), and what the member does themself stands.
 *
 * One function names or removes the deputy for every occasion; each occasion says who may name
 * one, when, and what the deputy is told.
 */
import 'server-only'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { actorOf, recordAudit } from '@/lib/data/audit'
import { authorize, type AreaRef } from '@/lib/data/guard'
import { notify } from '@/lib/data/notifications/notify'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import type { EntityType, NotificationKind, Prisma } from '@/lib/generated/prisma/client'
import { formatLondon, londonDate } from '@/lib/london-time'
import type { NamedDeputyInput } from '@/lib/validation/board'
import { invalid, notNow } from './board-ref'
import { currentMemberPerson, currentOn, votingMembers } from './membership'
import { occasionWhere, type Occasion, type OccasionKind } from './occasion'

type Tx = Prisma.TransactionClient

/** What the rules of one occasion need to know about it. */
type Loaded = {
  boardId: string
  area: AreaRef
  /** Why it takes no deputy now (closed, started), if it does not. */
  closed: string | null
  title: string
  link: string
  /** Users who may not stand in (besides the member): the chair who asks a consultation's question. */
  excluded: string[]
}

type Rules = {
  entity: EntityType
  load: (id: string, now: Date) => Promise<Loaded | null>
  lock: (tx: Tx, id: string) => Promise<unknown>
  /** Refuses a member who cannot name a deputy here (not a voter, has acted themself). */
  check: (tx: Tx, o: Loaded, id: string, user: SessionUser) => Promise<void>
  told: { kind: NotificationKind; title: (member: string, o: Loaded) => string }
  audit: string
}

const boardOf = async (areaId: string) => (await getDb()).board.findUnique({ where: { areaId }, select: { id: true } })

const RULES: Record<OccasionKind, Rules> = {
  motion: {
    entity: 'MOTION',
    async load(id, now) {
      const m = await (
        await getDb()
      ).motion.findUnique({
        where: { id },
        select: {
          boardId: true,
          question: true,
          status: true,
          closesAt: true,
          board: { select: { area: { select: { id: true, slug: true, name: true } } } },
        },
      })
      if (!m) return null
      return {
        boardId: m.boardId,
        area: m.board.area,
        closed: m.status !== 'OPEN' || m.closesAt <= now ? 'This vote has closed.' : null,
        title: `${m.question} (voting closes ${formatLondon(m.closesAt)})`,
        link: `/boards/${m.board.area.slug}/motions/${id}`,
        excluded: [],
      }
    },
    // The lock castVote takes: naming or removing a deputy and a vote never interleave.
    lock: (tx, id) => tx.$queryRaw`SELECT id FROM "Motion" WHERE id = ${id} FOR UPDATE`,
    async check(tx, o, id, user) {
      if (!(await votingMembers(tx, o.boardId)).some((m) => m.userId === user.id))
        throw notNow('Only a voting member of the board names a deputy for a vote.')
      // A vote the member cast themself stands; one their deputy entered can still be left to another.
      const own = await tx.vote.findUnique({
        where: { motionId_userId: { motionId: id, userId: user.id } },
        select: { enteredById: true },
      })
      if (own && own.enteredById === null)
        throw notNow('You have voted, so your vote stands: there is nothing for a deputy to do.')
    },
    told: { kind: 'VOTE_OPENED', title: (member, o) => `${o.area.name}: ${member} asks you to vote for them — ${o.title}` },
    audit: 'vote',
  },
  meeting: {
    entity: 'MEETING',
    async load(id, now) {
      const m = await (
        await getDb()
      ).meeting.findUnique({
        where: { id },
        select: {
          boardId: true,
          title: true,
          status: true,
          startsAt: true,
          board: { select: { area: { select: { id: true, slug: true, name: true } } } },
        },
      })
      if (!m) return null
      return {
        boardId: m.boardId,
        area: m.board.area,
        closed:
          m.status === 'CANCELLED'
            ? 'This meeting was cancelled.'
            : m.status !== 'SCHEDULED' || m.startsAt <= now
              ? 'This meeting has started, so a deputy can no longer be named for it.'
              : null,
        title: `${m.title}, ${formatLondon(m.startsAt)}`,
        link: `/boards/${m.board.area.slug}/meetings/${id}`,
        excluded: [],
      }
    },
    // The lock moving or cancelling the meeting takes.
    lock: (tx, id) => tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${id} FOR UPDATE`,
    async check(tx, o, _id, user) {
      if (!(await currentMemberPerson(tx, o.boardId, user.id)))
        throw notNow('Only a current member of the board names a deputy for a meeting.')
    },
    told: { kind: 'MEETING_CHANGED', title: (member, o) => `${o.area.name}: ${member} asks you to attend for them — ${o.title}` },
    audit: 'meeting',
  },
  consultation: {
    entity: 'CONSULTATION',
    async load(id, now) {
      const c = await (
        await getDb()
      ).consultation.findUnique({
        where: { id },
        select: {
          areaId: true,
          question: true,
          status: true,
          closesAt: true,
          openedById: true,
          area: { select: { id: true, slug: true, name: true } },
        },
      })
      const board = c ? await boardOf(c.areaId) : null
      if (!c || !board) return null
      return {
        boardId: board.id,
        area: c.area,
        closed: c.status !== 'OPEN' || c.closesAt <= now ? 'This consultation has closed.' : null,
        title: `${c.question} (closes ${formatLondon(c.closesAt)})`,
        link: `/plans/${c.area.slug}/consultations/${id}`,
        // The chair who asks gives the board's answer; they do not answer for a member.
        excluded: c.openedById ? [c.openedById] : [],
      }
    },
    // The lock respondToConsultation and closeConsultation take.
    lock: (tx, id) => tx.$queryRaw`SELECT id FROM "Consultation" WHERE id = ${id} FOR UPDATE`,
    async check(tx, o, id, user) {
      authorize(user, 'respond:consultation', { areaId: o.area.id })
      if (o.excluded.includes(user.id))
        throw notNow('You opened this consultation: the board’s answer is yours to give when you close it.')
      if (!(await currentMemberPerson(tx, o.boardId, user.id)))
        throw notNow('Only a current member of the board names a deputy for a consultation.')
      const own = await tx.consultationResponse.findUnique({
        where: { consultationId_respondentId: { consultationId: id, respondentId: user.id } },
        select: { enteredById: true },
      })
      if (own && own.enteredById === user.id)
        throw notNow('You have responded, so your response stands: there is nothing for a deputy to do.')
    },
    told: {
      kind: 'CONSULTATION_OPENED',
      title: (member, o) => `${o.area.name}: ${member} asks you to respond for them — ${o.title}`,
    },
    audit: 'consultation',
  },
}

/** Current members of the board with an account, other than the member: who may stand in. */
async function deputyChoices(boardId: string, memberId: string, excluded: string[]) {
  const db = await getDb()
  const rows = await db.boardMembership.findMany({
    where: { boardId, ...currentOn(londonDate(new Date())), person: { user: { isNot: null } } },
    orderBy: { person: { name: 'asc' } },
    select: { person: { select: { name: true, user: { select: { id: true, disabled: true } } } } },
  })
  const seen = new Set<string>([memberId, ...excluded])
  return rows.flatMap((r) => {
    const u = r.person.user
    if (!u || u.disabled || seen.has(u.id)) return []
    seen.add(u.id)
    return [{ id: u.id, name: r.person.name }]
  })
}

async function loadFor(user: SessionUser, o: Occasion, now: Date) {
  const loaded = await RULES[o.kind].load(o.id, now)
  if (!loaded) throw new AppError('NOT_FOUND', { message: `${o.kind} ${o.id} not found` })
  authorize(user, 'read:board', { areaId: loaded.area.id })
  return loaded
}

export const isOccasionKind = (k: string): k is OccasionKind => Object.hasOwn(RULES, k)

/** Names (or, with null, removes) the member's deputy for the occasion; returns the occasion's page. */
export async function nameDeputy(
  user: SessionUser,
  o: Occasion,
  input: NamedDeputyInput,
  now = new Date(),
): Promise<{ link: string }> {
  const rules = RULES[o.kind]
  const loaded = await loadFor(user, o, now)
  if (loaded.closed) throw notNow(loaded.closed)
  const db = await getDb()
  // Read before the transaction (one connection on the embedded database).
  const choices = input.namedDeputyId ? await deputyChoices(loaded.boardId, user.id, loaded.excluded) : []
  const key = { ...occasionWhere(o), memberId: user.id }
  await db.$transaction(async (tx) => {
    await rules.lock(tx, o.id)
    await rules.check(tx, loaded, o.id, user)
    const before = await tx.namedDeputy.findFirst({ where: key, select: { id: true, deputyId: true } })
    if (input.namedDeputyId === null) {
      if (!before) return
      await tx.namedDeputy.delete({ where: { id: before.id } })
    } else {
      if (!choices.some((c) => c.id === input.namedDeputyId))
        throw invalid('Select a current member of the board with a portal account, or “Nobody”')
      if (before?.deputyId === input.namedDeputyId) return
      if (before) await tx.namedDeputy.update({ where: { id: before.id }, data: { deputyId: input.namedDeputyId } })
      else await tx.namedDeputy.create({ data: { ...key, deputyId: input.namedDeputyId } })
      await notify(tx, {
        kind: rules.told.kind,
        areaId: loaded.area.id,
        userIds: [input.namedDeputyId],
        actorId: user.id,
        title: rules.told.title(user.name, loaded),
        body: `You act for ${user.name} on this ${rules.audit} only. What they do themself stands.`,
        link: loaded.link,
      })
    }
    await recordAudit(tx, {
      actor: actorOf(user),
      action: `${input.namedDeputyId ? 'named' : 'removed'} deputy for ${rules.audit}`,
      entityType: rules.entity,
      entityId: o.id,
      areaId: loaded.area.id,
      before: before ? { deputyId: before.deputyId } : undefined,
      after: { deputyId: input.namedDeputyId },
    })
  })
  return { link: loaded.link }
}

/**
 * The "Cannot take part?" form's contents for a member reading the occasion (the caller has
 * checked they may read the board and may act there themself): who may stand in, and who they named.
 */
export type NamedDeputyForm = { choices: { id: string; name: string }[]; current: string | null }

export async function namedDeputyForm(
  o: Occasion,
  boardId: string,
  memberId: string,
  excluded: string[] = [],
): Promise<NamedDeputyForm | null> {
  const [choices, named] = await Promise.all([
    deputyChoices(boardId, memberId, excluded),
    (await getDb()).namedDeputy.findFirst({ where: { ...occasionWhere(o), memberId }, select: { deputyId: true } }),
  ])
  // Nobody to name and nobody named: no form to show.
  if (choices.length === 0 && !named) return null
  return { choices, current: named?.deputyId ?? null }
}

/** Who each member named for this occasion (for the attendance record and the board's view). */
export async function namedDeputiesOf(db: Pick<Tx, 'namedDeputy'>, o: Occasion) {
  const rows = await db.namedDeputy.findMany({
    where: occasionWhere(o),
    select: {
      memberId: true,
      member: { select: { name: true } },
      deputy: { select: { id: true, name: true, person: { select: { name: true } } } },
    },
  })
  // The board knows its members by the names on the membership.
  return rows.map((r) => ({
    memberId: r.memberId,
    member: r.member.name,
    deputyId: r.deputy.id,
    deputy: r.deputy.person?.name ?? r.deputy.name,
  }))
}
