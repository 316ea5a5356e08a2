'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { idle } from '@/lib/forms/state'
import { handleMarkAllRead } from './server-actions'

export function MarkAllReadForm() {
  const [state, action, pending] = useActionState(handleMarkAllRead, idle)
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={state.formError ? [{ text: state.formError }] : []} submission={state} />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={pending} aria-disabled={pending}>
        Mark all as read
      </button>
    </form>
  )
}
