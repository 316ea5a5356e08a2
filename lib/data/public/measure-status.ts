/**
 * Success measure status, shared by every read that shows it: the fields it needs (one
 * select, so no extra queries) and the DTO part it produces.
 */
import type { Prisma } from '@/lib/generated/prisma/client'
import { computeMeasureStatus, type ComputedStatus } from '@/lib/measure-status'

/**
 * How many of a measure's values a page carries: the newest, which is all the status needs
 * (it judges the latest value). Pages say when there are more; the download has them all.
 * A measure with thousands of values once made its area page megabytes long.
 */
export const RECENT_VALUES = 24

export const measureStatusSelect = {
  baselineValue: true,
  baselinePeriod: true,
  targetValue: true,
  targetPeriod: true,
  statusOverride: true,
  statusOverrideReason: true,
  definition: { select: { polarity: true } },
  trajectory: { select: { value: true, period: true } },
  // Newest first so that `take` keeps the newest; measureStatus puts them back in time order.
  values: {
    orderBy: { periodEnd: 'desc' },
    take: RECENT_VALUES,
    select: { id: true, value: true, period: true, isProvisional: true, localInsight: true, isDemo: true },
  },
  _count: { select: { values: true } },
} satisfies Prisma.SuccessMeasureSelect

type StatusInput = {
  baselineValue: number | null
  baselinePeriod: string | null
  targetValue: number | null
  targetPeriod: string | null
  statusOverride: ComputedStatus | null
  statusOverrideReason: string | null
  definition: { polarity: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' }
  trajectory: { value: number; period: string }[]
  /** Newest first, as measureStatusSelect reads them. */
  values: { id: string; value: number; period: string; isProvisional: boolean; localInsight: string | null; isDemo: boolean }[]
  _count?: { values: number }
}

/** The status and the values in time order; each value keeps whatever else the caller selected (a version). */
export function measureStatus<V extends StatusInput['values'][number]>(
  m: StatusInput & { values: V[] },
): {
  latestValue: number | null
  latestPeriod: string | null
  latestIsDemo: boolean
  status: ComputedStatus
  statusIsOverride: boolean
  statusOverrideReason: string | null
  /** Oldest first. */
  values: V[]
  /** All the measure's values, of which `values` may be the newest RECENT_VALUES. */
  valueCount: number
} {
  const values = [...m.values].reverse()
  const latest = values.at(-1)
  const computed = computeMeasureStatus({
    polarity: m.definition.polarity,
    baseline: m.baselineValue === null || !m.baselinePeriod ? null : { value: m.baselineValue, period: m.baselinePeriod },
    target: m.targetValue === null || !m.targetPeriod ? null : { value: m.targetValue, period: m.targetPeriod },
    trajectory: m.trajectory,
    values,
  })
  return {
    latestValue: latest?.value ?? null,
    latestPeriod: latest?.period ?? null,
    latestIsDemo: latest?.isDemo ?? false,
    status: m.statusOverride ?? computed,
    statusIsOverride: m.statusOverride !== null,
    statusOverrideReason: m.statusOverride === null ? null : m.statusOverrideReason,
    values,
    valueCount: m._count?.values ?? values.length,
  }
}
