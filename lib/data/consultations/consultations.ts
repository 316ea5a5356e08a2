/**
 * Consultations: the chair puts a time-boxed question about the draft plan to the board; each
 * member (or their deputy, for them) responds once, changeable until it closes; the chair closes
 * it with a summary of the responses and the board's answer, which are published with the next
 * approved plan version (lib/data/plan/approval.ts). Responses stay board-only.
 */
import 'server-only'
import { cache } from 'react'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { actorOf, recordAudit } from '@/lib/data/audit'
import { allowed, authorize, requireArea } from '@/lib/data/guard'
import { currentMemberPerson, deputisedFor } from '@/lib/data/board/membership'
import { namedDeputyForm } from '@/lib/data/board/named-deputies'
import { areaUserIds, notify } from '@/lib/data/notifications/notify'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import { formatLondon, londonInstant } from '@/lib/london-time'
import type { CloseConsultationInput, ConsultationResponseInput, OpenConsultationInput } from '@/lib/validation/consultation'

type Tx = Prisma.TransactionClient

const invalid = (userMessage: string) => new AppError('INVALID_INPUT', { userMessage })
const notNow = (userMessage: string) => new AppError('INVALID_STATE', { userMessage })

export async function openConsultation(
  user: SessionUser,
  slug: string,
  input: OpenConsultationInput,
  now = new Date(),
): Promise<{ id: string }> {
  const area = await requireArea(user, slug, 'open:consultation')
  const closesAt = londonInstant(input.closesOn as Date, input.closesAt.hour, input.closesAt.minute)
  if (closesAt.getTime() < now.getTime() + 60 * 60_000) throw invalid('The consultation must close at least an hour from now')
  const db = await getDb()
  return db.$transaction(async (tx) => {
    const c = await tx.consultation.create({
      data: {
        areaId: area.id,
        question: input.question as string,
        scope: input.scope ?? '',
        closesAt,
        openedById: user.id,
        opensAt: now,
      },
      select: { id: true },
    })
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'opened consultation',
      entityType: 'CONSULTATION',
      entityId: c.id,
      areaId: area.id,
      after: { question: input.question, scope: input.scope ?? '', closesAt: formatLondon(closesAt) },
    })
    await notify(tx, {
      kind: 'CONSULTATION_OPENED',
      areaId: area.id,
      userIds: await areaUserIds(tx, area.id, ['DELIVERY_TEAM', 'CHAIR', 'PARTNER']),
      actorId: user.id,
      title: `${area.name}: your view is asked on the draft plan, until ${formatLondon(closesAt)}`,
      body: input.question as string,
      link: `/plans/${area.slug}/consultations/${c.id}`,
    })
    return c
  })
}

async function findConsultation(id: string) {
  const db = await getDb()
  return db.consultation.findUnique({
    where: { id },
    select: {
      id: true,
      areaId: true,
      status: true,
      closesAt: true,
      openedById: true,
      version: true,
      area: { select: { slug: true, name: true } },
    },
  })
}

export async function respondToConsultation(
  user: SessionUser,
  id: string,
  input: ConsultationResponseInput,
  now = new Date(),
): Promise<{ changed: boolean }> {
  const c = await findConsultation(id)
  if (!c) throw new AppError('NOT_FOUND', { message: `consultation ${id} not found` })
  authorize(user, 'respond:consultation', { areaId: c.areaId })
  const db = await getDb()
  const respondentId = input.respondentId ?? user.id
  if (respondentId === c.openedById) {
    throw invalid('You opened this consultation: the board’s answer is yours to give when you close it')
  }
  return db.$transaction(async (tx) => {
    // Locked against a close committing between this check and the response, and against two
    // first responses racing for the same member's row.
    const [open] = await tx.$queryRaw<{ status: string; closesAt: Date }[]>`
      SELECT status::text AS status, "closesAt" FROM "Consultation" WHERE id = ${id} FOR UPDATE`
    if (!open || open.status !== 'OPEN' || open.closesAt <= now)
      throw notNow('This consultation has closed, so it takes no more responses.')
    if (
      respondentId !== user.id &&
      !(await deputisedFor(tx, c.areaId, user.id, now, { kind: 'consultation', id })).some((m) => m.id === respondentId)
    ) {
      throw invalid('You can respond only for yourself or for a member whose deputy you are')
    }
    const before = await tx.consultationResponse.findUnique({
      where: { consultationId_respondentId: { consultationId: id, respondentId } },
      select: { body: true, enteredById: true },
    })
    // What the member wrote themself stands: a deputy answers for a member who has not.
    if (respondentId !== user.id && before && before.enteredById === respondentId)
      throw notNow('This member has responded themself, so their response stands: a deputy cannot change it.')
    await tx.consultationResponse.upsert({
      where: { consultationId_respondentId: { consultationId: id, respondentId } },
      create: { consultationId: id, respondentId, enteredById: user.id, body: input.body as string },
      update: { body: input.body as string, enteredById: user.id },
    })
    await recordAudit(tx, {
      actor: actorOf(user),
      action: before ? 'changed consultation response' : 'responded to consultation',
      entityType: 'CONSULTATION',
      entityId: id,
      areaId: c.areaId,
      // Who acted for whom is on the record, and what a change replaced (the response keeps only
      // its latest text).
      before: before ? { body: before.body, enteredById: before.enteredById } : undefined,
      after: { respondentId, asDeputy: respondentId !== user.id },
    })
    return { changed: before !== null }
  })
}

export async function closeConsultation(
  user: SessionUser,
  id: string,
  input: CloseConsultationInput,
  now = new Date(),
): Promise<void> {
  const c = await findConsultation(id)
  if (!c) throw new AppError('NOT_FOUND', { message: `consultation ${id} not found` })
  authorize(user, 'open:consultation', { areaId: c.areaId })
  const db = await getDb()
  await db.$transaction(async (tx) => {
    const closed = await tx.consultation.updateMany({
      where: { id, status: 'OPEN', version: input.version },
      data: {
        status: 'CLOSED',
        summary: input.summary,
        boardAnswer: input.boardAnswer,
        closedById: user.id,
        closedAt: now,
        version: { increment: 1 },
      },
    })
    if (closed.count === 0)
      throw notNow('This consultation has been closed or changed since the page was loaded. Reload it to see it.')
    await recordAudit(tx, {
      actor: actorOf(user),
      action: now < c.closesAt ? 'closed consultation early' : 'closed consultation',
      entityType: 'CONSULTATION',
      entityId: id,
      areaId: c.areaId,
      after: { summary: input.summary, boardAnswer: input.boardAnswer },
    })
  })
}

/** Closed consultations not yet published go out with the plan version being approved. */
export async function publishClosedConsultations(tx: Tx, areaId: string, planVersionId: string): Promise<number> {
  return (await tx.consultation.updateMany({ where: { areaId, status: 'CLOSED', planVersionId: null }, data: { planVersionId } }))
    .count
}

// ───────────── reading ─────────────

export type ConsultationSummary = {
  id: string
  question: string
  scope: string
  closesAt: Date
  open: boolean
  responses: number
  responded: boolean
  /** The user opened it (the chair who asks does not answer their own question). */
  openedByMe: boolean
  publishedIn: number | null
}

const summarySelect = (userId: string) =>
  ({
    id: true,
    question: true,
    scope: true,
    closesAt: true,
    status: true,
    openedById: true,
    planVersion: { select: { number: true } },
    _count: { select: { responses: true } },
    responses: { where: { respondentId: userId }, select: { id: true } },
  }) as const

type SummaryRow = Prisma.ConsultationGetPayload<{ select: ReturnType<typeof summarySelect> }>

const isOpen = (r: { status: string; closesAt: Date }, now: Date) => r.status === 'OPEN' && r.closesAt > now

const toSummary = (r: SummaryRow, now: Date, userId: string): ConsultationSummary => ({
  id: r.id,
  question: r.question,
  scope: r.scope,
  closesAt: r.closesAt,
  open: isOpen(r, now),
  responses: r._count.responses,
  responded: r.responses.length > 0,
  openedByMe: r.openedById === userId,
  publishedIn: r.planVersion?.number ?? null,
})

export async function listConsultations(user: SessionUser, slug: string, now = new Date()) {
  const area = await requireArea(user, slug, 'read:draft-plan')
  const db = await getDb()
  const rows = await db.consultation.findMany({
    where: { areaId: area.id },
    orderBy: [{ status: 'asc' }, { closesAt: 'desc' }], // OPEN before CLOSED (declaration order)
    select: summarySelect(user.id),
  })
  return {
    area,
    canOpen: allowed(user, 'open:consultation', { areaId: area.id }),
    items: rows.map((r) => toSummary(r, now, user.id)),
  }
}

/** Open consultations in the user's areas, soonest closing first: the dashboard's "Open for your comment". */
export async function openConsultationsFor(user: SessionUser, now = new Date()) {
  const areaIds = user.areas.filter((a) => allowed(user, 'respond:consultation', { areaId: a.id })).map((a) => a.id)
  if (areaIds.length === 0) return []
  const db = await getDb()
  const rows = await db.consultation.findMany({
    where: { areaId: { in: areaIds }, status: 'OPEN', closesAt: { gt: now } },
    orderBy: { closesAt: 'asc' },
    take: 20,
    select: { ...summarySelect(user.id), area: { select: { slug: true, name: true } } },
  })
  return rows.map((r) => ({ ...toSummary(r, now, user.id), area: r.area }))
}

/** One request reads it once, for its title and its page (React's per-request cache). */
export const getConsultation = cache(async (user: SessionUser, id: string, now = new Date()) => {
  const db = await getDb()
  const c = await db.consultation.findUnique({
    where: { id },
    select: {
      ...summarySelect(user.id),
      areaId: true,
      area: { select: { id: true, slug: true, name: true } },
      opensAt: true,
      summary: true,
      boardAnswer: true,
      closedAt: true,
      version: true,
      openedBy: { select: { name: true } },
      closedBy: { select: { name: true } },
    },
  })
  // The responses are board material.
  if (!c || !allowed(user, 'read:board', { areaId: c.areaId })) return null
  const all = await db.consultationResponse.findMany({
    where: { consultationId: id },
    orderBy: { createdAt: 'asc' },
    select: {
      body: true,
      updatedAt: true,
      respondentId: true,
      respondent: { select: { name: true } },
      enteredBy: { select: { id: true, name: true } },
    },
  })
  const open = isOpen(c, now)
  const canRespond = open && c.openedById !== user.id && allowed(user, 'respond:consultation', { areaId: c.areaId })
  const forMembers = canRespond ? await deputisedFor(db, c.areaId, user.id, now, { kind: 'consultation', id }) : []
  // A member who has not responded themself may leave it to a deputy.
  const board = canRespond ? await db.board.findUnique({ where: { areaId: c.areaId }, select: { id: true } }) : null
  const ownWords = all.some((r) => r.respondentId === user.id && r.enteredBy.id === user.id)
  const namedDeputy =
    board && !ownWords && (await currentMemberPerson(db, board.id, user.id))
      ? await namedDeputyForm({ kind: 'consultation', id }, board.id, user.id, c.openedById ? [c.openedById] : [])
      : null
  return {
    ...toSummary(c, now, user.id),
    area: c.area,
    opensAt: c.opensAt,
    openedBy: c.openedBy?.name ?? null,
    closedBy: c.closedBy?.name ?? null,
    closedAt: c.closedAt,
    summary: c.summary,
    boardAnswer: c.boardAnswer,
    version: c.version,
    entries: all.map((r) => ({
      respondent: r.respondent.name,
      enteredBy: r.enteredBy.id === r.respondentId ? null : r.enteredBy.name,
      body: r.body,
      at: r.updatedAt,
    })),
    mine: all.find((r) => r.respondentId === user.id)?.body ?? null,
    canRespond,
    // Not members who responded themselves: respond() keeps their own words.
    respondFor: forMembers
      .filter((m) => !all.some((r) => r.respondentId === m.id && r.enteredBy.id === m.id))
      .map((m) => ({ ...m, current: all.find((r) => r.respondentId === m.id)?.body ?? null })),
    namedDeputy,
    canClose: c.status === 'OPEN' && allowed(user, 'open:consultation', { areaId: c.areaId }),
  }
})
