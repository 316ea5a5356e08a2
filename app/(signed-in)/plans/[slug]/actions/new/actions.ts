'use server'

import { redirect } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { addAction } from '@/lib/data/action-edit'
import type { FormState } from '@/lib/form-state'
import { planRefusalState } from '@/lib/plan-form-state'
import { readPlanForm } from '@/lib/validation/plan-forms'

export async function addActionAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser()
  const { values, data, fieldErrors } = readPlanForm('actions', formData)
  if (!data) return { status: 'error', fieldErrors, values }
  let id: string
  try {
    id = await addAction(user, slug, data)
  } catch (error) {
    return planRefusalState(error, 'You cannot add actions to this plan.', values)
  }
  redirect(`/actions/${id}/edit?saved=1`)
}
