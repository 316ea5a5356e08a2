'use server'

import { redirect } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { saveMeasurePlan } from '@/lib/data/measure-plan'
import type { FormState } from '@/lib/form-state'
import { planRefusalState } from '@/lib/plan-form-state'
import { readPlanForm } from '@/lib/validation/plan-forms'

export async function saveMeasurePlanAction(measureId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser()
  const { values, data, fieldErrors } = readPlanForm('measures', formData)
  if (!data) return { status: 'error', fieldErrors, values }
  try {
    await saveMeasurePlan(user, measureId, data)
  } catch (error) {
    return planRefusalState(error, 'You cannot edit this success measure.', values)
  }
  redirect(`/measures/${measureId}/targets?saved=1`)
}
