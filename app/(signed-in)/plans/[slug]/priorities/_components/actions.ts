'use server'

import { redirect } from 'next/navigation'
import * as z from 'zod'
import { requireUser } from '@/lib/auth/session'
import { DraftConflict } from '@/lib/data/plan-draft'
import { savePriority } from '@/lib/data/priority-edit'
import { refusalState, type FormState } from '@/lib/form-state'
import { PriorityEditSchema } from '@/lib/validation/priority'

const FIELDS = ['token', 'lifeStageId', 'title', 'description', 'origin', 'position'] as const

export async function savePriorityAction(
  slug: string,
  priorityId: string | null,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await requireUser()
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(formData.get(f) ?? '')]))
  const parsed = PriorityEditSchema.safeParse(values)
  if (!parsed.success) return { status: 'error', fieldErrors: z.flattenError(parsed.error).fieldErrors, values }
  let id: string
  try {
    id = await savePriority(user, slug, priorityId, parsed.data)
  } catch (error) {
    if (error instanceof DraftConflict) {
      return {
        status: 'error',
        formError: error.userMessage,
        values: { ...values, token: error.current.token },
        result: { conflict: JSON.stringify(error.current.fields) },
      }
    }
    return refusalState(error, 'You cannot edit this priority.', values)
  }
  redirect(`/plans/${slug}/priorities/${id}?saved=1`)
}
