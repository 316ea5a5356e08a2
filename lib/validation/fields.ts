/**
 * Field schemas shared by the forms of several rooms (funding, board): text with a length
 * limit and a GOV.UK message, an id from a select, a checkbox, a web link. Safe in the browser.
 */
import * as z from 'zod'

export const RELOAD = 'Reload the page and try again.'

/** Trimmed text up to `max` characters; '' is "Enter the …" unless optional (then null). */
export const text = (label: string, max: number, { optional = false } = {}) =>
  z
    .string()
    .trim()
    .max(max, {
      error: `${label.charAt(0).toUpperCase()}${label.slice(1)} must be ${max.toLocaleString('en-GB')} characters or fewer`,
    })
    .refine((v) => optional || v !== '', { error: `Enter the ${label}` })
    .transform((v) => v || null)

/** A row id chosen from a list. */
export const id = (message: string) => z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { error: message })

/** A row id chosen from a list, or '' for none (null). */
export const optionalRowId = (message: string) =>
  z
    .string()
    .regex(/^([A-Za-z0-9_-]{1,40})?$/, { error: message })
    .transform((v) => v || null)

/** A checkbox: "yes" when ticked, absent otherwise. */
export const checkbox = z.enum(['yes', ''], { error: RELOAD }).transform((v) => v === 'yes')

/** An https (or http) address, or nothing. */
export const optionalLink = (label: string) =>
  z
    .string()
    .trim()
    .max(500, { error: `The ${label} must be 500 characters or fewer` })
    .refine(
      (v) => {
        if (v === '') return true
        try {
          const u = new URL(v)
          return u.protocol === 'https:' || u.protocol === 'http:'
        } catch {
          return false
        }
      },
      { error: `Enter the ${label} as a web address starting https://` },
    )
    .transform((v) => v || null)
