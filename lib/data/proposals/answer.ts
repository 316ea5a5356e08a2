/**
 * Answering a proposal: the delivery team or the chair accepts it into the draft plan (in the
 * transaction that closes it) or declines it with a reason; either answer is audited.
 */
import 'server-only'
import { authorize } from '@/lib/data/guard'
import { getDb } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import { AppError } from '@/lib/errors'
import { type FieldsOf } from '@/lib/plan-fields'
import type { ProposalResponseInput } from '@/lib/validation/proposal'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { recordAudit } from '@/lib/data/audit'
import { notify } from '@/lib/data/notifications/notify'
import { lockArea, newDraftId, saveDraftEditIn, type DraftChanges } from '@/lib/data/plan/draft'
import { renumberPriorities } from '@/lib/data/plan/priorities'

import { checkChoices, KINDS, type ProposableKind, type ProposedChange } from '@/lib/data/proposals/propose'

type Tx = Prisma.TransactionClient

/** Accepts the proposal into the draft plan, or declines it with a reason. */
export async function respondToProposal(
  user: SessionUser,
  id: string,
  input: ProposalResponseInput,
  now = new Date(),
): Promise<void> {
  const db = await getDb()
  const p = await db.proposal.findUnique({
    where: { id },
    select: { areaId: true, targetId: true, proposedChange: true, authorId: true, title: true },
  })
  if (!p) throw new AppError('NOT_FOUND', { message: `proposal ${id} not found` })
  authorize(user, 'respond:proposal', { areaId: p.areaId })
  const change = p.proposedChange as ProposedChange
  if (input.decision === 'accept') await checkStillLinked(p.areaId, change)
  await db.$transaction(async (tx) => {
    await lockArea(tx, p.areaId)
    // One answer per proposal: a second, or one made from a stale page, changes nothing.
    const closed = await tx.proposal.updateMany({
      where: { id, status: 'OPEN', version: input.version },
      data: {
        status: input.decision === 'accept' ? 'ACCEPTED' : 'DECLINED',
        response: input.response,
        respondedById: user.id,
        respondedAt: now,
        version: { increment: 1 },
      },
    })
    if (closed.count === 0) {
      throw new AppError('INVALID_STATE', {
        userMessage: 'This proposal has already been answered. The page now shows the answer.',
      })
    }
    if (input.decision === 'accept') await acceptIn(tx, user, p.areaId, p.targetId, change)
    await recordAudit(tx, {
      actor: { id: user.id, label: user.email },
      action: input.decision === 'accept' ? 'accepted proposal into the draft plan' : 'declined proposal',
      entityType: 'PROPOSAL',
      entityId: id,
      areaId: p.areaId,
      after: { response: input.response },
    })
    await notify(tx, {
      kind: 'PROPOSAL_ANSWERED',
      areaId: p.areaId,
      userIds: [p.authorId],
      actorId: user.id,
      title: `Your proposal was ${input.decision === 'accept' ? 'accepted into the draft plan' : 'declined'}: ${p.title.slice(0, 200)}`,
      body: `${user.name}: ${input.response}`,
      link: `/proposals/${id}`,
    })
  })
}

/** A proposal accepted now must still link to rows of the plan (a drafted priority may have gone). */
async function checkStillLinked(areaId: string, change: ProposedChange) {
  try {
    await checkChoices(areaId, change.fields)
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    throw new AppError('INVALID_STATE', {
      userMessage: `This proposal links to a priority, action, organisation or life stage that is no longer in the plan, so it cannot be accepted as it stands. Decline it and say why.`,
    })
  }
}

/** Writes an accepted proposal into the draft: the proposed fields over the entity's, a new entity, or a removal. */
async function acceptIn(tx: Tx, user: SessionUser, areaId: string, targetId: string | null, change: ProposedChange) {
  const kind = KINDS[change.kind]
  const id = change.isNew ? newDraftId() : targetId
  if (!id) return
  await saveDraftEditIn(tx, user, {
    kind: change.kind,
    id,
    areaId,
    token: 'new',
    fields: change.isNew
      ? (change.fields as FieldsOf<ProposableKind>)
      : (current: FieldsOf<ProposableKind>) => ({ ...current, ...change.fields }) as FieldsOf<ProposableKind>,
    remove: Boolean(change.remove),
    loadLive: async (t) => (change.isNew ? null : kind.live(t, id)),
    entityType: kind.entityType,
    what: kind.what,
    // A priority proposed into a place moves the others round it, as an edit does.
    ...(change.kind === 'priorities' && {
      alsoChange: (t: Tx, draft: DraftChanges) => renumberPriorities(t, areaId, draft, id),
    }),
  })
}
