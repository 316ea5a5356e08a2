'use client'

import { OneAnswerForm } from '@/components/forms/one-answer-form'
import { handleProposedRemoval } from '@/app/(signed-in)/proposals/server-actions'

/** Proposes removing a published milestone: only a reason is asked for. */
export function ProposeRemovalForm({ milestoneId }: { milestoneId: string }) {
  return (
    <OneAnswerForm
      action={handleProposedRemoval.bind(null, milestoneId)}
      name="removalWhy"
      label="Why should it be removed?"
      hint="The delivery team and the chair read this, and answer it."
      button="Propose removing this milestone"
      warning
    />
  )
}
