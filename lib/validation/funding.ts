/**
 * Funding forms: an allocation, its revision, a commitment or payment against an action, a
 * withdrawal, and the chair's funding return. Amounts go through the one money parser
 * (lib/money.ts): integer pence, never a float. Safe in the browser.
 */
import * as z from 'zod'
import { parseMoney } from '@/lib/money'
import { datePartsSchema } from './dates'
import { checkbox, id, optionalLink, RELOAD, text } from './fields'
import { seenVersion } from './version'

const money = (label: string) =>
  z
    .string()
    .max(40, { error: `Enter the ${label} in pounds, like 1,250.50` })
    .transform((v, ctx) => {
      const r = parseMoney(v, label)
      if (!r.ok) {
        ctx.addIssue({ code: 'custom', message: r.message })
        return z.NEVER
      }
      return r.pence
    })

export const ALLOCATION_STATUSES = ['CONFIRMED', 'INDICATIVE'] as const
const allocationStatus = z.enum(ALLOCATION_STATUSES, { error: 'Select whether the allocation is confirmed or indicative' })

/** "priority:<id>", "action:<id>" or '' (not earmarked). */
const earmark = z
  .string()
  .max(60)
  .refine((v) => v === '' || /^(priority|action):[A-Za-z0-9_-]{1,40}$/.test(v), { error: 'Select what the allocation is for' })
  .transform((v) => {
    if (v === '') return { priorityId: null, actionId: null }
    const [kind, ref] = v.split(':') as ['priority' | 'action', string]
    return kind === 'priority' ? { priorityId: ref, actionId: null } : { priorityId: null, actionId: ref }
  })

/** The first day of the financial year (1 April) that `d` falls in. */
const financialYearStart = (d: Date) => {
  const y = d.getUTCMonth() >= 3 ? d.getUTCFullYear() : d.getUTCFullYear() - 1
  return Date.UTC(y, 3, 1)
}

export const AllocationSchema = z
  .object({
    streamId: id('Select the funding stream'),
    label: text('name of the allocation', 120),
    period: text('period', 20),
    startsOn: datePartsSchema('start date'),
    endsOn: datePartsSchema('end date'),
    multiYear: checkbox,
    amount: money('amount'),
    status: allocationStatus,
    decision: text('announcement or decision it came from', 500),
    /** The award date 360Giving asks for: when it was announced or decided, if known. */
    awardedOn: datePartsSchema('date it was announced or decided', { optional: true }),
    earmark,
  })
  .superRefine((v, ctx) => {
    if (!v.startsOn || !v.endsOn) return
    if (v.endsOn < v.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'The end date must be on or after the start date' })
      return
    }
    // One financial year each, unless announced for several: then the user says so.
    if (financialYearStart(v.startsOn) !== financialYearStart(v.endsOn) && !v.multiYear)
      ctx.addIssue({
        code: 'custom',
        path: ['multiYear'],
        message:
          'The dates span more than one financial year: tick the box if it was announced for several years, or change the dates',
      })
  })
export type AllocationInput = z.output<typeof AllocationSchema>

export const AllocationRevisionSchema = z.object({
  version: seenVersion,
  amount: money('revised amount'),
  status: allocationStatus,
  reason: text('reason for the revision', 500),
})
export type AllocationRevisionInput = z.output<typeof AllocationRevisionSchema>

export const ENTRY_KINDS = ['COMMITMENT', 'SPEND'] as const

export const FundingEntrySchema = z.object({
  kind: z.enum(ENTRY_KINDS, { error: 'Select whether this is a commitment or a payment' }),
  actionId: id('Select the action'),
  allocationId: id('Select the allocation it is paid from'),
  amount: money('amount'),
  occurredOn: datePartsSchema('date'),
  organisation: text('organisation', 200),
  description: text('description', 1000, { optional: true }),
  evidenceUrl: optionalLink('evidence link'),
  /** Ticked after the warnings were shown: save anyway. */
  confirm: checkbox,
})
export type FundingEntryInput = z.output<typeof FundingEntrySchema>

/** Correcting an entry: the replacement's fields, why, and the version of the one replaced. */
export const FundingCorrectionSchema = FundingEntrySchema.extend({
  version: seenVersion,
  reason: text('reason for the correction', 500),
})
export type FundingCorrectionInput = z.output<typeof FundingCorrectionSchema>

/** Withdrawing an allocation or entry. Its own field name, as it shares a page with a form that asks another reason. */
export const WithdrawalSchema = z.object({
  version: seenVersion,
  withdrawReason: text('reason for withdrawing it', 500),
})
export type WithdrawalInput = z.output<typeof WithdrawalSchema>

export const FundingReturnSchema = z.object({
  asAt: datePartsSchema('date the figures are as at'),
  note: text('note', 1000, { optional: true }),
  /** What the chair saw: how many changes were waiting, and the newest one's id. */
  token: z.string().max(80, { error: RELOAD }),
})
export type FundingReturnInput = z.output<typeof FundingReturnSchema>
