'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { TextField } from '@/components/forms/text-field'
import { idle } from '@/lib/forms/state'
import { handlePasswordChange } from './server-actions'

const FIELDS = [
  { name: 'currentPassword', label: 'Current password', autoComplete: 'current-password' },
  {
    name: 'newPassword',
    label: 'New password',
    autoComplete: 'new-password',
    hint: 'At least 8 characters. A long phrase is easier to remember and harder to guess.',
  },
  { name: 'confirmPassword', label: 'Confirm new password', autoComplete: 'new-password' },
] as const

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(handlePasswordChange, idle)
  const errors = FIELDS.flatMap((f) =>
    state.fieldErrors?.[f.name]?.[0] ? [{ field: f.name, text: state.fieldErrors[f.name]?.[0] ?? '' }] : [],
  )
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={errors} submission={state} />
      <h2 className="govuk-heading-m">Change your password</h2>
      <p className="govuk-body">Changing it signs you out everywhere, here included.</p>
      {FIELDS.map((f) => (
        <TextField
          key={f.name}
          name={f.name}
          label={f.label}
          hint={'hint' in f ? f.hint : undefined}
          type="password"
          autoComplete={f.autoComplete}
          maxLength={256}
          error={state.fieldErrors?.[f.name]?.[0]}
        />
      ))}
      <button type="submit" className="govuk-button" disabled={pending} aria-disabled={pending}>
        Change password
      </button>
    </form>
  )
}
