'use server'

import { redirect } from 'next/navigation'
import * as z from 'zod'
import { requireUser } from '@/lib/auth/session'
import { createProposal, respondToProposal } from '@/lib/data/proposals'
import { refusalState, type FormState } from '@/lib/form-state'
import type { ProposableKind } from '@/lib/data/proposals'
import { readPlanForm } from '@/lib/validation/plan-forms'
import { ProposalResponseSchema, ProposalWhySchema } from '@/lib/validation/proposal'

/** A board member proposes a change, on the same form the delivery team edits with. */
export async function proposeChangeAction(
  kind: ProposableKind,
  targetId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await requireUser()
  const { values, data, fieldErrors } = readPlanForm(kind, formData)
  values.why = String(formData.get('why') ?? '')
  const why = ProposalWhySchema.safeParse(values.why)
  if (!data || !why.success) {
    return {
      status: 'error',
      fieldErrors: { ...fieldErrors, ...(!why.success && { why: z.flattenError(why.error).formErrors }) },
      values,
    }
  }
  let id: string
  try {
    // The token is not needed: a proposal is laid over whatever the plan holds when accepted.
    id = await createProposal(user, kind, targetId, { why: why.data, fields: data })
  } catch (error) {
    return refusalState(error, 'You cannot propose a change to this.', values)
  }
  redirect(`/proposals/${id}?sent=1`)
}

/** The delivery team or chair accepts a proposal into the draft, or declines it with a reason. */
export async function respondToProposalAction(proposalId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser()
  const values = Object.fromEntries(['version', 'decision', 'response'].map((f) => [f, String(formData.get(f) ?? '')]))
  const parsed = ProposalResponseSchema.safeParse(values)
  if (!parsed.success) return { status: 'error', fieldErrors: z.flattenError(parsed.error).fieldErrors, values }
  try {
    await respondToProposal(user, proposalId, parsed.data)
  } catch (error) {
    return refusalState(error, 'You cannot answer this proposal.', values)
  }
  redirect(`/proposals/${proposalId}?answered=${parsed.data.decision}`)
}
