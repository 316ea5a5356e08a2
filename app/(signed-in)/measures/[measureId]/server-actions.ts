'use server'

import { recordMeasureValue, setMeasureOverride } from '@/lib/data/progress/measure-values'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { MeasureOverrideSchema, MeasureValueFormSchema } from '@/lib/validation/measure-value'

export async function handleMeasureValue(measureId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [measureId],
    schema: MeasureValueFormSchema,
    refused: 'You cannot change this measure.',
    run: (user, data) => recordMeasureValue(user, measureId, data),
    done: (outcome) => ({ to: `/measures/${measureId}`, flash: outcome === 'added' ? 'value-added' : 'value-corrected' }),
  })
}

export async function handleStatusOverride(measureId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [measureId],
    schema: MeasureOverrideSchema,
    refused: 'You cannot change this measure.',
    run: (user, data) => setMeasureOverride(user, measureId, data),
    done: (_r, data) => ({ to: `/measures/${measureId}`, flash: data.status ? 'override' : 'cleared' }),
  })
}
