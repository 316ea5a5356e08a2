/**
 * The plan tables as the draft store sees them: each kind's published fields read from its
 * rows, and a draft applied to them on approval (ADR 006). Used inside transactions only.
 */
import 'server-only'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { EntityType } from '@/lib/generated/prisma/enums'
import {
  ACTION_PLAN_FIELDS,
  MEASURE_DEFINITION_FIELDS,
  PRIORITY_PLAN_FIELDS,
  type ActionPlanFields,
  type DraftKind,
  type FieldsOf,
  type MeasurePlanFields,
  type MilestonePlanFields,
  type PriorityPlanFields,
} from '@/lib/plan-fields'
import { pick } from '@/lib/data/plan/draft'

type Tx = Prisma.TransactionClient

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null

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
export const MEASURE_TARGET_FIELDS = [
  'priorityId',
  'baselineValue',
  'baselinePeriod',
  'baselineNote',
  'targetValue',
  'targetPeriod',
  'targetNote',
] as const

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
export function milestoneFields(
  actionId: string,
  input: { title: string; dueOn: Date | null; completedOn: Date | null },
): MilestonePlanFields {
  return { actionId, title: input.title, dueOn: day(input.dueOn) ?? '', completedOn: day(input.completedOn) }
}

export async function liveMilestone(tx: Tx, id: string): Promise<MilestonePlanFields | null> {
  const m = await tx.milestone.findUnique({
    where: { id },
    select: { actionId: true, title: true, dueOn: true, completedOn: true },
  })
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
