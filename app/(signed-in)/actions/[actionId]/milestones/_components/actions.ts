'use server'

import { redirect } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { removeMilestone, saveMilestone } from '@/lib/data/milestone-edit'
import type { FormState } from '@/lib/form-state'
import { planRefusalState } from '@/lib/plan-form-state'
import { readPlanForm } from '@/lib/validation/plan-forms'

export async function saveMilestoneAction(
  actionId: string,
  milestoneId: string | null,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await requireUser()
  const { values, data, fieldErrors } = readPlanForm('milestones', formData)
  if (!data) return { status: 'error', fieldErrors, values }
  try {
    await saveMilestone(user, actionId, milestoneId, data)
  } catch (error) {
    return planRefusalState(error, 'You cannot edit this milestone.', values)
  }
  redirect(`/actions/${actionId}/edit?milestone=saved`)
}

export async function removeMilestoneAction(
  actionId: string,
  milestoneId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await requireUser()
  const token = String(formData.get('token') ?? '').slice(0, 80)
  try {
    await removeMilestone(user, actionId, milestoneId, token)
  } catch (error) {
    return planRefusalState(error, 'You cannot remove this milestone.', { token })
  }
  redirect(`/actions/${actionId}/edit?milestone=removed`)
}
