/**
 * The plan tables as the draft store sees them: each kind's published fields read from its
 * rows, and a draft applied to them on approval (ADR 006). Used inside transactions only.
 */
import 'server-only'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { EntityType } from '@/lib/generated/prisma/enums'
import { periodEnd } from '@/lib/measure-status'
import {
  ACTION_PLAN_FIELDS,
  MEASURE_DEFINITION_FIELDS,
  MEASURE_PLAN_FIELDS,
  MILESTONE_PLAN_FIELDS,
  PRIORITY_PLAN_FIELDS,
  type ActionPlanFields,
  type DraftKind,
  type FieldsOf,
  type MeasurePlanFields,
  type MilestonePlanFields,
  type PriorityPlanFields,
} from '@/lib/plan-fields'
import { inOrder, isDraftId, pick, sameValue, type DraftChanges, type PublishedChange, type PublishedChanges } from '@/lib/data/plan/draft'

type Tx = Prisma.TransactionClient

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null
const date = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null)

// ───────────── reading published fields ─────────────

export const actionLiveSelect = {
  priorityId: true,
  title: true,
  description: true,
  leadOrganisationId: true,
  ownerId: true,
  startsOn: true,
  dueOn: true,
  evidenceStrand: true,
  evidenceStrength: true,
  legacyStatus: true,
} as const

/** Exactly the plan fields of a row (which may carry more), dates as yyyy-mm-dd. */
export function actionFields(a: Prisma.ActionGetPayload<{ select: typeof actionLiveSelect }>): ActionPlanFields {
  return { ...pick(a, ACTION_PLAN_FIELDS), startsOn: day(a.startsOn), dueOn: day(a.dueOn) }
}

export async function liveAction(tx: Tx, id: string): Promise<ActionPlanFields | null> {
  const a = await tx.action.findUnique({ where: { id }, select: actionLiveSelect })
  return a && actionFields(a)
}

export async function livePriority(tx: Tx, id: string): Promise<PriorityPlanFields | null> {
  const p = await tx.priority.findUnique({ where: { id } })
  return p && pick(p, PRIORITY_PLAN_FIELDS)
}

export const measureLiveSelect = {
  priorityId: true,
  definitionId: true,
  baselineValue: true,
  baselinePeriod: true,
  baselineNote: true,
  targetValue: true,
  targetPeriod: true,
  targetNote: true,
  definition: { select: { name: true, unit: true, polarity: true, dataSource: true, frequency: true, areaId: true } },
  trajectory: { orderBy: { periodEnd: 'asc' }, select: { period: true, value: true } },
} as const

/** The columns of SuccessMeasure itself among a measure's plan fields. */
const MEASURE_TARGET_FIELDS = ['priorityId', 'baselineValue', 'baselinePeriod', 'baselineNote', 'targetValue', 'targetPeriod', 'targetNote'] as const

export function measureFields(m: Prisma.SuccessMeasureGetPayload<{ select: typeof measureLiveSelect }>): MeasurePlanFields {
  const d = m.definition
  return {
    ...pick(m, MEASURE_TARGET_FIELDS),
    definitionId: d.areaId === null ? m.definitionId : null,
    ...pick(d, MEASURE_DEFINITION_FIELDS),
    trajectory: m.trajectory.map((t) => ({ period: t.period, value: t.value })),
  }
}

export async function liveMeasure(tx: Tx, id: string): Promise<MeasurePlanFields | null> {
  const m = await tx.successMeasure.findUnique({ where: { id }, select: measureLiveSelect })
  return m && measureFields(m)
}

/** A milestone's plan fields from its form's answers (dates as yyyy-mm-dd). */
export function milestoneFields(actionId: string, input: { title: string; dueOn: Date | null; completedOn: Date | null }): MilestonePlanFields {
  return { actionId, title: input.title, dueOn: day(input.dueOn) ?? '', completedOn: day(input.completedOn) }
}

export async function liveMilestone(tx: Tx, id: string): Promise<MilestonePlanFields | null> {
  const m = await tx.milestone.findUnique({ where: { id }, select: { actionId: true, title: true, dueOn: true, completedOn: true } })
  return m && { actionId: m.actionId, title: m.title, dueOn: day(m.dueOn) ?? '', completedOn: day(m.completedOn) }
}

/** Each kind of plan entity: its type in the audit trail, its name in messages, its published fields. */
export const ENTITY_KINDS: {
  [K in DraftKind]: { entityType: EntityType; what: string; live: (tx: Tx, id: string) => Promise<FieldsOf<K> | null> }
} = {
  priorities: { entityType: 'PRIORITY', what: 'priority', live: livePriority },
  actions: { entityType: 'ACTION', what: 'action', live: liveAction },
  measures: { entityType: 'SUCCESS_MEASURE', what: 'success measure', live: liveMeasure },
  milestones: { entityType: 'MILESTONE', what: 'milestone', live: liveMilestone },
}

// ───────────── applying a draft ─────────────

/** Only the fields that differ, before and after; null when nothing does. */
function difference<F extends object>(fields: readonly (keyof F)[], live: F | null, next: F) {
  const before: Record<string, unknown> = {}
  const after: Record<string, unknown> = {}
  for (const k of fields) {
    if (live && sameValue(live[k], next[k])) continue
    if (live) before[k as string] = live[k]
    after[k as string] = next[k]
  }
  return Object.keys(after).length ? { before, after } : null
}

/**
 * Applies the draft's edits to the plan tables and returns what changed, for the version's
 * change log. Priorities go first, so actions and measures moved under a priority the draft
 * adds get its new row's id; actions before milestones, likewise. Entities deleted since they
 * were drafted are skipped.
 */
export async function applyDraft(tx: Tx, areaId: string, draft: DraftChanges): Promise<PublishedChanges> {
  const published: Record<DraftKind, Record<string, PublishedChange>> = { priorities: {}, actions: {}, milestones: {}, measures: {} }
  const realIds = new Map<string, string>()
  const real = (id: string | null) => (id && isDraftId(id) ? (realIds.get(id) ?? null) : id)

  let lastNumber = (await tx.priority.aggregate({ where: { areaId }, _max: { number: true } }))._max.number ?? 0
  for (const [id, entry] of inOrder(draft.priorities)) {
    const f = entry.fields
    if (entry.isNew) {
      lastNumber += 1
      const row = await tx.priority.create({ data: { areaId, number: lastNumber, ...f }, select: { id: true } })
      realIds.set(id, row.id)
      published.priorities[row.id] = { title: f.title, added: true, before: {}, after: { ...f } }
      continue
    }
    const live = await livePriority(tx, id)
    const change = live && difference(PRIORITY_PLAN_FIELDS, live, f)
    if (!change) continue
    await tx.priority.update({ where: { id }, data: { ...f, version: { increment: 1 } } })
    published.priorities[id] = { title: f.title, ...change }
  }

  for (const [id, entry] of inOrder(draft.actions)) {
    const f = { ...entry.fields, priorityId: real(entry.fields.priorityId) }
    const data = { ...f, startsOn: date(f.startsOn), dueOn: date(f.dueOn) }
    if (entry.isNew) {
      const row = await tx.action.create({ data: { areaId, ...data }, select: { id: true } })
      realIds.set(id, row.id)
      published.actions[row.id] = { title: f.title, added: true, before: {}, after: { ...f } }
      continue
    }
    const live = await liveAction(tx, id)
    const change = live && difference(ACTION_PLAN_FIELDS, live, f)
    if (!change) continue
    await tx.action.update({ where: { id }, data: { ...data, version: { increment: 1 } } })
    published.actions[id] = { title: f.title, ...change }
  }

  for (const [id, entry] of inOrder(draft.milestones)) {
    // A milestone of an action the draft adds goes on that action's new row.
    const f = { ...entry.fields, actionId: real(entry.fields.actionId) ?? '' }
    const data = { title: f.title, dueOn: date(f.dueOn) as Date, completedOn: date(f.completedOn) }
    if (entry.isNew) {
      // Its action may have been deleted since: then there is nothing to add it to.
      if (!f.actionId || !(await tx.action.findUnique({ where: { id: f.actionId }, select: { id: true } }))) continue
      const row = await tx.milestone.create({ data: { actionId: f.actionId, ...data }, select: { id: true } })
      published.milestones[row.id] = { title: f.title, added: true, before: {}, after: { ...f } }
      continue
    }
    const live = await liveMilestone(tx, id)
    if (!live) continue
    if (entry.removed) {
      await tx.milestone.delete({ where: { id } })
      published.milestones[id] = { title: live.title, removed: true, before: { ...live }, after: {} }
      continue
    }
    const change = difference(MILESTONE_PLAN_FIELDS, live, f)
    if (!change) continue
    await tx.milestone.update({ where: { id }, data: { ...data, version: { increment: 1 } } })
    published.milestones[id] = { title: f.title, ...change }
  }

  let lastPosition = (await tx.successMeasure.aggregate({ where: { areaId }, _max: { position: true } }))._max.position ?? -1
  for (const [id, entry] of inOrder(draft.measures)) {
    const f = { ...entry.fields, priorityId: real(entry.fields.priorityId) }
    if (entry.isNew) {
      const { definitionId, name, unit, polarity, dataSource, frequency, trajectory } = f
      const targets = pick(f, MEASURE_TARGET_FIELDS)
      // A national core definition is shared; otherwise the measure gets a local one of its own.
      const defId =
        definitionId ??
        (await tx.measureDefinition.create({ data: { areaId, name, unit, polarity, dataSource, frequency }, select: { id: true } })).id
      lastPosition += 1
      const row = await tx.successMeasure.create({ data: { areaId, definitionId: defId, ...targets, position: lastPosition }, select: { id: true } })
      await tx.trajectoryPoint.createMany({
        data: trajectory.map((p) => ({ successMeasureId: row.id, period: p.period, value: p.value, periodEnd: periodEnd(p.period) ?? new Date(0) })),
      })
      published.measures[row.id] = { title: name, added: true, before: {}, after: { ...f } }
      continue
    }
    const row = await tx.successMeasure.findUnique({ where: { id }, select: { ...measureLiveSelect, definitionId: true } })
    if (!row) continue
    const local = row.definition.areaId === areaId
    // A national definition is shared by all areas: its words stay as they are.
    const live = measureFields(row)
    // The definition a measure uses is fixed once it exists.
    const next: MeasurePlanFields = { ...(local ? f : { ...f, ...pick(live, MEASURE_DEFINITION_FIELDS) }), definitionId: live.definitionId }
    const change = difference(MEASURE_PLAN_FIELDS, live, next)
    if (!change) continue
    const { name, unit, polarity, dataSource, frequency, trajectory } = next
    const targets = pick(next, MEASURE_TARGET_FIELDS)
    if (local) {
      await tx.measureDefinition.update({
        where: { id: row.definitionId },
        data: { name, unit, polarity, dataSource, frequency, version: { increment: 1 } },
      })
    }
    await tx.successMeasure.update({ where: { id }, data: { ...targets, version: { increment: 1 } } })
    if ('trajectory' in change.after) {
      await tx.trajectoryPoint.deleteMany({ where: { successMeasureId: id } })
      await tx.trajectoryPoint.createMany({
        data: trajectory.map((p) => ({ successMeasureId: id, period: p.period, value: p.value, periodEnd: periodEnd(p.period) ?? new Date(0) })),
      })
    }
    published.measures[id] = { title: name, ...change }
  }
  return published
}

