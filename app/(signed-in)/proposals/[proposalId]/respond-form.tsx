'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { RadiosField } from '@/components/forms/radios'
import { TextArea } from '@/components/forms/text-area'
import { idle } from '@/lib/forms/state'
import { handleProposalResponse } from '../server-actions'

/** `effect` says what accepting does to the draft (replace values, add, or remove). */
export function RespondForm({ proposalId, version, effect }: { proposalId: string; version: number; effect: string }) {
  const [state, formAction, pending] = useActionState(handleProposalResponse.bind(null, proposalId), idle)
  const err = (f: string) => state.fieldErrors?.[f]?.[0]
  const errors = [
    ...(state.formError ? [{ text: state.formError }] : []),
    ...(err('decision') ? [{ field: 'decision-accept', text: err('decision') ?? '' }] : []),
    ...(err('response') ? [{ field: 'response', text: err('response') ?? '' }] : []),
  ]
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={errors} submission={state} />
      <h2 className="govuk-heading-m">Your answer</h2>
      <input type="hidden" name="version" value={version} />
      <RadiosField
        name="decision"
        legend="What do you want to do?"
        options={[
          {
            value: 'accept',
            label: 'Accept it into the draft plan',
            hint: `${effect} The chair approves the plan as usual.`,
          },
          { value: 'decline', label: 'Decline it' },
        ]}
        value={state.values?.decision ?? ''}
        error={err('decision')}
      />
      <TextArea
        name="response"
        label="Response"
        hint="Required when you decline. The person who proposed the change sees it."
        rows={4}
        maxLength={2000}
        value={state.values?.response ?? ''}
        error={err('response')}
      />
      <button type="submit" className="govuk-button" disabled={pending} aria-disabled={pending}>
        Send answer
      </button>
    </form>
  )
}
