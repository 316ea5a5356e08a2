'use client'

import { CheckboxField } from '@/components/forms/checkbox-field'
import { DateField } from '@/components/forms/date-field'
import { ErrorSummary } from '@/components/forms/error-summary'
import { SelectField } from '@/components/forms/select-field'
import { TextArea } from '@/components/forms/text-area'
import { TextField } from '@/components/forms/text-field'
import { useFormFields } from '@/components/forms/use-form-fields'
import type { DateParts } from '@/lib/validation/dates'
import { handleRecordDecision } from '../server-actions'

/** A decision on one agenda item; with `priorities`, it can add an action to the draft plan. */
export function DecisionForm({
  slug,
  meetingId,
  itemId,
  meetingDay,
  priorities,
}: {
  slug: string
  meetingId: string
  itemId: string
  meetingDay: DateParts
  priorities: { value: string; label: string }[] | null
}) {
  const f = useFormFields(
    handleRecordDecision.bind(null, slug, meetingId, itemId),
    ['summary', 'decidedOn', 'addAction', 'actionTitle', 'priorityId'],
    ['decidedOn'],
  )
  return (
    <form action={f.action} noValidate>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <TextArea
        name="summary"
        label="Decision"
        hint="What the board agreed, in a sentence or two"
        value={f.value('summary')}
        error={f.err('summary')}
        maxLength={1000}
      />
      <DateField name="decidedOn" legend="Decided on" value={f.date('decidedOn', meetingDay)} error={f.err('decidedOn')} />
      {priorities && (
        <>
          <CheckboxField
            name="addAction"
            label="The decision adds an action to the delivery plan"
            hint="It goes into the draft plan and becomes public when the chair approves the plan, linked to this decision."
            checked={f.value('addAction') === 'yes'}
            error={f.err('addAction')}
          />
          <TextField
            name="actionTitle"
            label="Action title (if it adds one)"
            maxLength={200}
            defaultValue={f.value('actionTitle')}
            error={f.err('actionTitle')}
          />
          <SelectField
            name="priorityId"
            label="Priority it is under (if it adds one)"
            options={priorities}
            none="Select a priority"
            value={f.value('priorityId')}
            error={f.err('priorityId')}
          />
        </>
      )}
      <button type="submit" className="govuk-button" disabled={f.pending} aria-disabled={f.pending}>
        Record decision
      </button>
    </form>
  )
}
