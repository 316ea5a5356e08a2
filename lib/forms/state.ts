/** What a form's server action returns (field errors, a form error, the answers), and `idle`. Safe in the browser. */
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
export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>
