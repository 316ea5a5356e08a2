/**
 * Commitments and payments against an action, each paid from one of the area's allocations
 * (so the line of sight from stream to action is never broken: an area with no allocation
 * cannot record spend — it adds the allocation first, ADR 012). Recorded by the delivery team
 * and admins (`edit:funding`); never deleted: withdrawn with a reason, or corrected (the old
 * entry withdrawn and a new one naming it, in one transaction). A save that would take spend
 * over its commitment, commitments or spend over the allocation, or a date outside the
 * allocation's period is refused once with the warnings (Unconfirmed) and saved when the user
 * ticks "Save anyway".
 */
import 'server-only'
import { authorize, requireArea } from '@/lib/data/guard'
import { getDb } from '@/lib/db/client'
import { AppError, StaleWrite, Unconfirmed } from '@/lib/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import { formatDate, formatPence } from '@/lib/format'
import { fundingWarnings, NO_MONEY } from '@/lib/funding-totals'
import type { FundingCorrectionInput, FundingEntryInput, WithdrawalInput } from '@/lib/validation/funding'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { recordAudit } from '@/lib/data/audit'
import { loadFigures } from './figures'

const actor = (user: SessionUser) => ({ id: user.id, label: user.email })
const invalid = (userMessage: string) => new AppError('INVALID_INPUT', { userMessage })
const KIND_WORD = { COMMITMENT: 'commitment', SPEND: 'payment' } as const

/** The action and allocation the entry names, refused unless both are the area's own and live. */
async function checkTargets(areaId: string, input: FundingEntryInput) {
  const db = await getDb()
  const [action, allocation] = await Promise.all([
    db.action.findFirst({ where: { id: input.actionId, areaId }, select: { id: true, title: true, isDemo: true } }),
    db.allocation.findFirst({
      where: { id: input.allocationId, areaId, withdrawnAt: null },
      select: { id: true, kind: true, label: true, period: true, startsOn: true, endsOn: true, isDemo: true },
    }),
  ])
  if (!action) throw invalid('Select an action of this area')
  if (!allocation) throw invalid('Select the allocation it is paid from')
  if (allocation.kind !== 'ALLOCATION')
    throw invalid(`“${allocation.label}” is a reported total, not an allocation: select the allocation it is paid from`)
  // Money against a fictional action, or from a fictional pot, is fictional too: it is marked
  // demo, so it is never counted into a real figure.
  return { action, allocation, isDemo: action.isDemo || allocation.isDemo }
}

/**
 * Inside the write's transaction: the allocation, locked against a withdrawal until the entry
 * is saved (withdrawAllocation takes the same row FOR UPDATE), and still live.
 */
export async function lockLiveAllocations(tx: Pick<Prisma.TransactionClient, '$queryRaw'>, ids: string[]) {
  const unique = [...new Set(ids)]
  const live = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Allocation" WHERE id = ANY(${unique}::text[]) AND "withdrawnAt" IS NULL FOR SHARE`
  if (live.length !== unique.length)
    throw new AppError('CONFLICT', {
      userMessage: 'The allocation it is paid from was withdrawn while you were working. Nothing was saved.',
    })
}

/** The warnings for this entry, with the area's working totals as they would be after it. */
async function warningsFor(
  areaId: string,
  input: FundingEntryInput,
  allocation: Awaited<ReturnType<typeof checkTargets>>['allocation'],
  replacing?: { amountPence: bigint; kind: string; actionId: string; allocationId: string },
) {
  const { totals } = await loadFigures('working', [areaId])
  const adjust = (t: typeof NO_MONEY, matches: (e: { actionId: string; allocationId: string }) => boolean) => {
    const delta = (kind: string, sign: bigint, e: { actionId: string; allocationId: string; amountPence: bigint }) =>
      matches(e)
        ? { committed: kind === 'COMMITMENT' ? sign * e.amountPence : 0n, spent: kind === 'SPEND' ? sign * e.amountPence : 0n }
        : { committed: 0n, spent: 0n }
    const add = delta(input.kind, 1n, { actionId: input.actionId, allocationId: input.allocationId, amountPence: input.amount })
    const remove = replacing ? delta(replacing.kind, -1n, replacing) : { committed: 0n, spent: 0n }
    return {
      ...t,
      committedPence: t.committedPence + add.committed + remove.committed,
      spentPence: t.spentPence + add.spent + remove.spent,
    }
  }
  return fundingWarnings({
    kind: input.kind,
    action: adjust(totals.byAction.get(input.actionId) ?? NO_MONEY, (e) => e.actionId === input.actionId),
    allocation: adjust(totals.byAllocation.get(input.allocationId) ?? NO_MONEY, (e) => e.allocationId === input.allocationId),
    occurredOn: input.occurredOn as Date,
    allocationPeriod: { startsOn: allocation.startsOn, endsOn: allocation.endsOn, name: allocation.period },
    formatPence,
  })
}

const entryData = (areaId: string, user: SessionUser, input: FundingEntryInput, isDemo: boolean) => ({
  areaId,
  isDemo,
  allocationId: input.allocationId,
  actionId: input.actionId,
  kind: input.kind,
  amountPence: input.amount,
  occurredOn: input.occurredOn as Date,
  organisation: input.organisation as string,
  description: input.description,
  evidenceUrl: input.evidenceUrl,
  recordedById: user.id,
})

const described = (input: FundingEntryInput, action: { title: string }) => ({
  kind: input.kind,
  action: action.title,
  amount: formatPence(input.amount),
  date: formatDate(input.occurredOn as Date),
  organisation: input.organisation,
})

function refuseInFuture(input: FundingEntryInput) {
  const today = new Date()
  if ((input.occurredOn as Date).getTime() > Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()))
    throw new AppError('INVALID_INPUT', { userMessage: 'The date must be today or in the past' })
}

export async function recordEntry(
  user: SessionUser,
  slug: string,
  input: FundingEntryInput,
): Promise<{ id: string; kind: 'COMMITMENT' | 'SPEND' }> {
  const area = await requireArea(user, slug, 'edit:funding')
  refuseInFuture(input)
  const { action, allocation, isDemo } = await checkTargets(area.id, input)
  const warnings = await warningsFor(area.id, input, allocation)
  if (warnings.length && !input.confirm) throw new Unconfirmed(warnings)
  const db = await getDb()
  return db.$transaction(async (tx) => {
    await lockLiveAllocations(tx, [input.allocationId])
    const row = await tx.fundingEntry.create({ data: entryData(area.id, user, input, isDemo), select: { id: true, kind: true } })
    await recordAudit(tx, {
      actor: actor(user),
      action: `recorded ${KIND_WORD[input.kind]}`,
      entityType: 'FUNDING_ENTRY',
      entityId: row.id,
      areaId: area.id,
      after: { ...described(input, action), ...(warnings.length && { savedDespite: warnings }) },
    })
    return row
  })
}

async function editableEntry(user: SessionUser, id: string) {
  const db = await getDb()
  const e = await db.fundingEntry.findUnique({
    where: { id },
    select: {
      id: true,
      areaId: true,
      kind: true,
      amountPence: true,
      actionId: true,
      allocationId: true,
      version: true,
      withdrawnAt: true,
      organisation: true,
      occurredOn: true,
      area: { select: { slug: true } },
    },
  })
  if (!e) throw new AppError('NOT_FOUND', { message: `funding entry ${id} not found` })
  authorize(user, 'edit:funding', { areaId: e.areaId })
  if (e.withdrawnAt) throw new AppError('INVALID_STATE', { userMessage: 'This entry has already been withdrawn.' })
  return e
}

/** The entry changed since the page was made: the form moves onto the version it now has. */
async function staleEntry(id: string) {
  const db = await getDb()
  const now = await db.fundingEntry.findUnique({ where: { id }, select: { version: true } })
  return new StaleWrite(
    'Someone else changed this entry while you were working. Reload the page to see it.',
    String(now?.version ?? ''),
  )
}

export async function withdrawEntry(user: SessionUser, id: string, input: WithdrawalInput): Promise<{ slug: string }> {
  const e = await editableEntry(user, id)
  const db = await getDb()
  await db.$transaction(async (tx) => {
    const done = await tx.fundingEntry.updateMany({
      where: { id, version: input.version, withdrawnAt: null },
      data: { withdrawnAt: new Date(), withdrawnReason: input.withdrawReason, version: { increment: 1 } },
    })
    if (done.count !== 1) throw await staleEntry(id)
    await recordAudit(tx, {
      actor: actor(user),
      action: `withdrew ${KIND_WORD[e.kind]}`,
      entityType: 'FUNDING_ENTRY',
      entityId: id,
      areaId: e.areaId,
      before: { amount: formatPence(e.amountPence), organisation: e.organisation, date: formatDate(e.occurredOn) },
      after: { withdrawn: true, reason: input.withdrawReason },
    })
  })
  return { slug: e.area.slug }
}

/** Withdraws the entry and records its replacement, in one transaction. */
export async function correctEntry(
  user: SessionUser,
  id: string,
  input: FundingCorrectionInput,
): Promise<{ slug: string; id: string }> {
  const e = await editableEntry(user, id)
  refuseInFuture(input)
  const { action, allocation, isDemo } = await checkTargets(e.areaId, input)
  const warnings = await warningsFor(e.areaId, input, allocation, e)
  if (warnings.length && !input.confirm) throw new Unconfirmed(warnings)
  const db = await getDb()
  const row = await db.$transaction(async (tx) => {
    await lockLiveAllocations(tx, [input.allocationId])
    const done = await tx.fundingEntry.updateMany({
      where: { id, version: input.version, withdrawnAt: null },
      data: { withdrawnAt: new Date(), withdrawnReason: `Corrected: ${input.reason}`, version: { increment: 1 } },
    })
    if (done.count !== 1) throw await staleEntry(id)
    const created = await tx.fundingEntry.create({
      data: { ...entryData(e.areaId, user, input, isDemo), correctsId: id },
      select: { id: true },
    })
    await recordAudit(tx, {
      actor: actor(user),
      action: `corrected ${KIND_WORD[e.kind]}`,
      entityType: 'FUNDING_ENTRY',
      entityId: created.id,
      areaId: e.areaId,
      before: { entry: id, amount: formatPence(e.amountPence), organisation: e.organisation, date: formatDate(e.occurredOn) },
      after: { ...described(input, action), reason: input.reason, ...(warnings.length && { savedDespite: warnings }) },
    })
    return created
  })
  return { slug: e.area.slug, id: row.id }
}
