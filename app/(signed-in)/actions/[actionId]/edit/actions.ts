'use server'

import { redirect } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { updateAction } from '@/lib/data/action-edit'
import type { FormState } from '@/lib/form-state'
import { planRefusalState } from '@/lib/plan-form-state'
import { readPlanForm } from '@/lib/validation/plan-forms'

export async function editActionAction(actionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser()
  const { values, data, fieldErrors } = readPlanForm('actions', formData)
  if (!data) return { status: 'error', fieldErrors, values }
  try {
    await updateAction(user, actionId, data)
  } catch (error) {
    return planRefusalState(error, 'You cannot edit this action.', values)
  }
  redirect(`/actions/${actionId}/edit?saved=1`)
}
