'use client'

import { ConflictTable } from '@/components/forms/conflict-table'
import { ErrorSummary } from '@/components/forms/error-summary'
import { ProposalWhy } from '@/components/forms/proposal-why'
import { RadiosField } from '@/components/forms/radios'
import { SelectField } from '@/components/forms/select-field'
import { TextArea } from '@/components/forms/text-area'
import { TextField } from '@/components/forms/text-field'
import type { MeasurePlanForEdit } from '@/lib/data/plan/measures'
import { type FormAction } from '@/lib/forms/state'
import {
  FIELD_LABELS,
  MEASURE_DEFINITION_FIELDS,
  MEASURE_PLAN_FIELDS,
  POLARITIES,
  POLARITY_LABELS,
  UNIT_LABELS,
  UNITS,
  describeValue,
  type MeasurePlanFields,
} from '@/lib/plan-fields'
import { PERIOD_HINT } from '@/lib/validation/measure-value'
import type { FormMode } from './form-mode'
import { usePlanForm } from './use-plan-form'

type Field = (typeof MEASURE_PLAN_FIELDS)[number]

/** The form's text for a field's value (the trajectory as one "period, value" per line). */
const asText = (name: Field, value: MeasurePlanFields[Field]) =>
  name === 'trajectory'
    ? (value as MeasurePlanFields['trajectory']).map((p) => `${p.period}, ${p.value}`).join('\n')
    : value === null
      ? ''
      : String(value)

const anchor = (name: Field) =>
  name === 'unit'
    ? `unit-${UNITS[0]}`
    : name === 'polarity'
      ? `polarity-${POLARITIES[0]}`
      : name === 'definitionId'
        ? 'definitionId-'
        : name

/**
 * Edits a measure's definition and targets; `add` makes it add a new one, `propose` propose a
 * change (or, on a blank form, propose a new measure).
 */
export function MeasureForm({ measure, submit, mode }: { measure: MeasurePlanForEdit; submit: FormAction; mode: FormMode }) {
  const { state, formAction, pending, v, err, summary, theirs } = usePlanForm<MeasurePlanFields>(submit)
  const propose = mode === 'propose'
  const text = (name: Field) => v?.[name] ?? asText(name, measure.fields[name])
  const shown = MEASURE_PLAN_FIELDS.filter(
    (f) => measure.isLocal || !(MEASURE_DEFINITION_FIELDS as readonly string[]).includes(f),
  )
  const errors = summary(
    shown.map((name) => [name, anchor(name)] as const),
    { every: true },
  )
  const names = new Map(measure.options.priorities.map((p) => [p.id, p.label]))
  const differences = theirs
    ? shown
        .filter((name) => asText(name, theirs[name]) !== (v?.[name] ?? '').trim())
        .map((name) => ({
          title: FIELD_LABELS.measures[name],
          theirs: describeValue(name, theirs[name], names) ?? 'Not set',
          yours: (v?.[name] ?? '').trim() || 'Not set',
        }))
    : []
  const unitOf = v?.unit ?? measure.fields.unit
  // A blank form (adding, or proposing a new measure) chooses its definition; after that it is fixed.
  const choosing = !measure.id

  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={errors} submission={state} />
      {theirs && <ConflictTable differences={differences} />}
      <input type="hidden" name="token" value={v?.token ?? measure.token} />
      {choosing ? (
        <RadiosField
          name="definitionId"
          legend="Which measure is it?"
          hint="A national core measure is defined the same way in every area, so areas can be compared on it."
          options={[
            ...measure.options.coreDefinitions.map((d) => ({ value: d.id, label: `National: ${d.label}` })),
            { value: '', label: 'A local measure, defined below' },
          ]}
          value={v?.definitionId ?? ''}
          error={err('definitionId')}
        />
      ) : (
        <input type="hidden" name="definitionId" value={measure.fields.definitionId ?? ''} />
      )}
      <SelectField
        name="priorityId"
        label="Priority"
        options={measure.options.priorities.map((o) => ({ value: o.id, label: o.label }))}
        none="Not linked to a priority"
        value={text('priorityId')}
        error={err('priorityId')}
      />
      {measure.isLocal ? (
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            <h2 className="govuk-fieldset__heading">{choosing ? 'Definition of a local measure' : 'Definition'}</h2>
          </legend>
          <TextField name="name" label="Name" width="full" maxLength={300} defaultValue={text('name')} error={err('name')} />
          <RadiosField
            name="unit"
            legend="Unit"
            options={UNITS.map((u) => ({ value: u, label: UNIT_LABELS[u] }))}
            value={text('unit')}
            error={err('unit')}
          />
          <RadiosField
            name="polarity"
            legend="Which way is better"
            options={POLARITIES.map((p) => ({ value: p, label: POLARITY_LABELS[p] }))}
            value={text('polarity')}
            error={err('polarity')}
          />
          <TextField
            name="dataSource"
            label="Data source"
            hint="Optional. Where the figures are published."
            maxLength={500}
            defaultValue={text('dataSource')}
            error={err('dataSource')}
          />
          <TextField
            name="frequency"
            label="How often it is published"
            hint="Optional. For example, every year."
            maxLength={100}
            width="one-half"
            defaultValue={text('frequency')}
            error={err('frequency')}
          />
        </fieldset>
      ) : (
        <>
          <div className="govuk-inset-text">
            This is a national core measure, defined the same way in every area so areas can be compared: {measure.fields.name} (
            {UNIT_LABELS[measure.fields.unit].toLowerCase()}, {POLARITY_LABELS[measure.fields.polarity].toLowerCase()}). Its
            baseline, trajectory and target are this area&rsquo;s own.
          </div>
          {MEASURE_DEFINITION_FIELDS.map((name) => (
            <input key={name} type="hidden" name={name} value={asText(name, measure.fields[name])} />
          ))}
        </>
      )}
      <PointFieldset
        which="baseline"
        valueHint={unitOf === 'PERCENT' ? 'From 0 to 100, without the % sign' : undefined}
        noteHint="Optional. Where the source gives no single number."
        text={text}
        err={err}
      />
      <TextArea
        name="trajectory"
        label="Trajectory"
        hint="Optional interim points between the baseline and the target, one per line: the period, a comma, then the value. For example, 2019, 64.5. With none, the line runs straight from the baseline to the target."
        rows={4}
        maxLength={5000}
        value={text('trajectory')}
        error={state.fieldErrors?.trajectory?.join('. ')}
      />
      <PointFieldset which="target" noteHint="Optional. Where the target is not a number." text={text} err={err} />
      {propose ? (
        <ProposalWhy value={v?.why ?? ''} error={err('why')} pending={pending} />
      ) : (
        <button type="submit" className="govuk-button" disabled={pending} aria-disabled={pending}>
          {mode === 'add' ? 'Add success measure' : 'Save success measure'}
        </button>
      )}
    </form>
  )
}

/** The baseline or the target: a value, its period, and words where there is no single number. */
function PointFieldset({
  which,
  valueHint,
  noteHint,
  text,
  err,
}: {
  which: 'baseline' | 'target'
  valueHint?: string
  noteHint: string
  text: (name: Field) => string
  err: (name: string) => string | undefined
}) {
  const title = which === 'baseline' ? 'Baseline' : 'Target'
  return (
    <fieldset className="govuk-fieldset">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
        <h2 className="govuk-fieldset__heading">{title}</h2>
      </legend>
      <TextField
        name={`${which}Value`}
        label={`${title} value`}
        hint={valueHint}
        inputMode="decimal"
        width="one-half"
        defaultValue={text(`${which}Value`)}
        error={err(`${which}Value`)}
      />
      <TextField
        name={`${which}Period`}
        label={`${title} period`}
        hint={PERIOD_HINT}
        width="one-half"
        defaultValue={text(`${which}Period`)}
        error={err(`${which}Period`)}
      />
      <TextArea
        name={`${which}Note`}
        label={`${title} in words`}
        hint={noteHint}
        rows={2}
        maxLength={1000}
        value={text(`${which}Note`)}
        error={err(`${which}Note`)}
      />
    </fieldset>
  )
}
