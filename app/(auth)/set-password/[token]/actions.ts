'use server'

import { redirect } from 'next/navigation'
import * as z from 'zod'
import { setPasswordFromLink } from '@/lib/data/users'
import { isAppError } from '@/lib/errors'
import type { FormState } from '@/lib/form-state'
import { SetPasswordSchema } from '@/lib/validation/users'

export async function setPasswordAction(token: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = SetPasswordSchema.safeParse({
    newPassword: formData.get('newPassword') ?? '',
    confirmPassword: formData.get('confirmPassword') ?? '',
  })
  // Passwords are never echoed back.
  if (!parsed.success) return { status: 'error', fieldErrors: z.flattenError(parsed.error).fieldErrors }
  try {
    await setPasswordFromLink(token, parsed.data)
  } catch (error) {
    if (isAppError(error) && error.userMessage) return { status: 'error', formError: error.userMessage }
    throw error
  }
  redirect('/sign-in?changed=set')
}
