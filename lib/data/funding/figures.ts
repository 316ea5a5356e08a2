/**
 * The one loader of funding figures, in two views:
 *
 *   'working' — what the delivery team and the board see: everything recorded and not
 *               withdrawn, published or not, each allocation at its newest revision;
 *   'public'  — what anyone sees: only what has been published (seeded from sources, or by a
 *               funding return) and whose withdrawal has not been published, each allocation
 *               at its newest published revision.
 *
 * Callers authorise first (a working view is for someone with read:draft-plan in the area);
 * this file takes area ids, not users. Money stays bigint here; DTOs turn it into strings.
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import { fundingTotals, type AllocationFigure, type EntryFigure, type FundingTotals } from '@/lib/funding-totals'

export type FundingView = 'working' | 'public'

/** Whether fictional demo rows are counted: real figures never include them. */
export type DemoRows = 'include' | 'exclude' | 'only'

const live = (view: FundingView) =>
  view === 'public' ? { publishedAt: { not: null }, withdrawalPublishedAt: null } : { withdrawnAt: null }

export const allocationFigureSelect = (view: FundingView) =>
  ({
    id: true,
    areaId: true,
    streamId: true,
    kind: true,
    label: true,
    period: true,
    amountPence: true,
    qualifier: true,
    status: true,
    decision: true,
    startsOn: true,
    endsOn: true,
    priorityId: true,
    actionId: true,
    isDemo: true,
    publishedAt: true,
    stream: { select: { name: true, slug: true, funder: true } },
    revisions: {
      where: view === 'public' ? { publishedAt: { not: null } } : {},
      orderBy: { createdAt: 'desc' },
      take: 1,
      select: { amountPence: true, qualifier: true, status: true },
    },
  }) satisfies Prisma.AllocationSelect

type AllocationRow = Prisma.AllocationGetPayload<{ select: ReturnType<typeof allocationFigureSelect> }>

/** An allocation as it now stands: the newest revision's amount, qualifier and status. */
export function current(a: AllocationRow) {
  const r = a.revisions[0]
  return {
    ...a,
    amountPence: r?.amountPence ?? a.amountPence,
    qualifier: r?.qualifier ?? a.qualifier,
    status: r?.status ?? a.status,
    revised: Boolean(r),
  }
}
export type CurrentAllocation = ReturnType<typeof current>

export type Figures = {
  allocations: CurrentAllocation[]
  entries: (EntryFigure & { isDemo: boolean; occurredOn: Date })[]
  totals: FundingTotals
}

/**
 * Allocations, entries and their totals for these areas (null: every area), in one view.
 * `byLine: false` skips the actions and priorities (two queries) when only area and stream
 * totals are wanted (the dashboards); `demo: 'exclude'` leaves out fictional demo rows (real
 * figures: a cross-area comparison, an area's totals), `'only'` keeps only them (the demo
 * data's own section).
 */
export async function loadFigures(
  view: FundingView,
  areaIds: readonly string[] | null,
  { byLine = true, demo = 'include' }: { byLine?: boolean; demo?: DemoRows } = {},
): Promise<Figures> {
  const db = await getDb()
  const area = areaIds === null ? {} : { areaId: { in: [...areaIds] } }
  const real = demo === 'include' ? {} : { isDemo: demo === 'only' }
  const [allocations, entries, actions, priorities] = await Promise.all([
    db.allocation.findMany({
      where: { ...area, ...real, ...live(view) },
      orderBy: [{ stream: { name: 'asc' } }, { period: 'asc' }, { label: 'asc' }],
      select: allocationFigureSelect(view),
    }),
    db.fundingEntry.findMany({
      where: { ...area, ...real, ...live(view) },
      select: { areaId: true, allocationId: true, actionId: true, kind: true, amountPence: true, isDemo: true, occurredOn: true },
    }),
    byLine ? db.action.findMany({ where: area, select: { id: true, priorityId: true } }) : [],
    byLine ? db.priority.findMany({ where: area, select: { id: true, lifeStageId: true } }) : [],
  ])
  const now = allocations.map(current)
  // An entry paid from an allocation the view does not show (withdrawn) still counts for its
  // action and area; it has no stream to count for.
  const figures: AllocationFigure[] = now
  return { allocations: now, entries, totals: fundingTotals(figures, entries, actions, priorities) }
}

/** Totals as strings for a page or an export (bigint is not JSON). */
export function totalsDto(t: {
  allocatedPence: bigint | null
  committedPence: bigint
  spentPence: bigint
  remainingPence: bigint | null
  percentSpent: number | null
}) {
  return {
    allocatedPence: t.allocatedPence?.toString() ?? null,
    committedPence: t.committedPence.toString(),
    spentPence: t.spentPence.toString(),
    remainingPence: t.remainingPence?.toString() ?? null,
    percentSpent: t.percentSpent,
  }
}
export type TotalsDto = ReturnType<typeof totalsDto>
