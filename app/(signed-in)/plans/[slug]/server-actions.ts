'use server'

import { discardFromDraft, type DiscardableKind } from '@/lib/data/plan/discard'
import { isDraftId } from '@/lib/data/plan/draft'
import { approveOrReturnPlan, submitPlanForApproval } from '@/lib/data/plan/approval'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { PlanDecisionSchema, SubmitPlanSchema } from '@/lib/validation/plan-version'
import { TokenFormSchema } from '@/lib/validation/small-forms'

export async function handlePlanSubmission(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    schema: SubmitPlanSchema,
    refused: 'You cannot do this for this plan.',
    run: (user, data) => submitPlanForApproval(user, slug, data),
    done: () => ({ to: `/plans/${slug}`, flash: 'submitted' }),
  })
}

export async function handlePlanDecision(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    schema: PlanDecisionSchema,
    refused: 'You cannot do this for this plan.',
    run: (user, data) => approveOrReturnPlan(user, slug, data),
    done: (_r, data) => ({ to: `/plans/${slug}`, flash: data.decision === 'approve' ? 'published' : 'returned' }),
  })
}

/** Removes something the draft adds, or undoes a published entity's drafted changes. */
export async function handleDiscard(kind: DiscardableKind, id: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    schema: TokenFormSchema,
    refused: 'You cannot change this plan.',
    run: (user, data) => discardFromDraft(user, kind, id, data.token),
    done: (areaSlug) => ({ to: `/plans/${areaSlug}`, flash: isDraftId(id) ? 'removed' : 'undone' }),
  })
}
