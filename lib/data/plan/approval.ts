/**
 * Draft → approval → publish. The delivery team submits the area's draft with a summary; the
 * chair (or an admin) approves it with a note — its edits are applied to the plan tables in the
 * same transaction and the version becomes the published one — or returns it with a reason.
 * Published versions keep what changed (before and after) and are never edited again: they
 * are the public change log.
 */
import 'server-only'
import { allowed, requireArea } from '@/lib/data/guard'
import { describeChanges, type EntityChange } from '@/lib/data/public/plan-history'
import { getDb } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { PlanVersionStatus } from '@/lib/generated/prisma/enums'
import { AppError, StaleWrite } from '@/lib/errors'
import type { PlanDecisionInput, SubmitPlanInput } from '@/lib/validation/plan-version'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { recordAudit } from '@/lib/data/audit'
import { publishClosedConsultations } from '@/lib/data/consultations/consultations'
import { areaUserIds, notify } from '@/lib/data/notifications/notify'
import { DRAFT_KINDS, draftSize, findOpenVersion, lockArea, readDraft } from '@/lib/data/plan/draft'
import { applyDraft } from '@/lib/data/plan/apply-draft'
import { expirePublicArea } from '@/lib/data/public/cache'

export type DraftSummary = {
  id: string
  number: number
  status: PlanVersionStatus
  changeCount: number
  changeSummary: string | null
  submittedBy: string | null
  submittedAt: string | null
  decisionNote: string | null
  decidedBy: string | null
  decidedAt: string | null
  /** "<draft number>:<version>": submitting and deciding are refused if the draft changed since the page was made. */
  version: string
  canSubmit: boolean
  canDecide: boolean
}

/** The area's open draft as the plan page shows it; null when there is none. */
export async function getDraftSummary(user: SessionUser, areaId: string): Promise<DraftSummary | null> {
  if (!allowed(user, 'read:draft-plan', { areaId })) return null
  const db = await getDb()
  const open = await findOpenVersion(db, areaId)
  if (!open) return null
  const changeCount = draftSize(readDraft(open.snapshot))
  return {
    id: open.id,
    number: open.number,
    status: open.status,
    changeCount,
    changeSummary: open.changeSummary,
    submittedBy: open.submittedBy?.name ?? null,
    submittedAt: open.submittedAt?.toISOString() ?? null,
    decisionNote: open.decisionNote,
    decidedBy: open.decidedBy?.name ?? null,
    decidedAt: open.decidedAt?.toISOString() ?? null,
    version: `${open.number}:${open.version}`,
    canSubmit: open.status !== 'SUBMITTED' && changeCount > 0 && allowed(user, 'submit:plan', { areaId }),
    canDecide: open.status === 'SUBMITTED' && allowed(user, 'approve:plan', { areaId }),
  }
}

/** Carries the described changes out of a transaction that must not commit. */
class Preview extends Error {
  constructor(readonly changes: EntityChange[]) {
    super('preview only: rolled back')
  }
}

/**
 * Every change the area's open draft makes, field by field, before → after: what approving it
 * would publish, for the chair to read before deciding. It is worked out by approving the draft
 * in a transaction that is then rolled back, so it is exactly what the change log will show.
 * Null when the user may not read the draft plan or there is no draft.
 */
export async function getDraftChanges(user: SessionUser, areaId: string): Promise<EntityChange[] | null> {
  if (!allowed(user, 'read:draft-plan', { areaId })) return null
  const db = await getDb()
  try {
    await db.$transaction(async (tx) => {
      // One at a time with the area's edits and decisions, as an approval is.
      await lockArea(tx, areaId)
      const open = await findOpenVersion(tx, areaId)
      if (!open) throw new Preview([])
      throw new Preview(await describeChanges(await applyDraft(tx, areaId, readDraft(open.snapshot)), tx))
    })
  } catch (error) {
    if (error instanceof Preview) return error.changes
    // The page still works without the list (it says so); the cause is logged.
    console.error('draft preview failed', error)
  }
  return null
}

/** The draft is submitted or decided as the user saw it: a draft changed since is shown to them again first. */
function refuseIfChanged(current: string, seen: string) {
  if (current !== seen) {
    throw new StaleWrite(
      'The draft plan has changed since you opened the page. Check what it changes now, then try again.',
      current,
    )
  }
}

/** Sends the draft to the chair. */
export async function submitPlanForApproval(
  user: SessionUser,
  slug: string,
  input: SubmitPlanInput,
  now = new Date(),
): Promise<void> {
  const area = await requireArea(user, slug, 'submit:plan')
  const db = await getDb()
  await db.$transaction(async (tx) => {
    await lockArea(tx, area.id)
    const open = await findOpenVersion(tx, area.id)
    if (!open || draftSize(readDraft(open.snapshot)) === 0) {
      throw new AppError('INVALID_STATE', { userMessage: 'There are no changes to submit' })
    }
    if (open.status === 'SUBMITTED') throw new AppError('INVALID_STATE', { userMessage: 'This plan has already been submitted' })
    refuseIfChanged(`${open.number}:${open.version}`, input.version)
    await tx.planVersion.update({
      where: { id: open.id },
      data: {
        status: 'SUBMITTED',
        changeSummary: input.changeSummary,
        submittedById: user.id,
        submittedAt: now,
        decidedById: null,
        decidedAt: null,
        decisionNote: null,
        version: { increment: 1 },
      },
    })
    await recordAudit(tx, {
      actor: { id: user.id, label: user.email },
      action: 'submitted plan for approval',
      entityType: 'PLAN_VERSION',
      entityId: open.id,
      areaId: area.id,
      after: { number: open.number, changeSummary: input.changeSummary },
    })
    await notify(tx, {
      kind: 'DRAFT_SUBMITTED',
      areaId: area.id,
      userIds: await areaUserIds(tx, area.id, ['CHAIR']),
      actorId: user.id,
      title: `${area.name}: draft plan sent for your approval`,
      body: `${user.name} sent version ${open.number} for approval. What changed: ${input.changeSummary}`,
      link: `/plans/${area.slug}`,
    })
  })
}

/** The chair's approval: approves the submitted draft (publishing it at once) or returns it with a reason. */
export async function approveOrReturnPlan(
  user: SessionUser,
  slug: string,
  input: PlanDecisionInput,
  now = new Date(),
): Promise<void> {
  const area = await requireArea(user, slug, 'approve:plan')
  const db = await getDb()
  await db.$transaction(async (tx) => {
    await lockArea(tx, area.id)
    const open = await findOpenVersion(tx, area.id)
    if (!open || open.status !== 'SUBMITTED') {
      throw new AppError('INVALID_STATE', {
        userMessage: 'There is no plan waiting for a decision. It may have been decided already.',
      })
    }
    refuseIfChanged(`${open.number}:${open.version}`, input.version)
    const actor = { id: user.id, label: user.email }
    if (input.decision === 'return') {
      await tx.planVersion.update({
        where: { id: open.id },
        data: { status: 'RETURNED', decidedById: user.id, decidedAt: now, decisionNote: input.note, version: { increment: 1 } },
      })
      await recordAudit(tx, {
        actor,
        action: 'returned plan',
        entityType: 'PLAN_VERSION',
        entityId: open.id,
        areaId: area.id,
        after: { number: open.number, reason: input.note },
      })
      await notify(tx, {
        kind: 'DRAFT_RETURNED',
        areaId: area.id,
        userIds: await areaUserIds(tx, area.id, ['DELIVERY_TEAM']),
        actorId: user.id,
        title: `${area.name}: draft plan returned by the chair`,
        body: `${user.name} returned version ${open.number}: ${input.note}`,
        link: `/plans/${area.slug}`,
      })
      return
    }

    // The draft's edits reach the plan tables now, and what they replaced is kept for the change log.
    const published = await applyDraft(tx, area.id, readDraft(open.snapshot))
    await tx.planVersion.updateMany({ where: { areaId: area.id, status: 'PUBLISHED' }, data: { status: 'SUPERSEDED' } })
    await tx.planVersion.update({
      where: { id: open.id },
      data: {
        status: 'PUBLISHED',
        snapshot: published as Prisma.InputJsonObject,
        decidedById: user.id,
        decidedAt: now,
        decisionNote: input.note,
        publishedAt: now,
        version: { increment: 1 },
      },
    })
    await recordAudit(tx, {
      actor,
      action: 'approved and published plan',
      entityType: 'PLAN_VERSION',
      entityId: open.id,
      areaId: area.id,
      after: {
        number: open.number,
        note: input.note,
        changed: Object.fromEntries(DRAFT_KINDS.map((k) => [k, Object.keys(published[k] ?? {}).length])),
      },
    })
    // The board's closed consultations, with their answers, are published with this version.
    await publishClosedConsultations(tx, area.id, open.id)
    await notify(tx, {
      kind: 'PLAN_APPROVED',
      areaId: area.id,
      userIds: await areaUserIds(tx, area.id, ['DELIVERY_TEAM', 'CHAIR', 'PARTNER']),
      actorId: user.id,
      title: `${area.name}: version ${open.number} of the plan is approved and published`,
      body: input.note ? `${user.name}: ${input.note}` : `Approved by ${user.name}.`,
      link: `/areas/${area.slug}/changes`,
    })
  })
  // Only now does anything reach the public pages.
  if (input.decision === 'approve') expirePublicArea(area.slug)
}
