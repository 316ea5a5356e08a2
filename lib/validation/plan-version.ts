/** Forms for submitting a draft plan and for the chair's decision. Safe in the browser. */
import * as z from 'zod'

/**
 * Which draft, in which state, the page showed: "<draft number>:<version>" (versions restart at
 * 1 for each new draft, so the number names the draft). lib/data/plan/approval.ts refuses any other.
 */
const seenVersion = z.string().regex(/^\d{1,6}:\d{1,9}$/, { error: 'Reload the page and try again.' })

export const SubmitPlanSchema = z.object({
  version: seenVersion,
  changeSummary: z
    .string()
    .trim()
    .min(1, { error: 'Enter a summary of what has changed' })
    .max(1000, { error: 'The summary must be 1,000 characters or fewer' }),
})
export type SubmitPlanInput = z.infer<typeof SubmitPlanSchema>

export const PlanDecisionSchema = z
  .object({
    version: seenVersion,
    decision: z.enum(['approve', 'return'], { error: 'Select whether to approve or return the plan' }),
    note: z.string().trim().max(1000, { error: 'The note must be 1,000 characters or fewer' }),
  })
  .superRefine((v, ctx) => {
    if (!v.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: v.decision === 'return' ? 'Enter why the plan is being returned' : 'Enter a note for the published version',
      })
    }
  })
export type PlanDecisionInput = z.infer<typeof PlanDecisionSchema>
