'use client'

import { DateField } from '@/components/forms/date-field'
import { ErrorSummary } from '@/components/forms/error-summary'
import { TextArea } from '@/components/forms/text-area'
import type { DateParts } from '@/lib/validation/dates'
import { handleFundingReturn } from '../server-actions'
import { useFormFields } from '@/components/forms/use-form-fields'

/** The chair signs off what the page lists; the token names exactly that list. */
export function FundingReturnForm({ slug, token, today }: { slug: string; token: string; today: DateParts }) {
  const f = useFormFields(handleFundingReturn.bind(null, slug), ['asAt', 'note'], ['asAt'])
  return (
    <form action={f.action} noValidate>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <input type="hidden" name="token" value={f.value('token', token)} />
      <DateField
        name="asAt"
        legend="Figures as at"
        hint="The date the figures are correct to; the public pages show it"
        value={f.date('asAt', today)}
        error={f.err('asAt')}
      />
      <TextArea
        name="note"
        label="Note (optional)"
        hint="For example what the board discussed when agreeing the figures"
        value={f.value('note')}
        error={f.err('note')}
        maxLength={1000}
      />
      <button type="submit" className="govuk-button" disabled={f.pending} aria-disabled={f.pending}>
        Sign off and publish
      </button>
    </form>
  )
}
