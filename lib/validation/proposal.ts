/** Proposing a change to the plan, and answering a proposal. Safe in the browser. */
import * as z from 'zod'
import { seenVersion } from './version'

export const ProposalWhySchema = z
  .string()
  .trim()
  .min(1, { error: 'Enter why you are proposing this change' })
  .max(2000, { error: 'Why you are proposing it must be 2,000 characters or fewer' })

export const ProposalResponseSchema = z
  .object({
    version: seenVersion,
    decision: z.enum(['accept', 'decline'], { error: 'Select whether to accept or decline the proposal' }),
    response: z
      .string()
      .trim()
      .max(2000, { error: 'The response must be 2,000 characters or fewer' })
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'decline' && !v.response) {
      ctx.addIssue({ code: 'custom', path: ['response'], message: 'Enter the reason for declining the proposal' })
    }
  })
export type ProposalResponseInput = z.infer<typeof ProposalResponseSchema>
