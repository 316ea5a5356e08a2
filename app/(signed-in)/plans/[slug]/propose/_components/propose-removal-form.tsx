'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { TextArea } from '@/components/forms/text-area'
import { idle } from '@/lib/form-state'
import { proposeRemovalAction } from '@/app/(signed-in)/proposals/actions'

/** Proposes removing a published milestone: only a reason is asked for. */
export function ProposeRemovalForm({ milestoneId }: { milestoneId: string }) {
  const [state, formAction, pending] = useActionState(proposeRemovalAction.bind(null, milestoneId), idle)
  const error = state.fieldErrors?.removalWhy?.[0]
  const errors = [
    ...(state.formError ? [{ text: state.formError }] : []),
    ...(error ? [{ field: 'removalWhy', text: error }] : []),
  ]
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={errors} submission={state} />
      <TextArea
        name="removalWhy"
        label="Why should it be removed?"
        hint="The delivery team and the chair read this, and answer it."
        rows={3}
        value={state.values?.removalWhy ?? ''}
        error={error}
      />
      <button type="submit" className="govuk-button govuk-button--warning" disabled={pending} aria-disabled={pending}>
        Propose removing this milestone
      </button>
    </form>
  )
}
