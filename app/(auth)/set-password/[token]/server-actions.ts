'use server'

import { setPasswordFromLink } from '@/lib/data/accounts/password-links'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { SetPasswordSchema } from '@/lib/validation/users'

export async function handleSetPassword(token: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [token],
    signedOut: true,
    schema: SetPasswordSchema,
    secret: ['newPassword', 'confirmPassword'],
    refused: 'This link has expired or has already been used.',
    run: (_user, data) => setPasswordFromLink(token, data),
    done: () => ({ to: '/sign-in', flash: 'password-set' }),
  })
}
