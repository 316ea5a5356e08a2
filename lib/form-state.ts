import { isAppError } from './errors'

/** What a form's server action returns: field errors, a form error, and the submitted values. */
export type FormState = {
  status: 'idle' | 'error' | 'success'
  formError?: string
  fieldErrors?: Record<string, string[] | undefined>
  /** Echoed back so the form keeps every answer after React resets it. Never passwords. */
  values?: Record<string, string>
  message?: string
  /** What a successful action made, for the page to show once (e.g. a set-password link). */
  result?: Record<string, string>
}

export const idle: FormState = { status: 'idle' }

/** A server action as useActionState calls it. */
export type PlanFormAction = (state: FormState, formData: FormData) => Promise<FormState>

/**
 * The form state for an error a server action caught from lib/data: the user's own message
 * for errors they can fix, `notFound` for a row they may not touch; anything else is rethrown.
 */
export function refusalState(error: unknown, notFound: string, values?: Record<string, string>): FormState {
  if (isAppError(error) && error.userMessage) return { status: 'error', formError: error.userMessage, values }
  if (isAppError(error) && error.code === 'NOT_FOUND') return { status: 'error', formError: notFound, values }
  throw error
}
