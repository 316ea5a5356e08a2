'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { idle } from '@/lib/forms/state'
import { handleIssueLink, handleDisable } from '../server-actions'
import { PasswordLink } from '../_components/password-link'

/** Disable or re-enable the account. */
export function DisableForm({
  userId,
  name,
  disabled,
  version,
}: {
  userId: string
  name: string
  disabled: boolean
  version: number
}) {
  const [state, action, pending] = useActionState(handleDisable.bind(null, userId, !disabled), idle)
  return (
    <form action={action} noValidate>
      <h2 className="govuk-heading-m">{disabled ? 'Re-enable this account' : 'Disable this account'}</h2>
      <ErrorSummary errors={state.formError ? [{ text: state.formError }] : []} submission={state} />
      <p className="govuk-body">
        {disabled
          ? `${name} will be able to sign in again with their password.`
          : `${name} will be signed out at once and cannot sign in until the account is re-enabled. Nothing they wrote is removed.`}
      </p>
      <input type="hidden" name="version" value={version} />
      <button
        type="submit"
        className={`govuk-button${disabled ? ' govuk-button--secondary' : ' govuk-button--warning'}`}
        disabled={pending}
        aria-disabled={pending}
      >
        {disabled ? 'Re-enable account' : 'Disable account'}
      </button>
    </form>
  )
}

/** Make a new one-time set-password link (a lost or expired invitation, or a forgotten password). */
export function NewLinkForm({ userId, name }: { userId: string; name: string }) {
  const [state, action, pending] = useActionState(handleIssueLink.bind(null, userId), idle)
  return (
    <form action={action} noValidate>
      <h2 className="govuk-heading-m">Set-password link</h2>
      <ErrorSummary errors={state.formError ? [{ text: state.formError }] : []} submission={state} />
      {state.status === 'success' && state.result ? (
        <PasswordLink
          name={name}
          link={state.result.link ?? ''}
          expires={state.result.expires ?? ''}
          mailed={state.result.mailed}
        />
      ) : (
        <p className="govuk-body">
          For an invitation link that was lost or has expired, or a forgotten password. Any earlier link stops working; their
          current password keeps working until they use the new link.
        </p>
      )}
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending} aria-disabled={pending}>
        Make a new link
      </button>
    </form>
  )
}
