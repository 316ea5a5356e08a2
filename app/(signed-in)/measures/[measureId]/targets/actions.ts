'use server'

import { redirect } from 'next/navigation'
import * as z from 'zod'
import { requireUser } from '@/lib/auth/session'
import { saveMeasurePlan } from '@/lib/data/measure-plan'
import { DraftConflict } from '@/lib/data/plan-draft'
import { refusalState, type FormState } from '@/lib/form-state'
import { MEASURE_PLAN_FIELDS } from '@/lib/plan-fields'
import { MeasurePlanSchema } from '@/lib/validation/measure-plan'

export async function saveMeasurePlanAction(measureId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser()
  const values = Object.fromEntries(['token', ...MEASURE_PLAN_FIELDS].map((f) => [f, String(formData.get(f) ?? '')]))
  const parsed = MeasurePlanSchema.safeParse(values)
  if (!parsed.success) return { status: 'error', fieldErrors: z.flattenError(parsed.error).fieldErrors, values }
  try {
    await saveMeasurePlan(user, measureId, parsed.data)
  } catch (error) {
    if (error instanceof DraftConflict) {
      return {
        status: 'error',
        formError: error.userMessage,
        values: { ...values, token: error.current.token },
        result: { conflict: JSON.stringify(error.current.fields) },
      }
    }
    return refusalState(error, 'You cannot edit this success measure.', values)
  }
  redirect(`/measures/${measureId}/targets?saved=1`)
}
