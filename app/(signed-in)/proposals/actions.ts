'use server'

import { redirect } from 'next/navigation'
import * as z from 'zod'
import { requireUser } from '@/lib/auth/session'
import type { SessionUser } from '@/lib/data/auth'
import {
  createProposal,
  proposeAddition,
  proposeRemoval,
  respondToProposal,
  type ProposableKind,
  type ProposalInput,
} from '@/lib/data/proposals'
import { refusalState, type FormState } from '@/lib/form-state'
import { readPlanForm } from '@/lib/validation/plan-forms'
import { ProposalResponseSchema, ProposalWhySchema } from '@/lib/validation/proposal'

/**
 * Reads the proposal form (the entity's answers and why), sends it with `send`, and opens the
 * proposal's page; or returns the form's errors or the refusal, with every answer kept.
 */
async function sendProposal(
  kind: ProposableKind,
  formData: FormData,
  send: (user: SessionUser, input: ProposalInput<ProposableKind>) => Promise<string>,
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
    id = await send(user, { why: why.data, fields: data })
  } catch (error) {
    return refusalState(error, 'You cannot propose this.', values)
  }
  redirect(`/proposals/${id}?sent=1`)
}

/**
 * A board member proposes a change, on the same form the delivery team edits with. The token
 * is not needed: a proposal is laid over whatever the plan holds when accepted.
 */
export async function proposeChangeAction(
  kind: ProposableKind,
  targetId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return sendProposal(kind, formData, (user, input) => createProposal(user, kind, targetId, input))
}

/** A board member proposes adding a priority, action, success measure or milestone (of `actionId`). */
export async function proposeAdditionAction(
  kind: ProposableKind,
  slug: string,
  actionId: string | null,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return sendProposal(kind, formData, (user, input) => proposeAddition(user, kind, slug, input, actionId))
}

/** A board member proposes removing a published milestone, saying why. */
export async function proposeRemovalAction(milestoneId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser()
  const values = { removalWhy: String(formData.get('removalWhy') ?? '') }
  const why = ProposalWhySchema.safeParse(values.removalWhy)
  if (!why.success) return { status: 'error', fieldErrors: { removalWhy: z.flattenError(why.error).formErrors }, values }
  let id: string
  try {
    id = await proposeRemoval(user, 'milestones', milestoneId, why.data)
  } catch (error) {
    return refusalState(error, 'You cannot propose removing this.', values)
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
