/** The delivery team's form for a milestone of an action, in the draft plan. Safe in the browser. */
import * as z from 'zod'
import { datePartsSchema } from './dates'

export const MilestoneEditSchema = z.object({
  /** Which state of the milestone the edit was made from (see lib/data/plan-draft.ts). */
  token: z.string().max(80),
  title: z
    .string()
    .trim()
    .min(1, { error: 'Enter what the milestone is' })
    .max(300, { error: 'The milestone must be 300 characters or fewer' }),
  dueOn: datePartsSchema('due date'),
  completedOn: datePartsSchema('date it was completed', { optional: true }),
})
export type MilestoneEditInput = z.infer<typeof MilestoneEditSchema>
