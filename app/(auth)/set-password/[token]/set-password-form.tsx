'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { TextField } from '@/components/forms/text-field'
import { idle } from '@/lib/forms/state'
import { handleSetPassword } from './server-actions'

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState(handleSetPassword.bind(null, token), idle)
  const err = (f: string) => state.fieldErrors?.[f]?.[0]
  const errors = [
    ...(state.formError ? [{ text: state.formError }] : []),
    ...(['newPassword', 'confirmPassword'] as const).flatMap((f) => (err(f) ? [{ field: f, text: err(f) ?? '' }] : [])),
  ]
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={errors} submission={state} />
      {/* Lets password managers save the new password against the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField
        name="newPassword"
        label="New password"
        hint="At least 8 characters. A long phrase is easier to remember and harder to guess."
        type="password"
        autoComplete="new-password"
        maxLength={256}
        error={err('newPassword')}
      />
      <TextField
        name="confirmPassword"
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        maxLength={256}
        error={err('confirmPassword')}
      />
      <button type="submit" className="govuk-button" disabled={pending} aria-disabled={pending}>
        Set password
      </button>
    </form>
  )
}
