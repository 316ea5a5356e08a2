/**
 * Where an agenda item, a decision or a proposal came from is set when it is created (who put
 * it forward) and changes only here: the chair (`correct:origin`) corrects it, at the version
 * they saw, with a reason. Each correction is a row the public ledger lists beside the figures
 * it changes, and an audit event. Correcting an item corrects the decisions that carried its
 * old origin with it. A priority's origin is a field of the plan and changes with a plan
 * version, whose change summary the public change log shows. ADR 017.
 */
import 'server-only'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { actorOf, recordAudit } from '@/lib/data/audit'
import { allowed, authorize } from '@/lib/data/guard'
import { expirePublicArea } from '@/lib/data/public/cache'
import { getDb } from '@/lib/db/client'
import { AppError, StaleWrite } from '@/lib/errors'
import type { EntityType, Origin } from '@/lib/generated/prisma/enums'
import type { OriginCorrectionInput } from '@/lib/validation/board'
import { invalid } from './board-ref'

export const ORIGIN_TARGETS = ['items', 'decisions', 'proposals'] as const
export type OriginTarget = (typeof ORIGIN_TARGETS)[number]

type Db = Awaited<ReturnType<typeof getDb>>
type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]
type Row = { id: string; origin: Origin; version: number; area: { id: string; slug: string }; label: string }

const areaSelect = { select: { id: true, slug: true } } as const

/** The row as its kind stores it, with its area. */
async function loadRow(db: Db, target: OriginTarget, id: string): Promise<Row | null> {
  if (target === 'items') {
    const r = await db.agendaItem.findUnique({
      where: { id },
      select: { id: true, origin: true, version: true, title: true, board: { select: { area: areaSelect } } },
    })
    return r && { id: r.id, origin: r.origin, version: r.version, area: r.board.area, label: r.title }
  }
  if (target === 'decisions') {
    const r = await db.decision.findUnique({
      where: { id },
      select: { id: true, origin: true, version: true, summary: true, board: { select: { area: areaSelect } } },
    })
    return r && { id: r.id, origin: r.origin, version: r.version, area: r.board.area, label: r.summary }
  }
  const r = await db.proposal.findUnique({
    where: { id },
    select: { id: true, origin: true, version: true, title: true, area: areaSelect },
  })
  return r && { id: r.id, origin: r.origin, version: r.version, area: r.area, label: r.title }
}

const ENTITY: Record<OriginTarget, EntityType> = { items: 'AGENDA_ITEM', decisions: 'DECISION', proposals: 'PROPOSAL' }

/** Moves one row from `from` to `to` at `version`; false when someone changed it meanwhile. */
async function setOrigin(tx: Tx, target: OriginTarget, id: string, version: number, from: Origin, to: Origin) {
  const where = { id, version, origin: from }
  const data = { origin: to, version: { increment: 1 } }
  const r =
    target === 'items'
      ? await tx.agendaItem.updateMany({ where, data })
      : target === 'decisions'
        ? await tx.decision.updateMany({ where, data })
        : await tx.proposal.updateMany({ where, data })
  return r.count === 1
}

async function record(
  tx: Tx,
  user: SessionUser,
  row: Pick<Row, 'id' | 'area'>,
  kind: EntityType,
  from: Origin,
  to: Origin,
  reason: string,
) {
  await tx.originCorrection.create({
    data: { areaId: row.area.id, kind, entityId: row.id, fromOrigin: from, toOrigin: to, reason, correctedById: user.id },
  })
  await recordAudit(tx, {
    actor: actorOf(user),
    action: 'corrected origin',
    entityType: kind,
    entityId: row.id,
    areaId: row.area.id,
    before: { origin: from },
    after: { origin: to, reason },
  })
}

export async function correctOrigin(
  user: SessionUser,
  target: OriginTarget,
  id: string,
  input: OriginCorrectionInput,
): Promise<{ corrected: number }> {
  // The target comes back from the browser as a bound argument: only the three kinds exist.
  if (!(ORIGIN_TARGETS as readonly string[]).includes(target)) throw new AppError('NOT_FOUND', { message: `target ${target}` })
  const db = await getDb()
  const row = await loadRow(db, target, id)
  if (!row) throw new AppError('NOT_FOUND', { message: `${target} ${id} not found` })
  authorize(user, 'correct:origin', { areaId: row.area.id })
  if (row.origin === input.origin) throw invalid('Select a different origin: this is where it is recorded as coming from now')
  const reason = input.reason as string
  const corrected = await db.$transaction(async (tx) => {
    if (!(await setOrigin(tx, target, id, input.version, row.origin, input.origin)))
      throw new StaleWrite('Someone else changed this while you were working. Check it, then try again.', String(row.version))
    await record(tx, user, row, ENTITY[target], row.origin, input.origin, reason)
    if (target !== 'items') return 1
    // The item's decisions took its origin when they were recorded: they were wrong in the same way.
    const carried = await tx.decision.findMany({
      where: { agendaItemId: id, origin: row.origin },
      select: { id: true, version: true },
    })
    let moved = 0
    for (const d of carried) {
      // A decision changed meanwhile keeps what it has: only what moved is recorded as moved.
      if (!(await setOrigin(tx, 'decisions', d.id, d.version, row.origin, input.origin))) continue
      await record(tx, user, { id: d.id, area: row.area }, 'DECISION', row.origin, input.origin, reason)
      moved++
    }
    return 1 + moved
  })
  expirePublicArea(row.area.slug)
  return { corrected }
}

/** What the correction form shows: the row's label, origin and version, if the user may correct it. */
export async function getOriginTarget(
  user: SessionUser,
  target: OriginTarget,
  id: string,
): Promise<{ label: string; origin: Origin; version: number; areaSlug: string } | null> {
  const row = await loadRow(await getDb(), target, id)
  if (!row || !allowed(user, 'correct:origin', { areaId: row.area.id })) return null
  return { label: row.label, origin: row.origin, version: row.version, areaSlug: row.area.slug }
}
