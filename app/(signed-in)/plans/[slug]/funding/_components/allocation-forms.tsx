'use client'

import { CheckboxField } from '@/components/forms/checkbox-field'
import { DateField } from '@/components/forms/date-field'
import { ErrorSummary } from '@/components/forms/error-summary'
import { RadiosField } from '@/components/forms/radios'
import { SelectField } from '@/components/forms/select-field'
import { TextArea } from '@/components/forms/text-area'
import { TextField } from '@/components/forms/text-field'
import { handleAddAllocation, handleReviseAllocation } from '../server-actions'
import { useFormFields } from '@/components/forms/use-form-fields'

type Option = { value: string; label: string }

const STATUS_OPTIONS = [
  { value: 'CONFIRMED', label: 'Confirmed' },
  { value: 'INDICATIVE', label: 'Indicative', hint: 'Announced, but the amount may still change' },
]
const AMOUNT_HINT = 'In pounds, for example 250,000 or 1250.50'

export function AddAllocationForm({ slug, streams, earmarks }: { slug: string; streams: Option[]; earmarks: Option[] }) {
  const f = useFormFields(
    handleAddAllocation.bind(null, slug),
    ['streamId', 'label', 'period', 'startsOn', 'endsOn', 'multiYear', 'amount', 'status', 'decision', 'awardedOn', 'earmark'],
    ['startsOn', 'endsOn', 'awardedOn'],
    { status: 'CONFIRMED' },
  )
  return (
    <form action={f.action} noValidate>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <SelectField
        name="streamId"
        label="Funding stream"
        options={streams}
        none="Select a stream"
        value={f.value('streamId')}
        error={f.err('streamId')}
      />
      <TextField
        name="label"
        label="Name of the allocation"
        hint="As the announcement or budget calls it, for example “Year 4 extension”"
        maxLength={120}
        defaultValue={f.value('label')}
        error={f.err('label')}
      />
      <TextField
        name="period"
        label="Period"
        hint="For example 2020-21, or 2017-20 for several years"
        width="one-half"
        maxLength={20}
        defaultValue={f.value('period')}
        error={f.err('period')}
      />
      <DateField
        name="startsOn"
        legend="Start date"
        hint="For example 1 4 2020"
        value={f.date('startsOn')}
        error={f.err('startsOn')}
      />
      <DateField name="endsOn" legend="End date" hint="For example 31 3 2021" value={f.date('endsOn')} error={f.err('endsOn')} />
      <CheckboxField
        name="multiYear"
        label="It was announced for more than one financial year"
        hint="An allocation is for one financial year (April to March) unless it was announced for several."
        checked={f.value('multiYear') === 'yes'}
        error={f.err('multiYear')}
      />
      <TextField
        name="amount"
        label="Amount"
        hint={AMOUNT_HINT}
        inputMode="decimal"
        width="one-half"
        maxLength={40}
        defaultValue={f.value('amount')}
        error={f.err('amount')}
      />
      <RadiosField
        name="status"
        legend="Is the amount confirmed?"
        options={STATUS_OPTIONS}
        value={f.value('status', 'CONFIRMED')}
        error={f.err('status')}
      />
      <TextArea
        name="decision"
        label="The announcement or decision it came from"
        hint="For example “DfE letter of 3 March 2020” or “Board meeting, 12 February 2021, item 4”"
        value={f.value('decision')}
        error={f.err('decision')}
        maxLength={500}
      />
      <DateField
        name="awardedOn"
        legend="Date it was announced or decided (optional)"
        hint="For example 3 3 2020. Leave blank if it is not known."
        value={f.date('awardedOn')}
        error={f.err('awardedOn')}
      />
      <SelectField
        name="earmark"
        label="Earmarked for (optional)"
        hint="A priority or an action this money is set aside for"
        options={earmarks}
        none="Not earmarked"
        value={f.value('earmark')}
        error={f.err('earmark')}
      />
      <button type="submit" className="govuk-button" disabled={f.pending} aria-disabled={f.pending}>
        Add allocation
      </button>
    </form>
  )
}

export function ReviseAllocationForm({
  slug,
  id,
  version,
  amount,
  status,
}: {
  slug: string
  id: string
  version: number
  amount: string
  status: string
}) {
  const f = useFormFields(handleReviseAllocation.bind(null, slug, id), ['amount', 'status', 'reason'], [], {
    status: 'CONFIRMED',
  })
  return (
    <form action={f.action} noValidate>
      <h2 className="govuk-heading-m">Revise the amount</h2>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <input type="hidden" name="version" value={f.value('version', String(version))} />
      <TextField
        name="amount"
        label="Revised amount"
        hint={AMOUNT_HINT}
        inputMode="decimal"
        width="one-half"
        maxLength={40}
        defaultValue={f.value('amount', amount)}
        error={f.err('amount')}
      />
      <RadiosField
        name="status"
        legend="Is the revised amount confirmed?"
        options={STATUS_OPTIONS}
        value={f.value('status', status)}
        error={f.err('status')}
      />
      <TextArea
        name="reason"
        label="Why it was revised"
        hint="For example “Underspend carried forward, DfE letter of 2 April 2021”"
        value={f.value('reason')}
        error={f.err('reason')}
        maxLength={500}
      />
      <button type="submit" className="govuk-button" disabled={f.pending} aria-disabled={f.pending}>
        Save revision
      </button>
    </form>
  )
}
