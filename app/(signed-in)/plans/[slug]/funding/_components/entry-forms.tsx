'use client'

import { CheckboxField } from '@/components/forms/checkbox-field'
import { DateField } from '@/components/forms/date-field'
import { ErrorSummary } from '@/components/forms/error-summary'
import { RadiosField } from '@/components/forms/radios'
import { SelectField } from '@/components/forms/select-field'
import { TextArea } from '@/components/forms/text-area'
import { TextField } from '@/components/forms/text-field'
import type { DateParts } from '@/lib/validation/dates'
import { handleCorrectEntry, handleRecordEntry } from '../server-actions'
import { useFormFields } from '@/components/forms/use-form-fields'

type Option = { value: string; label: string }

const KIND_OPTIONS = [
  { value: 'COMMITMENT', label: 'A commitment', hint: 'A firm obligation to a provider: a signed contract or grant agreement' },
  { value: 'SPEND', label: 'A payment', hint: 'Money paid out' },
]

const FIELDS = [
  'kind',
  'actionId',
  'allocationId',
  'amount',
  'occurredOn',
  'organisation',
  'description',
  'evidenceUrl',
  'reason',
  'confirm',
]

/** What an entry form opens with: blank, an action chosen, or the entry being corrected. */
export type EntryStart = {
  kind?: string
  actionId?: string
  allocationId?: string
  amount?: string
  occurredOn?: DateParts
  organisation?: string
  description?: string
  evidenceUrl?: string
}

/**
 * Records a commitment or payment, or (with `correcting`) corrects one. When the save would
 * take spend over its commitment, money over the allocation or a date outside its period, the
 * form comes back with the warnings on the "Save anyway" box: ticking it saves.
 */
export function EntryForm({
  slug,
  actions,
  allocations,
  start = {},
  correcting,
}: {
  slug: string
  actions: Option[]
  allocations: Option[]
  start?: EntryStart
  correcting?: { id: string; version: number }
}) {
  const submit = correcting ? handleCorrectEntry.bind(null, slug, correcting.id) : handleRecordEntry.bind(null, slug)
  const f = useFormFields(submit, FIELDS, ['occurredOn'], { kind: 'COMMITMENT' })
  const warned = Boolean(f.err('confirm'))
  return (
    <form action={f.action} noValidate>
      <ErrorSummary errors={f.errors} submission={f.state} />
      {correcting && <input type="hidden" name="version" value={f.value('version', String(correcting.version))} />}
      <RadiosField
        name="kind"
        legend="What are you recording?"
        options={KIND_OPTIONS}
        value={f.value('kind', start.kind ?? '')}
        error={f.err('kind')}
      />
      <SelectField
        name="actionId"
        label="Action"
        options={actions}
        none="Select the action"
        value={f.value('actionId', start.actionId ?? '')}
        error={f.err('actionId')}
      />
      <SelectField
        name="allocationId"
        label="Paid from"
        hint="The allocation the money comes from. If it is not listed, add the allocation first."
        options={allocations}
        none="Select the allocation"
        value={f.value('allocationId', start.allocationId ?? '')}
        error={f.err('allocationId')}
      />
      <TextField
        name="amount"
        label="Amount"
        hint="In pounds, for example 12,500 or 1250.50"
        inputMode="decimal"
        width="one-half"
        maxLength={40}
        defaultValue={f.value('amount', start.amount ?? '')}
        error={f.err('amount')}
      />
      <DateField
        name="occurredOn"
        legend="Date"
        hint="The date it was committed or paid, for example 27 3 2021"
        value={f.date('occurredOn', start.occurredOn)}
        error={f.err('occurredOn')}
      />
      <TextField
        name="organisation"
        label="Provider or recipient"
        hint="The organisation contracted or paid"
        maxLength={200}
        defaultValue={f.value('organisation', start.organisation ?? '')}
        error={f.err('organisation')}
      />
      <TextArea
        name="description"
        label="Description (optional)"
        hint="What the money is for"
        value={f.value('description', start.description ?? '')}
        error={f.err('description')}
        maxLength={1000}
      />
      <TextField
        name="evidenceUrl"
        label="Evidence link (optional)"
        hint="A link to the contract, invoice or decision, starting https://"
        type="url"
        maxLength={500}
        defaultValue={f.value('evidenceUrl', start.evidenceUrl ?? '')}
        error={f.err('evidenceUrl')}
      />
      {correcting && (
        <TextArea name="reason" label="Why it is corrected" value={f.value('reason')} error={f.err('reason')} maxLength={500} />
      )}
      {(warned || f.value('confirm') === 'yes') && (
        <CheckboxField
          name="confirm"
          label="Save anyway: I have checked the figures"
          checked={f.value('confirm') === 'yes'}
          error={f.err('confirm')}
        />
      )}
      <button type="submit" className="govuk-button" disabled={f.pending} aria-disabled={f.pending}>
        {correcting ? 'Save correction' : 'Save'}
      </button>
    </form>
  )
}
