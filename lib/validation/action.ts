/** The delivery team's form for editing an action in the draft plan. Safe in the browser. */
import * as z from 'zod'
import { EVIDENCE_STRENGTHS, LEGACY_STATUSES } from '@/lib/plan-fields'
import { datePartsSchema } from './dates'

/** An optional choice from a list: '' means none. */
export const optionalChoice = <T extends readonly string[]>(values: T, message: string) =>
  z
    .string()
    .refine((v) => v === '' || values.includes(v), { error: message })
    .transform((v) => (v === '' ? null : (v as T[number])))

export const optionalId = z
  .string()
  .max(40)
  .transform((v) => (v === '' ? null : v))

export const ActionEditSchema = z
  .object({
    /** Which state of the action the edit was made from (see lib/data/action-edit.ts). */
    token: z.string().max(80),
    priorityId: optionalId,
    title: z
      .string()
      .trim()
      .min(1, { error: 'Enter the title of the action' })
      .max(300, { error: 'The title must be 300 characters or fewer' }),
    description: z
      .string()
      .trim()
      .max(5000, { error: 'The description must be 5,000 characters or fewer' })
      .transform((v) => v || null),
    leadOrganisationId: optionalId,
    ownerId: optionalId,
    startsOn: datePartsSchema('start date', { optional: true }),
    dueOn: datePartsSchema('due date', { optional: true }),
    evidenceStrand: z
      .string()
      .trim()
      .max(200, { error: 'The evidence strand must be 200 characters or fewer' })
      .transform((v) => v || null),
    evidenceStrength: optionalChoice(EVIDENCE_STRENGTHS, 'Select how strong the evidence is'),
    legacyStatus: optionalChoice(LEGACY_STATUSES, 'Select what happens after the programme funding'),
  })
  .superRefine((v, ctx) => {
    if (v.startsOn && v.dueOn && v.dueOn < v.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['dueOn'], message: 'The due date must be the same as or after the start date' })
    }
  })
export type ActionEditInput = z.infer<typeof ActionEditSchema>
