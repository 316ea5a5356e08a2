/** Forms for recording a success measure's value and overriding its status. Safe in the browser. */
import * as z from 'zod'
import { seenVersion } from './version'
import { periodEnd } from '@/lib/measure-status'

import { PERIOD_ERROR, PERIOD_HINT } from '@/lib/period'

export { PERIOD_HINT }

/** A decimal number as people type it ("71.5", "1,204", "-2"), or null: one rule for forms and CSV. */
export function parseDecimal(text: string): number | null {
  if (!/^-?[\d,]*\.?\d+$/.test(text)) return null
  const n = Number(text.replace(/,/g, ''))
  return Number.isFinite(n) ? n : null
}

export const MeasureValueSchema = z.object({
  period: z
    .string()
    .trim()
    .min(1, { error: 'Enter the period the value is for' })
    .max(20, { error: 'The period must be 20 characters or fewer' })
    .refine((p) => p === '' || periodEnd(p) !== null, {
      error: PERIOD_ERROR,
    }),
  value: z
    .string()
    .trim()
    .min(1, { error: 'Enter the value' })
    .max(20, { error: 'Enter the value as a number, like 71.5' })
    .transform((v, ctx) => {
      const n = parseDecimal(v)
      if (n === null || Math.abs(n) > 1e9) {
        ctx.addIssue({ code: 'custom', message: 'Enter the value as a number, like 71.5' })
        return z.NEVER
      }
      return n
    }),
  // A checkbox: "yes" when ticked, absent otherwise; anything else was not sent by the form.
  isProvisional: z.enum(['yes', 'no', ''], { error: 'Say whether the value is provisional' }).transform((v) => v === 'yes'),
  localInsight: z
    .string()
    .trim()
    .max(2000, { error: 'Local insight must be 2,000 characters or fewer' })
    .transform((v) => v || null),
})
/**
 * The form that records or corrects one value: the value, and the version of the one being
 * corrected as the page showed it ('' for a new period). A save from any other version is
 * refused with the value as it now is (lib/data/progress/measure-values.ts).
 */
export const MeasureValueFormSchema = MeasureValueSchema.extend({
  version: z
    .string()
    .max(12)
    .refine((v) => v === '' || /^\d+$/.test(v), { error: 'Reload the page and try again.' })
    .transform((v) => (v === '' ? null : Number(v))),
})
export type MeasureValueInput = z.infer<typeof MeasureValueFormSchema>

export const OVERRIDE_STATUSES = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'TOO_EARLY'] as const

export const MeasureOverrideSchema = z
  .object({
    version: seenVersion,
    status: z
      .string()
      .refine((v) => v === '' || (OVERRIDE_STATUSES as readonly string[]).includes(v), { error: 'Select a status' })
      .transform((v) => (v === '' ? null : (v as (typeof OVERRIDE_STATUSES)[number]))),
    reason: z
      .string()
      .trim()
      .max(500, { error: 'The reason must be 500 characters or fewer' })
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.status && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Enter why the status is set by hand' })
  })
export type MeasureOverrideInput = z.infer<typeof MeasureOverrideSchema>
