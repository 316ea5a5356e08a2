'use server'

import { updateAction } from '@/lib/data/plan/actions'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { PLAN_FORM_SCHEMAS } from '@/lib/validation/plan-forms'

export async function handleActionEdit(actionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    schema: PLAN_FORM_SCHEMAS.actions,
    refused: 'You cannot edit this action.',
    run: (user, data) => updateAction(user, actionId, data),
    done: () => ({ to: `/actions/${actionId}/edit`, flash: 'action-saved' }),
  })
}
