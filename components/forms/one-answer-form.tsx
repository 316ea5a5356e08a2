'use client'

import { useActionState } from 'react'
import { idle, type FormAction } from '@/lib/forms/state'
import { ErrorSummary } from './error-summary'
import { TextArea } from './text-area'

/**
 * A form that asks one thing in words (a reason, a summary) and sends it: the GOV.UK error
 * summary, the answer kept on error, and the button (red for `warning`). `hidden` fields go
 * with it (the version the page was made from), kept at their newer value after a conflict.
 */
export function OneAnswerForm({
  action,
  name,
  label,
  hint,
  maxLength,
  rows,
  button,
  warning = false,
  hidden = {},
}: {
  action: FormAction
  name: string
  label: string
  hint: string
  maxLength?: number
  rows?: number
  button: string
  warning?: boolean
  hidden?: Record<string, string>
}) {
  const [state, formAction, pending] = useActionState(action, idle)
  const error = state.fieldErrors?.[name]?.[0]
  const errors = [...(state.formError ? [{ text: state.formError }] : []), ...(error ? [{ field: name, text: error }] : [])]
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={errors} submission={state} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={state.values?.[k] ?? v} />
      ))}
      <TextArea
        name={name}
        label={label}
        hint={hint}
        maxLength={maxLength}
        rows={rows}
        value={state.values?.[name] ?? ''}
        error={error}
      />
      <button
        type="submit"
        className={`govuk-button${warning ? ' govuk-button--warning' : ''}`}
        disabled={pending}
        aria-disabled={pending}
      >
        {button}
      </button>
    </form>
  )
}
