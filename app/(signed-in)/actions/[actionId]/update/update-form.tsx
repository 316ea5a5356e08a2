'use client'

import { useActionState } from 'react'
import { ConflictTable } from '@/components/forms/conflict-table'
import { ErrorSummary } from '@/components/forms/error-summary'
import type { ActionStatus } from '@/lib/generated/prisma/enums'
import { RadiosField } from '@/components/forms/radios'
import { TextArea } from '@/components/forms/text-area'
import { TextField } from '@/components/forms/text-field'
import { idle } from '@/lib/forms/state'
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from '@/lib/validation/action-update'
import { handleActionUpdate } from './server-actions'

export function UpdateForm({
  actionId,
  version,
  status,
  progressPercent,
}: {
  actionId: string
  version: number
  status: ActionStatus | null
  progressPercent: number | null
}) {
  const [state, action, pending] = useActionState(handleActionUpdate.bind(null, actionId), idle)
  const err = (f: string) => state.fieldErrors?.[f]?.[0]
  const errors = [
    ...(state.formError ? [{ text: state.formError }] : []),
    ...(['status', 'progressPercent', 'body'] as const).flatMap((f) =>
      err(f) ? [{ field: f === 'status' ? 'status-NOT_STARTED' : f, text: err(f) ?? '' }] : [],
    ),
  ]
  const chosen = state.values?.status ?? status ?? ''
  // After a conflict: the status and progress someone else posted meanwhile, beside this user's.
  const theirs = state.result?.conflict
    ? (JSON.parse(state.result.conflict) as { status: ActionStatus | null; progressPercent: number | null })
    : null
  const label = (s: string | null) => (s ? (ACTION_STATUS_LABELS[s as ActionStatus] ?? s) : 'Not set')
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={errors} submission={state} />
      {theirs && (
        <ConflictTable
          differences={[
            { title: 'Status', theirs: label(theirs.status), yours: label(state.values?.status ?? null) },
            {
              title: 'Progress (%)',
              theirs: theirs.progressPercent === null ? 'Not set' : String(theirs.progressPercent),
              yours: state.values?.progressPercent || 'Not set',
            },
          ]}
        />
      )}
      <input type="hidden" name="version" value={state.values?.version ?? String(version)} />
      <RadiosField
        name="status"
        legend="Status"
        options={ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }))}
        value={chosen}
        error={err('status')}
      />
      <TextField
        name="progressPercent"
        label="Progress (%)"
        hint="Optional. A whole number from 0 to 100."
        inputMode="numeric"
        width="one-half"
        className="govuk-input--width-3"
        defaultValue={state.values?.progressPercent ?? (progressPercent === null ? '' : String(progressPercent))}
        error={err('progressPercent')}
        maxLength={3}
      />
      <TextArea
        name="body"
        label="What has happened since the last update"
        rows={5}
        maxLength={2000}
        value={state.values?.body ?? ''}
        error={err('body')}
      />
      <button type="submit" className="govuk-button" disabled={pending} aria-disabled={pending}>
        Post update
      </button>
    </form>
  )
}
