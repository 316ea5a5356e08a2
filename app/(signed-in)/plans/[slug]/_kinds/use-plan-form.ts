'use client'

import { useActionState } from 'react'
import { idle, type FormAction } from '@/lib/forms/state'
import { partsOf } from '@/lib/validation/dates'

/**
 * What every plan entity form (priority, action, success measure, milestone) does with its
 * server action's state: each field's error, the GOV.UK error summary in the form's order, the
 * values the other person saved after a conflict, and a date's parts as submitted.
 */
export function usePlanForm<Fields>(submit: FormAction) {
  const [state, formAction, pending] = useActionState(submit, idle)
  const v = state.values
  const err = (field: string) => state.fieldErrors?.[field]?.[0]
  /**
   * The form's own error, the proposal's reason, then each field's error(s) linked to its first
   * input (`anchor`); `every` lists all of a field's messages (a trajectory can have several).
   */
  const summary = (fields: readonly (readonly [name: string, anchor: string])[], { every = false } = {}) => [
    ...(state.formError ? [{ text: state.formError }] : []),
    ...(err('why') ? [{ field: 'why', text: err('why') ?? '' }] : []),
    ...fields.flatMap(([name, anchor]) =>
      (state.fieldErrors?.[name] ?? []).slice(0, every ? undefined : 1).map((text) => ({ field: anchor, text })),
    ),
  ]
  const theirs = state.result?.conflict ? (JSON.parse(state.result.conflict) as Fields) : null
  /** A GOV.UK date's day, month and year: as submitted after an error, otherwise from `saved`. */
  const dateParts = (name: string, saved: Date | null) =>
    v ? { day: v[`${name}-day`] ?? '', month: v[`${name}-month`] ?? '', year: v[`${name}-year`] ?? '' } : partsOf(saved)
  return { state, formAction, pending, v, err, summary, theirs, dateParts }
}
