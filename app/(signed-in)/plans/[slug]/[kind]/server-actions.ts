'use server'

import { notFound } from 'next/navigation'
import { PLAN_ENTITIES, discardFromDraft, isPlanKind, removeMilestone } from '@/lib/data/plan/entity-api'
import { isDraftId } from '@/lib/data/plan/draft'
import type { FlashKey } from '@/lib/forms/flash'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { KIND_LABELS, type DraftKind } from '@/lib/plan-fields'
import { PLAN_FORM_SCHEMAS } from '@/lib/validation/plan-forms'
import { TokenFormSchema } from '@/lib/validation/small-forms'

const SAVED: Record<DraftKind, FlashKey> = {
  priorities: 'priority-saved',
  actions: 'action-saved',
  measures: 'measure-saved',
  milestones: 'milestone-saved',
}

/** After saving: the entity's own page; a milestone's is its action's. */
const pageOf = (kind: DraftKind, slug: string, id: string, actionId: string | null) =>
  kind === 'milestones' ? `/plans/${slug}/actions/${actionId}` : `/plans/${slug}/${kind}/${id}`

const what = (kind: DraftKind) => KIND_LABELS[kind].toLowerCase()

/** A bound argument is the client's to send: a kind that is not one is not found. */
function known(kind: string): void {
  if (!isPlanKind(kind)) notFound()
}

/** Adds a priority, action or success measure to the area's draft plan, or a milestone to `actionId`. */
export async function handleAdd(
  kind: DraftKind,
  slug: string,
  actionId: string | null,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  known(kind)
  return runForm(formData, {
    bound: [kind, slug],
    optionalBound: [actionId],
    schema: PLAN_FORM_SCHEMAS[kind],
    refused: `You cannot add a ${what(kind)} to this plan.`,
    run: (user, data) => PLAN_ENTITIES[kind].add(user, { slug, actionId }, data as never),
    done: (id) => ({ to: pageOf(kind, slug, id, actionId), flash: SAVED[kind] }),
  })
}

/** Saves an edit of an entity of the plan into the draft. */
export async function handleEdit(
  kind: DraftKind,
  slug: string,
  id: string,
  actionId: string | null,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  known(kind)
  return runForm(formData, {
    bound: [kind, slug, id],
    optionalBound: [actionId],
    schema: PLAN_FORM_SCHEMAS[kind],
    refused: `You cannot edit this ${what(kind)}.`,
    run: (user, data) => PLAN_ENTITIES[kind].edit(user, id, data as never),
    done: () => ({ to: pageOf(kind, slug, id, actionId), flash: SAVED[kind] }),
  })
}

/** Takes an addition back out of the draft, or undoes a published entity's drafted changes. */
export async function handleDiscard(kind: DraftKind, id: string, _prev: FormState, formData: FormData): Promise<FormState> {
  known(kind)
  return runForm(formData, {
    bound: [kind, id],
    schema: TokenFormSchema,
    refused: 'You cannot change this plan.',
    run: (user, data) => discardFromDraft(user, kind, id, data.token),
    done: (areaSlug) => ({ to: `/plans/${areaSlug}`, flash: isDraftId(id) ? 'removed' : 'undone' }),
  })
}

/** Removes a published milestone in the draft (the chair's approval deletes it). */
export async function handleMilestoneRemoval(
  slug: string,
  id: string,
  actionId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, id, actionId],
    schema: TokenFormSchema,
    refused: 'You cannot remove this milestone.',
    run: (user, data) => removeMilestone(user, id, data.token),
    done: () => ({ to: `/plans/${slug}/actions/${actionId}`, flash: 'milestone-removed' }),
  })
}
