'use server'

import { addAction } from '@/lib/data/plan/actions'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { PLAN_FORM_SCHEMAS } from '@/lib/validation/plan-forms'

export async function handleNewAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    schema: PLAN_FORM_SCHEMAS.actions,
    refused: 'You cannot add actions to this plan.',
    run: (user, data) => addAction(user, slug, data),
    done: (id) => ({ to: `/actions/${id}/edit`, flash: 'action-saved' }),
  })
}
