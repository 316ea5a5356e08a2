/**
 * The one form-to-data path (ADR 008). Every server action is a few lines calling `runForm`:
 *
 *   1. who is asking (`requireUser`, unless the form is for signed-out people);
 *   2. the FormData read by the form's zod schema (`parseForm`): invalid → the errors, every
 *      answer echoed;
 *   3. the lib/data function, which authorises and writes;
 *   4. a refusal mapped to form state (`refusalState`): the user's own message, the form's
 *      "you cannot" message for a row they may not touch, or — for a stale write (StaleWrite)
 *      — the newer version and values, with the user's answers kept;
 *   5. success: a redirect with one flash key (`flashPath`), outside any try/catch, or a state
 *      the form shows once (a set-password link).
 */
import 'server-only'
import { refresh } from 'next/cache'
import { notFound, redirect } from 'next/navigation'
import type * as z from 'zod'
import { requireUser } from '@/lib/auth/session'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { isAppError, StaleWrite, type AppErrorCode } from '@/lib/errors'
import { flashPath, type FlashKey } from './flash'
import { parseForm } from './parse'
import type { FormState } from './state'

/** Where a successful action leads: a page with its flash, or a state the form shows. */
export type Done = { to: string; flash: FlashKey; n?: number } | { state: FormState }

type Common<S extends z.ZodType> = {
  schema: S
  /**
   * The action's bound arguments (slug, ids, kind), as received: they are the client's to
   * send, like form fields, so each must be an id-like string or a boolean, or the request is
   * answered "not found" before anything reads them.
   */
  bound: readonly unknown[]
  /** Bound arguments that may also be null (a milestone's action, for other kinds). */
  optionalBound?: readonly unknown[]
  /** Shown when lib/data refuses a row the user may not touch (it answers NOT_FOUND). */
  refused: string
  /** Fields never echoed back (passwords). */
  secret?: string[]
  /** Refusals of these codes are shown on a field rather than above the form. */
  errorField?: Partial<Record<AppErrorCode, string>>
}

type Signed<S extends z.ZodType, R> = Common<S> & {
  run: (user: SessionUser, data: z.output<S>) => Promise<R>
  done: (result: R, data: z.output<S>, user: SessionUser) => Done | Promise<Done>
}
type Anyone<S extends z.ZodType, R> = Common<S> & {
  signedOut: true
  run: (user: null, data: z.output<S>) => Promise<R>
  done: (result: R, data: z.output<S>, user: null) => Done | Promise<Done>
}

/** What the user is told of a refusal from lib/data; undefined for an error that is not theirs to fix. */
export function refusalMessage(error: unknown, refused: string): string | undefined {
  if (!isAppError(error)) return undefined
  return error.userMessage ?? (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN' ? refused : undefined)
}

/** A refusal from lib/data as form state; anything unexpected is rethrown to the error page. */
export function refusalState(
  error: unknown,
  refused: string,
  values: Record<string, string> = {},
  errorField: Partial<Record<AppErrorCode, string>> = {},
): FormState {
  if (error instanceof StaleWrite) {
    // The form moves onto the newer version, so saving again is a choice made having seen it:
    // the newer values go to the form (its conflict table) when it can show them; otherwise
    // the page is rendered again to show them.
    if (error.newer === undefined) refresh()
    return {
      status: 'error',
      formError: error.userMessage,
      values: { ...values, [error.field]: error.version },
      ...(error.newer !== undefined && { result: { conflict: JSON.stringify(error.newer) } }),
    }
  }
  const message = refusalMessage(error, refused)
  if (!message || !isAppError(error)) throw error
  const field = errorField[error.code]
  return field
    ? { status: 'error', fieldErrors: { [field]: [message] }, values }
    : { status: 'error', formError: message, values }
}

/** Slugs, cuids, draft ids ("new-<uuid>"), kinds and set-password tokens (base64url). */
const BOUND_TEXT = /^[A-Za-z0-9_-]{1,100}$/
const isBoundArgument = (arg: unknown) => typeof arg === 'boolean' || (typeof arg === 'string' && BOUND_TEXT.test(arg))

export function runForm<S extends z.ZodType, R>(formData: FormData, form: Anyone<S, R>): Promise<FormState>
export function runForm<S extends z.ZodType, R>(formData: FormData, form: Signed<S, R>): Promise<FormState>
export async function runForm<S extends z.ZodType, R>(formData: FormData, form: Signed<S, R> | Anyone<S, R>): Promise<FormState> {
  const wellFormed =
    formData instanceof FormData &&
    form.bound.every(isBoundArgument) &&
    (form.optionalBound ?? []).every((arg) => arg === null || isBoundArgument(arg))
  if (!wellFormed) notFound()
  const user = 'signedOut' in form ? null : await requireUser()
  const parsed = parseForm(form.schema, formData, { secret: form.secret })
  if (!parsed.ok) {
    // A hidden field (the version the page was made from) has no box to show its error beside.
    const { _form, version, token, ...fieldErrors } = parsed.fieldErrors
    const formError = (_form ?? version ?? token)?.[0]
    return { status: 'error', fieldErrors, values: parsed.values, ...(formError && { formError }) }
  }
  let done: Done
  try {
    const result = await (form.run as (u: SessionUser | null, d: z.output<S>) => Promise<R>)(user, parsed.data)
    done = await (form.done as (r: R, d: z.output<S>, u: SessionUser | null) => Done | Promise<Done>)(result, parsed.data, user)
  } catch (error) {
    return refusalState(error, form.refused, parsed.values, form.errorField)
  }
  if ('state' in done) return done.state
  redirect(flashPath(done.to, done.flash, done.n))
}
