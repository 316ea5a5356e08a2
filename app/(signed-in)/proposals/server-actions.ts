'use server'

import { respondToProposal } from '@/lib/data/proposals/answer'
import { createProposal, proposeAddition, proposeRemoval, type ProposableKind } from '@/lib/data/proposals/propose'
import { notFound } from 'next/navigation'
import { isPlanKind } from '@/lib/data/plan/entity-api'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { proposalFormSchema } from '@/lib/validation/plan-forms'
import { ProposalResponseSchema } from '@/lib/validation/proposal'
import { RemovalProposalSchema } from '@/lib/validation/small-forms'

const sent = (id: string) => ({ to: `/proposals/${id}`, flash: 'proposal-sent' as const })

/**
 * A board member proposes a change, on the same form the delivery team edits with. The token
 * is not needed: a proposal is laid over whatever the plan holds when accepted.
 */
export async function handleProposedChange(
  kind: ProposableKind,
  targetId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  if (!isPlanKind(kind)) notFound()
  return runForm(formData, {
    bound: [kind, targetId],
    schema: proposalFormSchema(kind),
    refused: 'You cannot propose this.',
    run: (user, { why, ...fields }) => createProposal(user, kind, targetId, { why, fields }),
    done: sent,
  })
}

/** A board member proposes adding a priority, action, success measure or milestone (of `actionId`). */
export async function handleProposedAddition(
  kind: ProposableKind,
  slug: string,
  actionId: string | null,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  if (!isPlanKind(kind)) notFound()
  return runForm(formData, {
    bound: [kind, slug],
    optionalBound: [actionId],
    schema: proposalFormSchema(kind),
    refused: 'You cannot propose this.',
    run: (user, { why, ...fields }) => proposeAddition(user, kind, slug, { why, fields }, actionId),
    done: sent,
  })
}

/** A board member proposes removing a published milestone, saying why. */
export async function handleProposedRemoval(milestoneId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [milestoneId],
    schema: RemovalProposalSchema,
    refused: 'You cannot propose removing this.',
    run: (user, data) => proposeRemoval(user, 'milestones', milestoneId, data.removalWhy),
    done: sent,
  })
}

/** The delivery team or chair accepts a proposal into the draft, or declines it with a reason. */
export async function handleProposalResponse(proposalId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [proposalId],
    schema: ProposalResponseSchema,
    refused: 'You cannot answer this proposal.',
    run: (user, data) => respondToProposal(user, proposalId, data),
    done: (_r, data) => ({
      to: `/proposals/${proposalId}`,
      flash: data.decision === 'accept' ? 'proposal-accepted' : 'proposal-declined',
    }),
  })
}
