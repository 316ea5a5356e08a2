/**
 * The plan's entities through one API (ADR 008): for each kind — priority, action, success
 * measure, milestone — the same five verbs with the same arguments:
 *
 *   form(user, id, purpose)        the entity as the draft has it, to edit or to propose a change to
 *   blank(user, parent, purpose)   a blank form to add one (parent: the area's slug; a milestone's action)
 *   add(user, parent, input)       adds it to the draft; returns its draft id
 *   edit(user, id, input)          saves an edit into the draft, against the token the form carried
 *   discardFromDraft(user, kind, id, token)   takes an addition back out, or undoes drafted changes
 *
 * and `removeMilestone` for the one part of the plan the delivery team removes. Proposals
 * (lib/data/proposals) lay their changes over the same entities. Every verb checks the
 * caller's permission for the entity's own area. A fifth kind is a module implementing
 * PlanEntityApi and a line here (plus its fields in lib/plan-fields.ts and its form).
 */
import 'server-only'
import type { SessionUser } from '@/lib/data/accounts/auth'
import type { DraftKind } from '@/lib/plan-fields'
import type { PlanFormInput } from '@/lib/validation/plan-forms'
import { addAction, editAction, getActionForm, getNewActionForm, type ActionForEdit } from './actions'
import type { Purpose } from './draft'
import { addMeasure, editMeasure, getMeasureForm, getNewMeasureForm, type MeasurePlanForEdit } from './measures'
import { addMilestone, editMilestone, getMilestoneForm, getNewMilestoneForm, type MilestoneForEdit } from './milestones'
import { addPriority, editPriority, getNewPriorityForm, getPriorityForm, type PriorityForEdit } from './priorities'

export { discardFromDraft } from './discard'
export { removeMilestone } from './milestones'

/** Where a new entity goes: the area (by slug) and, for a milestone, its action. */
export type Parent = { slug: string; actionId?: string | null }

export type FormOf = {
  priorities: PriorityForEdit
  actions: ActionForEdit
  measures: MeasurePlanForEdit
  milestones: MilestoneForEdit
}

export type PlanEntityApi<K extends DraftKind> = {
  form: (user: SessionUser, id: string, purpose?: Purpose) => Promise<FormOf[K] | null>
  blank: (user: SessionUser, parent: Parent, purpose?: Purpose) => Promise<FormOf[K] | null>
  add: (user: SessionUser, parent: Parent, input: PlanFormInput[K]) => Promise<string>
  edit: (user: SessionUser, id: string, input: PlanFormInput[K]) => Promise<void>
  /** The area a form belongs to, to check it against the page's address. */
  areaOf: (form: FormOf[K]) => { slug: string; name: string }
}

const actionOf = (parent: Parent) => ({ actionId: parent.actionId ?? '' })

export const PLAN_ENTITIES: { [K in DraftKind]: PlanEntityApi<K> } = {
  priorities: { form: getPriorityForm, blank: getNewPriorityForm, add: addPriority, edit: editPriority, areaOf: (f) => f.area },
  actions: { form: getActionForm, blank: getNewActionForm, add: addAction, edit: editAction, areaOf: (f) => f.area },
  measures: { form: getMeasureForm, blank: getNewMeasureForm, add: addMeasure, edit: editMeasure, areaOf: (f) => f.area },
  milestones: {
    form: getMilestoneForm,
    blank: (user, parent, purpose) => getNewMilestoneForm(user, actionOf(parent), purpose),
    add: (user, parent, input) => addMilestone(user, actionOf(parent), input),
    edit: editMilestone,
    areaOf: (f) => f.action.area,
  },
}

export const isPlanKind = (kind: string): kind is DraftKind => Object.hasOwn(PLAN_ENTITIES, kind)
