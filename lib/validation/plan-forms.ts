/**
 * The plan forms' schemas by kind, shared by editing, adding and proposing: one schema per
 * kind of plan entity, read from FormData by lib/forms/parse.ts. A proposal is the same form
 * with "why" added.
 */
import * as z from 'zod'
import type { DraftKind } from '@/lib/plan-fields'
import { ActionEditSchema, type ActionEditInput } from './action'
import { MeasurePlanSchema, type MeasurePlanInput } from './measure-plan'
import { MilestoneEditSchema, type MilestoneEditInput } from './milestone'
import { PriorityEditSchema, type PriorityEditInput } from './priority'
import { ProposalWhySchema } from './proposal'

export type PlanFormInput = {
  actions: ActionEditInput
  priorities: PriorityEditInput
  measures: MeasurePlanInput
  milestones: MilestoneEditInput
}

export const PLAN_FORM_SCHEMAS = {
  priorities: PriorityEditSchema,
  actions: ActionEditSchema,
  measures: MeasurePlanSchema,
  milestones: MilestoneEditSchema,
} as const satisfies { [K in DraftKind]: z.ZodType<PlanFormInput[K], unknown> }

/** The plan form of `kind` with the proposer's reason. */
export const proposalFormSchema = <K extends DraftKind>(kind: K) =>
  z.object({ why: ProposalWhySchema }).and(PLAN_FORM_SCHEMAS[kind] as unknown as z.ZodType<PlanFormInput[K]>)
