'use server'

import { redirect } from 'next/navigation'
import * as z from 'zod'
import { requireUser } from '@/lib/auth/session'
import { decidePlan, submitPlan } from '@/lib/data/plan-versions'
import { refusalState, type FormState } from '@/lib/form-state'
import { DecidePlanSchema, SubmitPlanSchema } from '@/lib/validation/plan-version'

export async function submitPlanAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser()
  const values = { changeSummary: String(formData.get('changeSummary') ?? '') }
  const parsed = SubmitPlanSchema.safeParse(values)
  if (!parsed.success) return { status: 'error', fieldErrors: z.flattenError(parsed.error).fieldErrors, values }
  try {
    await submitPlan(user, slug, parsed.data)
  } catch (error) {
    return refusalState(error, 'You cannot do this for this plan.', values)
  }
  redirect(`/plans/${slug}?done=submitted`)
}

export async function decidePlanAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser()
  const values = { decision: String(formData.get('decision') ?? ''), note: String(formData.get('note') ?? '') }
  const parsed = DecidePlanSchema.safeParse(values)
  if (!parsed.success) return { status: 'error', fieldErrors: z.flattenError(parsed.error).fieldErrors, values }
  try {
    await decidePlan(user, slug, parsed.data)
  } catch (error) {
    return refusalState(error, 'You cannot do this for this plan.', values)
  }
  redirect(`/plans/${slug}?done=${parsed.data.decision === 'approve' ? 'published' : 'returned'}`)
}
