'use client'

import { ErrorSummary } from '@/components/forms/error-summary'
import { RadiosField } from '@/components/forms/radios'
import { useFormFields } from '@/components/forms/use-form-fields'
import type { MailFrequency, NotificationKind } from '@/lib/generated/prisma/enums'
import { FREQUENCY_LABELS, KINDS_SENT, NOTIFICATION_KINDS } from '@/lib/notification-kinds'
import { handleMailChoices } from './server-actions'

const KINDS: readonly NotificationKind[] = KINDS_SENT
const OPTIONS = (Object.keys(FREQUENCY_LABELS) as MailFrequency[]).map((value) => ({ value, label: FREQUENCY_LABELS[value] }))

export function MailChoicesForm({ choices }: { choices: Record<NotificationKind, MailFrequency> }) {
  const { action, pending, err, value, errors, state } = useFormFields(
    handleMailChoices,
    KINDS,
    [],
    Object.fromEntries(KINDS.map((k) => [k, 'IMMEDIATE'])),
  )
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={errors} submission={state} />
      {KINDS.map((kind) => (
        <RadiosField
          key={kind}
          name={kind}
          legend={NOTIFICATION_KINDS[kind].label}
          hint={NOTIFICATION_KINDS[kind].hint}
          options={OPTIONS}
          value={value(kind, choices[kind])}
          error={err(kind)}
        />
      ))}
      <button type="submit" className="govuk-button" disabled={pending} aria-disabled={pending}>
        Save e-mail choices
      </button>
    </form>
  )
}
