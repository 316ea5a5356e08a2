'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { OneAnswerForm } from '@/components/forms/one-answer-form'
import { RadiosField } from '@/components/forms/radios'
import { TextArea } from '@/components/forms/text-area'
import { idle } from '@/lib/forms/state'
import { handlePlanDecision, handlePlanSubmission } from '../server-actions'

export function SubmitPlanForm({ slug, version }: { slug: string; version: string }) {
  return (
    <OneAnswerForm
      action={handlePlanSubmission.bind(null, slug)}
      name="changeSummary"
      label="What has changed"
      hint="The chair reads this first. Once published, it heads the entry in the public change log."
      maxLength={1000}
      button="Submit for approval"
      hidden={{ version }}
    />
  )
}

export function DecidePlanForm({ slug, version }: { slug: string; version: string }) {
  const [state, action, pending] = useActionState(handlePlanDecision.bind(null, slug), idle)
  const err = (f: string) => state.fieldErrors?.[f]?.[0]
  const errors = [
    ...(state.formError ? [{ text: state.formError }] : []),
    ...(err('decision') ? [{ field: 'decision-approve', text: err('decision') ?? '' }] : []),
    ...(err('note') ? [{ field: 'note', text: err('note') ?? '' }] : []),
  ]
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={errors} submission={state} />
      {/* What the chair read: a draft changed since is refused, and the page shows it again. */}
      <input type="hidden" name="version" value={state.values?.version ?? version} />
      <RadiosField
        name="decision"
        legend="Your decision"
        options={[
          {
            value: 'approve',
            label: 'Approve and publish',
            hint: 'The changes appear on the public page and in the change log.',
          },
          { value: 'return', label: 'Return to the delivery team', hint: 'Nothing is published. They see your reason.' },
        ]}
        value={state.values?.decision ?? ''}
        error={err('decision')}
      />
      <TextArea
        name="note"
        label="Note or reason"
        hint="Needed either way: a note for the published version, or why you are returning it."
        maxLength={1000}
        value={state.values?.note ?? ''}
        error={err('note')}
      />
      <button type="submit" className="govuk-button" disabled={pending} aria-disabled={pending}>
        Confirm decision
      </button>
    </form>
  )
}
