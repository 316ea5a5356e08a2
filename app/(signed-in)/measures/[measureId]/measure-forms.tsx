'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { RadiosField } from '@/components/forms/radios'
import { TextArea } from '@/components/forms/text-area'
import { TextField } from '@/components/forms/text-field'
import { idle } from '@/lib/forms/state'
import { PERIOD_HINT } from '@/lib/validation/measure-value'
import { handleStatusOverride, handleMeasureValue } from './server-actions'

export function RecordValueForm({ measureId, unitHint }: { measureId: string; unitHint: string }) {
  const [state, action, pending] = useActionState(handleMeasureValue.bind(null, measureId), idle)
  const err = (f: string) => state.fieldErrors?.[f]?.[0]
  const v = state.values
  const errors = [
    ...(state.formError ? [{ field: 'value', text: state.formError }] : []),
    ...(['period', 'value', 'localInsight'] as const).flatMap((f) => (err(f) ? [{ field: f, text: err(f) ?? '' }] : [])),
  ]
  return (
    <form action={action} noValidate>
      <h2 className="govuk-heading-m">Record a value</h2>
      <ErrorSummary errors={errors} submission={state} />
      <p className="govuk-body">A value for a period that already has one replaces it, and the change is recorded.</p>
      <TextField
        name="period"
        label="Period"
        hint={PERIOD_HINT}
        width="one-half"
        maxLength={20}
        defaultValue={v?.period}
        error={err('period')}
      />
      <TextField
        name="value"
        label="Value"
        hint={unitHint}
        inputMode="decimal"
        width="one-half"
        maxLength={20}
        defaultValue={v?.value}
        error={err('value') ?? (state.formError ? state.formError : undefined)}
      />
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id="isProvisional"
              name="isProvisional"
              type="checkbox"
              value="yes"
              defaultChecked={v?.isProvisional === 'yes'}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="isProvisional">
              Provisional (may still be revised)
            </label>
          </div>
        </div>
      </div>
      <TextArea
        name="localInsight"
        label="Local insight"
        hint="Optional. Context the number does not show, for example a change in how it is counted."
        value={v?.localInsight ?? ''}
        error={err('localInsight')}
      />
      <button type="submit" className="govuk-button" disabled={pending} aria-disabled={pending}>
        Save value
      </button>
    </form>
  )
}

const OVERRIDE_OPTIONS = [
  { value: '', label: 'Work it out from the values (no override)' },
  { value: 'ON_TRACK', label: 'On track' },
  { value: 'AT_RISK', label: 'At risk' },
  { value: 'OFF_TRACK', label: 'Off track' },
  { value: 'TOO_EARLY', label: 'Too early to judge' },
]

export function OverrideForm({
  measureId,
  version,
  status,
  reason,
}: {
  measureId: string
  version: number
  status: string
  reason: string
}) {
  const [state, action, pending] = useActionState(handleStatusOverride.bind(null, measureId), idle)
  const err = (f: string) => state.fieldErrors?.[f]?.[0]
  const v = state.values
  const errors = [
    ...(state.formError ? [{ text: state.formError }] : []),
    ...(err('status') ? [{ field: 'status-', text: err('status') ?? '' }] : []),
    ...(err('reason') ? [{ field: 'reason', text: err('reason') ?? '' }] : []),
  ]
  return (
    <form action={action} noValidate>
      <h2 className="govuk-heading-m">Set the status by hand</h2>
      <ErrorSummary errors={errors} submission={state} />
      <input type="hidden" name="version" value={version} />
      <RadiosField name="status" legend="Status" options={OVERRIDE_OPTIONS} value={v?.status ?? status} error={err('status')} />
      <TextArea
        name="reason"
        label="Why the status is set by hand"
        hint="Needed for an override. It is shown with the status."
        value={v?.reason ?? reason}
        error={err('reason')}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending} aria-disabled={pending}>
        Save status
      </button>
    </form>
  )
}
