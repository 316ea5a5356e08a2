'use server'

import { removeMilestone, saveMilestone } from '@/lib/data/plan/milestones'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { PLAN_FORM_SCHEMAS } from '@/lib/validation/plan-forms'
import { TokenFormSchema } from '@/lib/validation/small-forms'

/** Adds a milestone (`milestoneId` null) or saves an edit of one, in the draft. */
export async function handleMilestone(
  actionId: string,
  milestoneId: string | null,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runForm(formData, {
    schema: PLAN_FORM_SCHEMAS.milestones,
    refused: 'You cannot edit this milestone.',
    run: (user, data) => saveMilestone(user, actionId, milestoneId, data),
    done: () => ({ to: `/actions/${actionId}/edit`, flash: 'milestone-saved' }),
  })
}

export async function handleMilestoneRemoval(
  actionId: string,
  milestoneId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runForm(formData, {
    schema: TokenFormSchema,
    refused: 'You cannot remove this milestone.',
    run: (user, data) => removeMilestone(user, actionId, milestoneId, data.token),
    done: () => ({ to: `/actions/${actionId}/edit`, flash: 'milestone-removed' }),
  })
}
