/**
 * The funding return: how recorded funding becomes public (ADR 012). The delivery team records
 * allocations, revisions, commitments and payments as they happen; none of it is public until
 * the area's chair (or an admin: `sign-off:funding`) signs off a return "as at" a date. Signing
 * off publishes, in one transaction, everything recorded and not yet public, and every
 * withdrawal of something already public. Something withdrawn before a return is never public.
 * The page the chair signed from names what they saw (`token`): anything recorded since is
 * refused as a stale write, so nobody publishes figures they have not seen.
 */
import 'server-only'
import { requireArea } from '@/lib/data/guard'
import { getDb } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import { AppError, StaleWrite } from '@/lib/errors'
import { formatDate } from '@/lib/format'
import type { FundingReturnInput } from '@/lib/validation/funding'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { recordAudit } from '@/lib/data/audit'
import { expirePublicArea } from '@/lib/data/public/cache'

type Tx = Prisma.TransactionClient

const newRecord = (areaId: string) => ({ areaId, publishedAt: null, withdrawnAt: null })
const newWithdrawal = (areaId: string) => ({
  areaId,
  publishedAt: { not: null },
  withdrawnAt: { not: null },
  withdrawalPublishedAt: null,
})

/** What a return would publish now, and a token naming exactly that. */
export async function pendingChanges(db: Pick<Tx, 'allocation' | 'allocationRevision' | 'fundingEntry'>, areaId: string) {
  const revisionWhere = { publishedAt: null, allocation: { areaId, withdrawnAt: null } }
  const [allocations, revisions, entries, allocationWithdrawals, entryWithdrawals] = await Promise.all([
    db.allocation.findMany({ where: newRecord(areaId), select: { id: true, updatedAt: true } }),
    db.allocationRevision.findMany({ where: revisionWhere, select: { id: true, createdAt: true } }),
    db.fundingEntry.findMany({ where: newRecord(areaId), select: { id: true, updatedAt: true, occurredOn: true } }),
    db.allocation.findMany({ where: newWithdrawal(areaId), select: { id: true, updatedAt: true } }),
    db.fundingEntry.findMany({ where: newWithdrawal(areaId), select: { id: true, updatedAt: true } }),
  ])
  const stamps = [
    ...allocations.map((r) => r.updatedAt),
    ...revisions.map((r) => r.createdAt),
    ...entries.map((r) => r.updatedAt),
    ...allocationWithdrawals.map((r) => r.updatedAt),
    ...entryWithdrawals.map((r) => r.updatedAt),
  ]
  const newest = stamps.reduce((max, d) => Math.max(max, d.getTime()), 0)
  const counts = {
    allocations: allocations.length,
    revisions: revisions.length,
    entries: entries.length,
    withdrawals: allocationWithdrawals.length + entryWithdrawals.length,
  }
  const total = counts.allocations + counts.revisions + counts.entries + counts.withdrawals
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id)
  return {
    counts,
    total,
    token: `${total}-${newest}`,
    // Exactly these rows are published: one recorded after the check is left for the next return.
    ids: {
      allocations: ids(allocations),
      revisions: ids(revisions),
      entries: ids(entries),
      allocationWithdrawals: ids(allocationWithdrawals),
      entryWithdrawals: ids(entryWithdrawals),
    },
    /** The newest date of a commitment or payment waiting: the figures cannot be as at before it. */
    latestEntryDate: entries.reduce<Date | null>((max, e) => (max && max > e.occurredOn ? max : e.occurredOn), null),
  }
}

export async function signOffFundingReturn(
  user: SessionUser,
  slug: string,
  input: FundingReturnInput,
): Promise<{ published: number }> {
  const area = await requireArea(user, slug, 'sign-off:funding')
  const asAt = input.asAt as Date
  if (asAt.getTime() > Date.now())
    throw new AppError('INVALID_INPUT', { userMessage: 'The date the figures are as at must be today or in the past' })
  const db = await getDb()
  const result = await db.$transaction(async (tx) => {
    // One return at a time per area (the area's row locked): a second sign-off waits here,
    // then finds its token stale.
    await tx.$queryRaw`SELECT id FROM "Area" WHERE id = ${area.id} FOR UPDATE`
    const pending = await pendingChanges(tx, area.id)
    if (pending.token !== input.token)
      throw new StaleWrite(
        'Funding has been recorded or withdrawn since you opened this page. Check the figures below, then sign off again.',
        pending.token,
        { field: 'token' },
      )
    if (pending.total === 0) throw new AppError('INVALID_STATE', { userMessage: 'There is nothing new to publish.' })
    // Figures "as at" a date cannot include money paid after it.
    if (pending.latestEntryDate && asAt < pending.latestEntryDate)
      throw new AppError('INVALID_INPUT', {
        userMessage: `This return includes money committed or paid on ${formatDate(pending.latestEntryDate)}: the figures must be as at that date or later`,
      })
    const now = new Date()
    const ret = await tx.fundingReturn.create({
      data: {
        areaId: area.id,
        asAt,
        note: input.note,
        signedOffById: user.id,
        published: pending.total - pending.counts.withdrawals,
        withdrawalsPublished: pending.counts.withdrawals,
      },
      select: { id: true },
    })
    const publish = { publishedAt: now, returnId: ret.id }
    const { ids } = pending
    await tx.allocation.updateMany({ where: { ...newRecord(area.id), id: { in: ids.allocations } }, data: publish })
    await tx.allocationRevision.updateMany({ where: { publishedAt: null, id: { in: ids.revisions } }, data: publish })
    await tx.fundingEntry.updateMany({ where: { ...newRecord(area.id), id: { in: ids.entries } }, data: publish })
    await tx.allocation.updateMany({
      where: { ...newWithdrawal(area.id), id: { in: ids.allocationWithdrawals } },
      data: { withdrawalPublishedAt: now },
    })
    await tx.fundingEntry.updateMany({
      where: { ...newWithdrawal(area.id), id: { in: ids.entryWithdrawals } },
      data: { withdrawalPublishedAt: now },
    })
    await recordAudit(tx, {
      actor: { id: user.id, label: user.email },
      action: 'signed off funding return',
      entityType: 'FUNDING_RETURN',
      entityId: ret.id,
      areaId: area.id,
      after: { asAt: formatDate(asAt), ...pending.counts, note: input.note },
    })
    return { published: pending.total }
  })
  expirePublicArea(area.slug)
  return result
}
