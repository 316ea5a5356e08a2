'use server'

import { redirect } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { savePriority } from '@/lib/data/priority-edit'
import type { FormState } from '@/lib/form-state'
import { planRefusalState } from '@/lib/plan-form-state'
import { readPlanForm } from '@/lib/validation/plan-forms'

export async function savePriorityAction(
  slug: string,
  priorityId: string | null,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await requireUser()
  const { values, data, fieldErrors } = readPlanForm('priorities', formData)
  if (!data) return { status: 'error', fieldErrors, values }
  let id: string
  try {
    id = await savePriority(user, slug, priorityId, data)
  } catch (error) {
    return planRefusalState(error, 'You cannot edit this priority.', values)
  }
  redirect(`/plans/${slug}/priorities/${id}?saved=1`)
}
