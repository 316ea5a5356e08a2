'use server'

import { savePriority } from '@/lib/data/plan/priorities'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { PLAN_FORM_SCHEMAS } from '@/lib/validation/plan-forms'

/** Adds a priority (`priorityId` null) or saves an edit of one, in the draft. */
export async function handlePriority(
  slug: string,
  priorityId: string | null,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runForm(formData, {
    schema: PLAN_FORM_SCHEMAS.priorities,
    refused: 'You cannot edit this priority.',
    run: (user, data) => savePriority(user, slug, priorityId, data),
    done: (id) => ({ to: `/plans/${slug}/priorities/${id}`, flash: 'priority-saved' }),
  })
}
