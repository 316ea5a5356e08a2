'use server'

import { addMeasure } from '@/lib/data/plan/measures'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { PLAN_FORM_SCHEMAS } from '@/lib/validation/plan-forms'

export async function handleNewMeasure(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    schema: PLAN_FORM_SCHEMAS.measures,
    refused: 'You cannot add success measures to this plan.',
    run: (user, data) => addMeasure(user, slug, data),
    done: (id) => ({ to: `/measures/${id}/targets`, flash: 'measure-saved' }),
  })
}
