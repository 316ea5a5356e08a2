/**
 * Allocations: added, revised (the original kept, the revision saying why) and withdrawn (with
 * a reason; nothing is deleted) by the area's delivery team and admins (`edit:funding`). New
 * and revised figures are not public until the chair's next funding return (returns.ts).
 */
import 'server-only'
import { authorize, requireArea } from '@/lib/data/guard'
import { getDb } from '@/lib/db/client'
import { AppError, StaleWrite } from '@/lib/errors'
import { formatPence } from '@/lib/format'
import type { AllocationInput, AllocationRevisionInput, WithdrawalInput } from '@/lib/validation/funding'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { recordAudit } from '@/lib/data/audit'

const actor = (user: SessionUser) => ({ id: user.id, label: user.email })

const invalid = (userMessage: string) => new AppError('INVALID_INPUT', { userMessage })

/** The earmark's priority or action, refused unless it is the area's own. */
async function checkEarmark(areaId: string, earmark: AllocationInput['earmark']) {
  const db = await getDb()
  if (earmark.priorityId && !(await db.priority.findFirst({ where: { id: earmark.priorityId, areaId }, select: { id: true } })))
    throw invalid('Select a priority of this area')
  if (earmark.actionId && !(await db.action.findFirst({ where: { id: earmark.actionId, areaId }, select: { id: true } })))
    throw invalid('Select an action of this area')
}

export async function addAllocation(user: SessionUser, slug: string, input: AllocationInput): Promise<{ id: string }> {
  const area = await requireArea(user, slug, 'edit:funding')
  const db = await getDb()
  const stream = await db.fundingStream.findUnique({ where: { id: input.streamId }, select: { id: true, name: true } })
  if (!stream) throw invalid('Select the funding stream')
  await checkEarmark(area.id, input.earmark)
  const data = {
    areaId: area.id,
    streamId: stream.id,
    label: input.label as string,
    period: input.period as string,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    amountPence: input.amount,
    status: input.status,
    decision: input.decision,
    awardedOn: input.awardedOn,
    priorityId: input.earmark.priorityId,
    actionId: input.earmark.actionId,
    recordedById: user.id,
  }
  return db
    .$transaction(async (tx) => {
      const row = await tx.allocation.create({ data, select: { id: true } })
      await recordAudit(tx, {
        actor: actor(user),
        action: 'added allocation',
        entityType: 'ALLOCATION',
        entityId: row.id,
        areaId: area.id,
        after: {
          stream: stream.name,
          label: data.label,
          period: data.period,
          amount: formatPence(data.amountPence),
          status: data.status,
        },
      })
      return row
    })
    .catch((error: unknown) => {
      if ((error as { code?: string }).code === 'P2002')
        throw invalid(
          `${stream.name} already has an allocation named “${data.label}” for ${data.period}: revise that one, or give this one another name`,
        )
      throw error
    })
}

/** The allocation if the user may edit the area's funding; refused as not found otherwise. */
async function editableAllocation(user: SessionUser, id: string) {
  const db = await getDb()
  const a = await db.allocation.findUnique({
    where: { id },
    select: {
      id: true,
      areaId: true,
      label: true,
      period: true,
      kind: true,
      version: true,
      withdrawnAt: true,
      amountPence: true,
      revisions: { orderBy: { createdAt: 'desc' }, take: 1, select: { amountPence: true } },
      stream: { select: { name: true } },
    },
  })
  if (!a) throw new AppError('NOT_FOUND', { message: `allocation ${id} not found` })
  authorize(user, 'edit:funding', { areaId: a.areaId })
  if (a.withdrawnAt) throw new AppError('INVALID_STATE', { userMessage: 'This allocation has been withdrawn.' })
  return a
}

const staleAllocation = (version: number) =>
  new StaleWrite(
    'Someone else changed this allocation while you were working. Reload the page to see it, then try again.',
    String(version),
  )

export async function reviseAllocation(
  user: SessionUser,
  id: string,
  input: AllocationRevisionInput,
): Promise<{ areaId: string }> {
  const a = await editableAllocation(user, id)
  const before = a.revisions[0]?.amountPence ?? a.amountPence
  const db = await getDb()
  await db.$transaction(async (tx) => {
    const bumped = await tx.allocation.updateMany({
      where: { id, version: input.version, withdrawnAt: null },
      data: { version: { increment: 1 } },
    })
    if (bumped.count !== 1) throw staleAllocation(a.version)
    const revision = await tx.allocationRevision.create({
      data: {
        allocationId: id,
        amountPence: input.amount,
        status: input.status,
        reason: input.reason as string,
        recordedById: user.id,
      },
      select: { id: true },
    })
    await recordAudit(tx, {
      actor: actor(user),
      action: 'revised allocation',
      entityType: 'ALLOCATION',
      entityId: id,
      areaId: a.areaId,
      before: { amount: formatPence(before) },
      after: { amount: formatPence(input.amount), status: input.status, reason: input.reason, revision: revision.id },
    })
  })
  return { areaId: a.areaId }
}

export async function withdrawAllocation(user: SessionUser, id: string, input: WithdrawalInput): Promise<{ areaId: string }> {
  const a = await editableAllocation(user, id)
  const db = await getDb()
  await db.$transaction(async (tx) => {
    // Locked first, so an entry being recorded against it waits (it takes the row FOR SHARE) and
    // is then refused, or is counted here. Money recorded against it would lose its pot.
    await tx.$queryRaw`SELECT id FROM "Allocation" WHERE id = ${id} FOR UPDATE`
    const entries = await tx.fundingEntry.count({ where: { allocationId: id, withdrawnAt: null } })
    if (entries > 0)
      throw new AppError('INVALID_STATE', {
        userMessage: `${entries === 1 ? 'One commitment or payment is' : `${entries} commitments and payments are`} paid from this allocation: withdraw or correct ${entries === 1 ? 'it' : 'them'} first.`,
      })
    const done = await tx.allocation.updateMany({
      where: { id, version: input.version, withdrawnAt: null },
      data: { withdrawnAt: new Date(), withdrawnReason: input.withdrawReason, version: { increment: 1 } },
    })
    if (done.count !== 1) throw staleAllocation(a.version)
    await recordAudit(tx, {
      actor: actor(user),
      action: 'withdrew allocation',
      entityType: 'ALLOCATION',
      entityId: id,
      areaId: a.areaId,
      before: { label: a.label, period: a.period, stream: a.stream.name },
      after: { withdrawn: true, reason: input.withdrawReason },
    })
  })
  return { areaId: a.areaId }
}
