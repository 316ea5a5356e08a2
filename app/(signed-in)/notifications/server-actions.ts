'use server'

import { markAllRead } from '@/lib/data/notifications/inbox'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { EmptyFormSchema } from '@/lib/validation/small-forms'

export async function handleMarkAllRead(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [],
    schema: EmptyFormSchema,
    refused: 'You cannot change these notifications.',
    run: (user) => markAllRead(user),
    done: () => ({ to: '/notifications', flash: 'all-read' }),
  })
}
