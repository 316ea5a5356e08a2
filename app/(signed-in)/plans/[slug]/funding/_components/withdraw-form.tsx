'use client'

import { ErrorSummary } from '@/components/forms/error-summary'
import { TextArea } from '@/components/forms/text-area'
import type { FormAction } from '@/lib/forms/state'
import { useFormFields } from '@/components/forms/use-form-fields'

/** Withdrawing an allocation or an entry: a reason, saved against the version the page showed. */
export function WithdrawForm({
  submit,
  version,
  what,
  explanation,
}: {
  submit: FormAction
  version: number
  what: 'allocation' | 'entry'
  explanation: string
}) {
  const f = useFormFields(submit, ['withdrawReason'])
  return (
    <form action={f.action} noValidate>
      <h2 className="govuk-heading-m">Withdraw this {what}</h2>
      <p className="govuk-body">{explanation}</p>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <input type="hidden" name="version" value={f.value('version', String(version))} />
      <TextArea
        name="withdrawReason"
        label="Why it is withdrawn"
        value={f.value('withdrawReason')}
        error={f.err('withdrawReason')}
        maxLength={500}
      />
      <button type="submit" className="govuk-button govuk-button--warning" disabled={f.pending} aria-disabled={f.pending}>
        Withdraw {what}
      </button>
    </form>
  )
}
