'use server'

import { saveMailChoices } from '@/lib/data/notifications/preferences'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { MailChoicesSchema } from '@/lib/validation/notifications'

export async function handleMailChoices(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [],
    schema: MailChoicesSchema,
    refused: 'You cannot change these e-mail choices.',
    run: (user, data) => saveMailChoices(user, data),
    done: () => ({ to: '/account/notifications', flash: 'mail-choices-saved' }),
  })
}
