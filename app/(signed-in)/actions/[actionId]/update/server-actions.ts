'use server'

import { postActionUpdate } from '@/lib/data/progress/action-updates'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { ActionUpdateSchema } from '@/lib/validation/action-update'

export async function handleActionUpdate(actionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [actionId],
    schema: ActionUpdateSchema,
    refused: 'You cannot update this action.',
    run: (user, data) => postActionUpdate(user, actionId, data),
    done: () => ({ to: '/dashboard', flash: 'update-posted' }),
  })
}
