'use server'

import { redirect } from 'next/navigation'
import * as z from 'zod'
import { requireUser } from '@/lib/auth/session'
import { recordMeasureValue, setMeasureOverride } from '@/lib/data/measure-values'
import { refusalState, type FormState } from '@/lib/form-state'
import { MeasureOverrideSchema, MeasureValueSchema } from '@/lib/validation/measure-value'

export async function recordValueAction(measureId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser()
  const values = {
    period: String(formData.get('period') ?? ''),
    value: String(formData.get('value') ?? ''),
    isProvisional: formData.get('isProvisional') === 'yes' ? 'yes' : '',
    localInsight: String(formData.get('localInsight') ?? ''),
  }
  const parsed = MeasureValueSchema.safeParse(values)
  if (!parsed.success) return { status: 'error', fieldErrors: z.flattenError(parsed.error).fieldErrors, values }
  let outcome: 'added' | 'corrected'
  try {
    outcome = await recordMeasureValue(user, measureId, parsed.data)
  } catch (error) {
    return refusalState(error, 'You cannot change this measure.', values)
  }
  redirect(`/measures/${measureId}?done=${outcome}`)
}

export async function overrideAction(measureId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser()
  const values = {
    version: String(formData.get('version') ?? ''),
    status: String(formData.get('status') ?? ''),
    reason: String(formData.get('reason') ?? ''),
  }
  const parsed = MeasureOverrideSchema.safeParse(values)
  if (!parsed.success) return { status: 'error', fieldErrors: z.flattenError(parsed.error).fieldErrors, values }
  try {
    await setMeasureOverride(user, measureId, parsed.data)
  } catch (error) {
    return refusalState(error, 'You cannot change this measure.', values)
  }
  redirect(`/measures/${measureId}?done=${parsed.data.status ? 'override' : 'cleared'}`)
}
