/**
 * Reading a plan form (action, priority or success measure) from its FormData: the raw values,
 * echoed back so the form keeps every answer, and the schema's result. One reader per kind,
 * shared by editing and by proposing a change.
 */
import * as z from 'zod'
import { MEASURE_PLAN_FIELDS, PRIORITY_PLAN_FIELDS, type DraftKind } from '@/lib/plan-fields'
import { ActionEditSchema, type ActionEditInput } from './action'
import { MeasurePlanSchema, type MeasurePlanInput } from './measure-plan'
import { MilestoneEditSchema, type MilestoneEditInput } from './milestone'
import { PriorityEditSchema, type PriorityEditInput } from './priority'

export type PlanFormInput = {
  actions: ActionEditInput
  priorities: PriorityEditInput
  measures: MeasurePlanInput
  milestones: MilestoneEditInput
}

export type PlanFormRead<K extends DraftKind> = {
  values: Record<string, string>
  data?: PlanFormInput[K]
  fieldErrors?: Record<string, string[] | undefined>
}

const ACTION_TEXT = [
  'priorityId',
  'title',
  'description',
  'leadOrganisationId',
  'ownerId',
  'evidenceStrand',
  'evidenceStrength',
  'legacyStatus',
]
const ACTION_DATES = ['startsOn', 'dueOn'] as const
const MILESTONE_DATES = ['dueOn', 'completedOn'] as const
const PARTS = ['day', 'month', 'year'] as const

const dateParts = (names: readonly string[]) => names.flatMap((f) => PARTS.map((p) => `${f}-${p}`))
const datesOf = (values: Record<string, string>, names: readonly string[]) =>
  Object.fromEntries(names.map((f) => [f, { day: values[`${f}-day`], month: values[`${f}-month`], year: values[`${f}-year`] }]))

const textOf = (formData: FormData, names: readonly string[]) =>
  Object.fromEntries(names.map((n) => [n, String(formData.get(n) ?? '')]))

export function readPlanForm<K extends DraftKind>(kind: K, formData: FormData): PlanFormRead<K> {
  if (kind === 'actions') {
    const values = textOf(formData, ['token', ...ACTION_TEXT, ...dateParts(ACTION_DATES)])
    return result(values, ActionEditSchema.safeParse({ ...values, ...datesOf(values, ACTION_DATES) }))
  }
  if (kind === 'milestones') {
    const values = textOf(formData, ['token', 'title', ...dateParts(MILESTONE_DATES)])
    return result(values, MilestoneEditSchema.safeParse({ ...values, ...datesOf(values, MILESTONE_DATES) }))
  }
  const names = kind === 'priorities' ? PRIORITY_PLAN_FIELDS : MEASURE_PLAN_FIELDS
  const values = textOf(formData, ['token', ...names])
  return result(values, (kind === 'priorities' ? PriorityEditSchema : MeasurePlanSchema).safeParse(values))
}

function result<K extends DraftKind>(values: Record<string, string>, parsed: z.ZodSafeParseResult<unknown>): PlanFormRead<K> {
  return parsed.success
    ? { values, data: parsed.data as PlanFormInput[K] }
    : { values, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined> }
}
