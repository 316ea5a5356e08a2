'use server'

import { redirect } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { changePassword, signOutEverywhere } from '@/lib/data/accounts/auth'
import { flashPath } from '@/lib/forms/flash'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { ChangePasswordSchema } from '@/lib/validation/auth'

export async function handlePasswordChange(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [],
    schema: ChangePasswordSchema,
    secret: ['currentPassword', 'newPassword', 'confirmPassword'],
    refused: 'You cannot change this password.',
    errorField: { INVALID_INPUT: 'currentPassword' },
    run: (user, data) => changePassword(user, data),
    // Every session has ended, this one too: sign in again with the new password.
    done: () => ({ to: '/sign-in', flash: 'password-changed' }),
  })
}

/** A button with no answers, so nothing to parse: it ends every session of the user. */
export async function handleSignOutEverywhere(): Promise<void> {
  const user = await requireUser()
  await signOutEverywhere(user)
  redirect(flashPath('/sign-in', 'sessions-ended'))
}
