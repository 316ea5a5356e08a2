/** The delivery team's form for a priority in the draft plan. Safe in the browser. */
import * as z from 'zod'
import { wholeNumber } from './whole-number'
import { ORIGINS } from '@/lib/plan-fields'
import { optionalChoice, optionalId } from './action'

export const PriorityEditSchema = z.object({
  /** Which state of the priority the edit was made from (see lib/data/plan-draft.ts). */
  token: z.string().max(80),
  lifeStageId: optionalId,
  title: z
    .string()
    .trim()
    .min(1, { error: 'Enter the title of the priority' })
    .max(300, { error: 'The title must be 300 characters or fewer' }),
  description: z
    .string()
    .trim()
    .max(5000, { error: 'The description must be 5,000 characters or fewer' })
    .transform((v) => v || null),
  origin: optionalChoice(ORIGINS, 'Select who proposed the priority'),
  position: wholeNumber('Select where the priority comes in the plan', { min: 1, max: 99 }),
})
export type PriorityEditInput = z.infer<typeof PriorityEditSchema>
