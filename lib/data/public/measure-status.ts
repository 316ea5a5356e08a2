/**
 * Success measure status, shared by every read that shows it: the fields it needs (one
 * select, so no extra queries) and the DTO part it produces.
 */
import type { Prisma } from '@/lib/generated/prisma/client'
import { computeMeasureStatus, type ComputedStatus } from '@/lib/measure-status'

export const measureStatusSelect = {
  baselineValue: true,
  baselinePeriod: true,
  targetValue: true,
  targetPeriod: true,
  statusOverride: true,
  statusOverrideReason: true,
  definition: { select: { polarity: true } },
  trajectory: { select: { value: true, period: true } },
  values: {
    orderBy: { periodEnd: 'asc' },
    select: { id: true, value: true, period: true, isProvisional: true, localInsight: true, isDemo: true },
  },
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
  values: { id: string; value: number; period: string; isProvisional: boolean; localInsight: string | null; isDemo: boolean }[]
}

export function measureStatus(m: StatusInput): {
  latestValue: number | null
  latestPeriod: string | null
  latestIsDemo: boolean
  status: ComputedStatus
  statusIsOverride: boolean
  statusOverrideReason: string | null
  values: StatusInput['values']
} {
  const latest = m.values.at(-1)
  const computed = computeMeasureStatus({
    polarity: m.definition.polarity,
    baseline: m.baselineValue === null || !m.baselinePeriod ? null : { value: m.baselineValue, period: m.baselinePeriod },
    target: m.targetValue === null || !m.targetPeriod ? null : { value: m.targetValue, period: m.targetPeriod },
    trajectory: m.trajectory,
    values: m.values,
  })
  return {
    latestValue: latest?.value ?? null,
    latestPeriod: latest?.period ?? null,
    latestIsDemo: latest?.isDemo ?? false,
    status: m.statusOverride ?? computed,
    statusIsOverride: m.statusOverride !== null,
    statusOverrideReason: m.statusOverride === null ? null : m.statusOverrideReason,
    values: m.values,
  }
}
