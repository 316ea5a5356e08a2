'use client'

import { useActionState } from 'react'
import { DateField } from '@/components/forms/date-field'
import { ErrorSummary } from '@/components/forms/error-summary'
import { ProposalWhy } from '@/components/forms/proposal-why'
import { TextField } from '@/components/forms/text-field'
import type { DraftMilestone } from '@/lib/data/plan/milestones'
import { idle, type FormAction } from '@/lib/forms/state'
import type { FormMode } from './form-mode'
import { usePlanForm } from './use-plan-form'
import { handleMilestoneRemoval } from '../[kind]/server-actions'

const asDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null)

/** Adds or changes a milestone of the action; `propose` proposes the addition or change instead. */
export function MilestoneForm({
  milestone,
  submit,
  mode,
}: {
  milestone: DraftMilestone | null
  submit: FormAction
  mode: FormMode
}) {
  const { state, formAction, pending, v, err, summary, dateParts } = usePlanForm<never>(submit)
  const propose = mode === 'propose'
  const date = (name: 'dueOn' | 'completedOn') => dateParts(name, asDate(milestone?.[name] ?? null))
  const errors = summary([
    ['title', 'title'],
    ['dueOn', 'dueOn-day'],
    ['completedOn', 'completedOn-day'],
  ])
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={errors} submission={state} />
      <input type="hidden" name="token" value={v?.token ?? milestone?.token ?? 'new'} />
      <TextField
        name="title"
        label="Milestone"
        hint="What will have happened, for example “Every nursery has a trained lead”."
        maxLength={300}
        width="full"
        defaultValue={v?.title ?? milestone?.title ?? ''}
        error={err('title')}
      />
      <DateField name="dueOn" legend="Due date" hint="For example, 31 3 2019" value={date('dueOn')} error={err('dueOn')} />
      <DateField
        name="completedOn"
        legend="Completed on"
        hint="Leave blank until it is done."
        value={date('completedOn')}
        error={err('completedOn')}
      />
      {propose ? (
        <ProposalWhy value={v?.why ?? ''} error={err('why')} pending={pending} />
      ) : (
        <button type="submit" className="govuk-button" disabled={pending} aria-disabled={pending}>
          {milestone ? 'Save milestone' : 'Add milestone'}
        </button>
      )}
    </form>
  )
}

export function RemoveMilestoneForm({
  slug,
  actionId,
  milestone,
}: {
  slug: string
  actionId: string
  milestone: DraftMilestone
}) {
  const [state, formAction, pending] = useActionState(handleMilestoneRemoval.bind(null, slug, milestone.id, actionId), idle)
  return (
    <form action={formAction} noValidate>
      {state.formError && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {state.formError}
        </p>
      )}
      <input type="hidden" name="token" value={milestone.token} />
      <button type="submit" className="govuk-button govuk-button--warning" disabled={pending} aria-disabled={pending}>
        Remove milestone
      </button>
    </form>
  )
}
