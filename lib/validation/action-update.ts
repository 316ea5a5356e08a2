import * as z from 'zod'
import { DIGITS } from './whole-number'
import { seenVersion } from './version'

export const ACTION_STATUSES = ['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'COMPLETE', 'STOPPED'] as const

export const ACTION_STATUS_LABELS: Record<(typeof ACTION_STATUSES)[number], string> = {
  NOT_STARTED: 'Not started',
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
  COMPLETE: 'Complete',
  STOPPED: 'Stopped',
}

export const ActionUpdateSchema = z.object({
  /** The action's version as the page showed it: an update posted since is shown first. */
  version: seenVersion,
  status: z.enum(ACTION_STATUSES, { error: 'Select the status of the action' }),
  progressPercent: z
    .string()
    .trim()
    .max(3, { error: 'Progress must be a whole number from 0 to 100' })
    .transform((v, ctx) => {
      if (v === '') return null
      const n = DIGITS.test(v) ? Number(v) : NaN
      if (!Number.isInteger(n) || n < 0 || n > 100) {
        ctx.addIssue({ code: 'custom', message: 'Progress must be a whole number from 0 to 100' })
        return z.NEVER
      }
      return n
    }),
  body: z
    .string()
    .trim()
    .min(1, { error: 'Enter what has happened since the last update' })
    .max(2000, { error: 'The update must be 2,000 characters or fewer' }),
})
export type ActionUpdateInput = z.infer<typeof ActionUpdateSchema>
