'use server'

import { redirect } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { addMeasure } from '@/lib/data/measure-plan'
import type { FormState } from '@/lib/form-state'
import { planRefusalState } from '@/lib/plan-form-state'
import { readPlanForm } from '@/lib/validation/plan-forms'

export async function addMeasureAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser()
  const { values, data, fieldErrors } = readPlanForm('measures', formData)
  if (!data) return { status: 'error', fieldErrors, values }
  let id: string
  try {
    id = await addMeasure(user, slug, data)
  } catch (error) {
    return planRefusalState(error, 'You cannot add success measures to this plan.', values)
  }
  redirect(`/measures/${id}/targets?saved=1`)
}
