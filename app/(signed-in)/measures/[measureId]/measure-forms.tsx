'use client'

import { useActionState } from 'react'
import { ConflictTable } from '@/components/forms/conflict-table'
import { ErrorSummary } from '@/components/forms/error-summary'
import { RadiosField } from '@/components/forms/radios'
import { TextArea } from '@/components/forms/text-area'
import { TextField } from '@/components/forms/text-field'
import { idle } from '@/lib/forms/state'
import { PERIOD_HINT } from '@/lib/validation/measure-value'
import { handleStatusOverride, handleMeasureValue } from './server-actions'

/** A recorded value, as the correction form opens on it. */
export type ValueToCorrect = { period: string; value: string; isProvisional: boolean; localInsight: string; version: number }

type Recorded = { value: number; isProvisional: boolean; localInsight: string | null }

/**
 * Records a value for a new period, or — opened on a recorded value (`correcting`) — corrects
 * it, starting from its current value, flag and insight so that only what the user changes
 * changes. Saved against the version the page showed: a value recorded for the period since
 * (or a blank form naming a period that has one) is refused, with the recorded one shown.
 */
export function RecordValueForm({
  measureId,
  unitHint,
  correcting,
}: {
  measureId: string
  unitHint: string
  correcting?: ValueToCorrect
}) {
  const [state, action, pending] = useActionState(handleMeasureValue.bind(null, measureId), idle)
  const err = (f: string) => state.fieldErrors?.[f]?.[0]
  const v = state.values
  const errors = [
    ...(state.formError ? [{ field: 'value', text: state.formError }] : []),
    ...(['period', 'value', 'localInsight'] as const).flatMap((f) => (err(f) ? [{ field: f, text: err(f) ?? '' }] : [])),
  ]
  const recorded = state.result?.conflict ? (JSON.parse(state.result.conflict) as Recorded) : null
  const yes = (b: boolean) => (b ? 'Yes' : 'No')
  const differences = recorded
    ? [
        { title: 'Value', theirs: String(recorded.value), yours: v?.value ?? '' },
        { title: 'Provisional', theirs: yes(recorded.isProvisional), yours: yes(v?.isProvisional === 'yes') },
        { title: 'Local insight', theirs: recorded.localInsight ?? 'None', yours: v?.localInsight || 'None' },
      ].filter((d) => d.theirs !== d.yours)
    : []
  // After a refusal the form corrects the value it was shown, so its period is fixed too.
  const period = correcting?.period ?? (recorded ? v?.period : undefined)
  return (
    <form action={action} noValidate id="record-value">
      <h2 className="govuk-heading-m">{period ? `Correct the value for ${period}` : 'Record a value'}</h2>
      <ErrorSummary errors={errors} submission={state} />
      {recorded && <ConflictTable differences={differences} />}
      <input type="hidden" name="version" value={v?.version ?? (correcting ? String(correcting.version) : '')} />
      {period ? (
        <input type="hidden" name="period" value={period} />
      ) : (
        <>
          <p className="govuk-body">To change a value already recorded, use “Correct” beside it in the table above.</p>
          <TextField
            name="period"
            label="Period"
            hint={PERIOD_HINT}
            width="one-half"
            maxLength={20}
            defaultValue={v?.period}
            error={err('period')}
          />
        </>
      )}
      <TextField
        name="value"
        label="Value"
        hint={unitHint}
        inputMode="decimal"
        width="one-half"
        maxLength={20}
        defaultValue={v?.value ?? correcting?.value}
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
              defaultChecked={v ? v.isProvisional === 'yes' : Boolean(correcting?.isProvisional)}
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
        value={v?.localInsight ?? correcting?.localInsight ?? ''}
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
  // After a conflict: the status someone else set meanwhile, beside this user's answers.
  const theirs = state.result?.conflict ? (JSON.parse(state.result.conflict) as { status: string; reason: string }) : null
  const label = (status: string) => OVERRIDE_OPTIONS.find((o) => o.value === status)?.label ?? status
  return (
    <form action={action} noValidate>
      <h2 className="govuk-heading-m">Set the status by hand</h2>
      <ErrorSummary errors={errors} submission={state} />
      {theirs && (
        <ConflictTable
          differences={[
            { title: 'Status', theirs: label(theirs.status), yours: label(v?.status ?? '') },
            { title: 'Reason', theirs: theirs.reason || 'None', yours: v?.reason || 'None' },
          ].filter((d) => d.theirs !== d.yours)}
        />
      )}
      <input type="hidden" name="version" value={v?.version ?? version} />
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
