'use server'

import { approveOrReturnPlan, submitPlanForApproval } from '@/lib/data/plan/approval'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { PlanDecisionSchema, SubmitPlanSchema } from '@/lib/validation/plan-version'

export async function handlePlanSubmission(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug],
    schema: SubmitPlanSchema,
    refused: 'You cannot do this for this plan.',
    run: (user, data) => submitPlanForApproval(user, slug, data),
    done: () => ({ to: `/plans/${slug}`, flash: 'submitted' }),
  })
}

export async function handlePlanDecision(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug],
    schema: PlanDecisionSchema,
    refused: 'You cannot do this for this plan.',
    run: (user, data) => approveOrReturnPlan(user, slug, data),
    done: (_r, data) => ({ to: `/plans/${slug}`, flash: data.decision === 'approve' ? 'published' : 'returned' }),
  })
}
