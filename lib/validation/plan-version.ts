/** Forms for submitting a draft plan and for the chair's decision. Safe in the browser. */
import * as z from 'zod'

export const SubmitPlanSchema = z.object({
  changeSummary: z
    .string()
    .trim()
    .min(1, { error: 'Enter a summary of what has changed' })
    .max(1000, { error: 'The summary must be 1,000 characters or fewer' }),
})
export type SubmitPlanInput = z.infer<typeof SubmitPlanSchema>

export const PlanDecisionSchema = z
  .object({
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
