'use client'

import { useActionState } from 'react'
import type { SummaryError } from '@/components/forms/error-summary'
import { idle, type FormAction } from '@/lib/forms/state'

/**
 * The state a GOV.UK form shares: the action, each field's error, the answers to put back
 * (`value`), and the error summary's list in the order the fields appear (`fields`; a date's
 * error links to its day box, a radio group's to its first option, `radios` naming its value).
 */
export function useFormFields(
  submit: FormAction,
  fields: readonly string[],
  dates: readonly string[] = [],
  radios: Readonly<Record<string, string>> = {},
) {
  const [state, action, pending] = useActionState(submit, idle)
  const err = (f: string) => state.fieldErrors?.[f]?.[0]
  const value = (f: string, fallback = '') => state.values?.[f] ?? fallback
  const errors: SummaryError[] = [
    ...(state.formError ? [{ text: state.formError }] : []),
    ...fields.flatMap((f) => {
      const text = err(f)
      if (!text) return []
      const first = radios[f]
      return [{ field: dates.includes(f) ? `${f}-day` : first ? `${f}-${first}` : f, text }]
    }),
  ]
  const date = (f: string, fallback = { day: '', month: '', year: '' }) =>
    state.values ? { day: value(`${f}-day`), month: value(`${f}-month`), year: value(`${f}-year`) } : fallback
  return { state, action, pending, err, value, errors, date }
}
