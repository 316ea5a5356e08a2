'use server'

import { redirect } from 'next/navigation'
import * as z from 'zod'
import { requireUser } from '@/lib/auth/session'
import { updateAction } from '@/lib/data/action-edit'
import { DraftConflict } from '@/lib/data/plan-draft'
import { isAppError } from '@/lib/errors'
import type { FormState } from '@/lib/form-state'
import { ActionEditSchema } from '@/lib/validation/action'

const TEXT_FIELDS = [
  'token',
  'priorityId',
  'title',
  'description',
  'leadOrganisationId',
  'ownerId',
  'evidenceStrand',
  'evidenceStrength',
  'legacyStatus',
] as const
const DATE_FIELDS = ['startsOn', 'dueOn'] as const

export async function editActionAction(actionId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser()
  const values: Record<string, string> = {}
  for (const f of TEXT_FIELDS) values[f] = String(formData.get(f) ?? '')
  for (const f of DATE_FIELDS)
    for (const p of ['day', 'month', 'year']) values[`${f}-${p}`] = String(formData.get(`${f}-${p}`) ?? '')
  const date = (f: string) => ({ day: values[`${f}-day`], month: values[`${f}-month`], year: values[`${f}-year`] })
  const parsed = ActionEditSchema.safeParse({ ...values, startsOn: date('startsOn'), dueOn: date('dueOn') })
  if (!parsed.success) return { status: 'error', fieldErrors: z.flattenError(parsed.error).fieldErrors, values }
  try {
    await updateAction(user, actionId, parsed.data)
  } catch (error) {
    if (error instanceof DraftConflict) {
      // Keep every answer; move the form onto the newer version so a second save is a choice
      // made having seen the other person's values.
      return {
        status: 'error',
        formError: error.userMessage,
        values: { ...values, token: error.current.token },
        result: { conflict: JSON.stringify(error.current.fields) },
      }
    }
    if (isAppError(error) && error.code === 'NOT_FOUND')
      return { status: 'error', formError: 'You cannot edit this action.', values }
    if (isAppError(error) && error.userMessage) return { status: 'error', formError: error.userMessage, values }
    throw error
  }
  redirect(`/actions/${actionId}/edit?saved=1`)
}
