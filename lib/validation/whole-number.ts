/**
 * A whole number typed into a field, read strictly: digits only. `z.coerce.number()` and
 * `Number()` also read "0x10" as 16, "1e2" as 100 and " " as 0, which no one means.
 * Safe in the browser.
 */
import * as z from 'zod'

export const DIGITS = /^\d{1,9}$/

export const wholeNumber = (message: string, range: { min: number; max: number }) =>
  z
    .string({ error: message })
    .trim()
    .regex(DIGITS, { error: message })
    .transform(Number)
    .refine((n) => n >= range.min && n <= range.max, { error: message })
