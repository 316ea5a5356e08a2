'use server'

import { redirect } from 'next/navigation'
import * as z from 'zod'
import { requireUser } from '@/lib/auth/session'
import { discardFromDraft, type DiscardableKind } from '@/lib/data/draft-discard'
import { decidePlan, submitPlan } from '@/lib/data/plan-versions'
import { refusalState, type FormState } from '@/lib/form-state'
import { DraftConflict, isDraftId } from '@/lib/data/plan-draft'
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

/** Removes something the draft adds, or undoes a published entity's drafted changes. */
export async function discardFromDraftAction(
  kind: DiscardableKind,
  id: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await requireUser()
  const token = String(formData.get('token') ?? '').slice(0, 80)
  let slug: string
  try {
    slug = await discardFromDraft(user, kind, id, token)
  } catch (error) {
    // A stale page must not remove (or undo) what someone saved since: they reload and see it first.
    if (error instanceof DraftConflict) {
      return {
        status: 'error',
        formError: 'Someone else has saved changes to this since you opened the page. Reload the page to see them first.',
        values: { token },
      }
    }
    return refusalState(error, 'You cannot change this plan.', { token })
  }
  redirect(`/plans/${slug}?done=${isDraftId(id) ? 'removed' : 'undone'}`)
}
