'use server'

import { saveMeasurePlan } from '@/lib/data/plan/measures'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { PLAN_FORM_SCHEMAS } from '@/lib/validation/plan-forms'

export async function handleMeasureTargets(measureId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    schema: PLAN_FORM_SCHEMAS.measures,
    refused: 'You cannot edit this success measure.',
    run: (user, data) => saveMeasurePlan(user, measureId, data),
    done: () => ({ to: `/measures/${measureId}/targets`, flash: 'measure-saved' }),
  })
}
