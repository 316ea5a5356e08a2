'use server'

import { redirect } from 'next/navigation'
import * as z from 'zod'
import { requireUser } from '@/lib/auth/session'
import { postActionUpdate } from '@/lib/data/actions'
import { isAppError } from '@/lib/errors'
import type { FormState } from '@/lib/form-state'
import { ActionUpdateSchema } from '@/lib/validation/action-update'

export async function postActionUpdateAction(actionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser()
  const values = {
    status: String(formData.get('status') ?? ''),
    progressPercent: String(formData.get('progressPercent') ?? ''),
    body: String(formData.get('body') ?? ''),
  }
  const parsed = ActionUpdateSchema.safeParse(values)
  if (!parsed.success) return { status: 'error', fieldErrors: z.flattenError(parsed.error).fieldErrors, values }
  try {
    await postActionUpdate(user, actionId, parsed.data)
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND')
      return { status: 'error', formError: 'You cannot update this action.', values }
    throw error
  }
  redirect('/dashboard?updated=action')
}
