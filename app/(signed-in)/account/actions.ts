'use server'

import { redirect } from 'next/navigation'
import * as z from 'zod'
import { requireUser } from '@/lib/auth/session'
import { changePassword, signOutEverywhere } from '@/lib/data/auth'
import { isAppError } from '@/lib/errors'
import type { FormState } from '@/lib/form-state'
import { ChangePasswordSchema } from '@/lib/validation/auth'

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser()
  const parsed = ChangePasswordSchema.safeParse({
    currentPassword: formData.get('currentPassword') ?? '',
    newPassword: formData.get('newPassword') ?? '',
    confirmPassword: formData.get('confirmPassword') ?? '',
  })
  // Passwords are never echoed back.
  if (!parsed.success) return { status: 'error', fieldErrors: z.flattenError(parsed.error).fieldErrors }
  try {
    await changePassword(user, parsed.data)
  } catch (error) {
    if (isAppError(error) && error.userMessage) return { status: 'error', fieldErrors: { currentPassword: [error.userMessage] } }
    throw error
  }
  // Every session has ended, this one too: sign in again with the new password.
  redirect('/sign-in?changed=password')
}

export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser()
  await signOutEverywhere(user)
  redirect('/sign-in?changed=sessions')
}
