/** GOV.UK date input parsing: three fields (day, month, year) to a calendar date, or a clear error. */
import * as z from 'zod'

export type DateParts = { day: string; month: string; year: string }

/**
 * A zod schema for a date entered as day, month and year. `label` names the date in messages
 * ("The due date must be a real date"). Optional dates accept three empty fields as null.
 */
export function datePartsSchema(label: string, { optional = false } = {}) {
  const cap = label.charAt(0).toUpperCase() + label.slice(1)
  return z
    .object({ day: z.string().trim().max(2), month: z.string().trim().max(2), year: z.string().trim().max(4) })
    .transform((p, ctx): Date | null => {
      const filled = [p.day, p.month, p.year].filter((v) => v !== '').length
      if (filled === 0) {
        if (optional) return null
        ctx.addIssue({ code: 'custom', message: `Enter the ${label}` })
        return z.NEVER
      }
      const missing = (['day', 'month', 'year'] as const).filter((k) => p[k] === '')
      if (missing.length > 0) {
        ctx.addIssue({ code: 'custom', message: `${cap} must include a ${missing.join(' and ')}` })
        return z.NEVER
      }
      const [d, m, y] = [p.day, p.month, p.year].map((v) => (/^\d+$/.test(v) ? Number(v) : NaN)) as [number, number, number]
      const date = new Date(Date.UTC(y, m - 1, d))
      if (!(y >= 2000 && y <= 2100) || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
        ctx.addIssue({ code: 'custom', message: `${cap} must be a real date between 2000 and 2100` })
        return z.NEVER
      }
      return date
    })
}

export const partsOf = (date: Date | null): DateParts =>
  date
    ? { day: String(date.getUTCDate()), month: String(date.getUTCMonth() + 1), year: String(date.getUTCFullYear()) }
    : { day: '', month: '', year: '' }
