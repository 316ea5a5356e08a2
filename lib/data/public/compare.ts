/**
 * Public reads that put the 12 areas side by side: a national core measure, or funding.
 * Only published, non-demo figures.
 */
import 'server-only'
import { loadFigures } from '@/lib/data/funding/figures'
import { getDb } from '@/lib/db/client'
import { publicCache } from '@/lib/data/public/cache'
import type { AmountQualifierName, UnitName } from '@/lib/format'

export type CoreMeasureOption = { code: string; name: string; areaCount: number }

async function loadCoreMeasures(): Promise<CoreMeasureOption[]> {
  const db = await getDb()
  const cores = await db.measureDefinition.findMany({
    where: { isCore: true, code: { not: null } },
    orderBy: { name: 'asc' },
    select: { code: true, name: true, mappedLocal: { select: { areaId: true } } },
  })
  return cores.map((c) => ({ code: c.code ?? '', name: c.name, areaCount: new Set(c.mappedLocal.map((m) => m.areaId)).size }))
}

export type MeasureComparisonRow = {
  area: { slug: string; name: string }
  localName: string | null
  baselineValue: number | null
  baselinePeriod: string | null
  baselineNote: string | null
  nationalValue: number | null
  targetValue: number | null
  targetPeriod: string | null
  targetNote: string | null
  latestValue: number | null
  latestPeriod: string | null
}

export type MeasureComparison = {
  code: string
  name: string
  unit: UnitName
  rows: MeasureComparisonRow[]
  /** Mean of the areas' baselines, where at least two areas have one. */
  baselineAverage: { value: number; areas: number } | null
}

async function loadMeasureComparison(code: string): Promise<MeasureComparison | null> {
  const db = await getDb()
  const core = await db.measureDefinition.findUnique({
    where: { code },
    select: { id: true, code: true, name: true, unit: true, isCore: true },
  })
  if (!core?.isCore) return null
  const areas = await db.area.findMany({
    orderBy: { name: 'asc' },
    select: {
      slug: true,
      name: true,
      successMeasures: {
        where: { definition: { coreId: core.id } },
        orderBy: { position: 'asc' },
        take: 1,
        select: {
          baselineValue: true,
          baselinePeriod: true,
          baselineNote: true,
          nationalValue: true,
          targetValue: true,
          targetPeriod: true,
          targetNote: true,
          definition: { select: { name: true } },
          values: { where: { isDemo: false }, orderBy: { periodEnd: 'desc' }, take: 1, select: { value: true, period: true } },
        },
      },
    },
  })
  const rows = areas.map((a): MeasureComparisonRow => {
    const m = a.successMeasures[0]
    return {
      area: { slug: a.slug, name: a.name },
      localName: m?.definition.name ?? null,
      baselineValue: m?.baselineValue ?? null,
      baselinePeriod: m?.baselinePeriod ?? null,
      baselineNote: m?.baselineNote ?? null,
      nationalValue: m?.nationalValue ?? null,
      targetValue: m?.targetValue ?? null,
      targetPeriod: m?.targetPeriod ?? null,
      targetNote: m?.targetNote ?? null,
      latestValue: m?.values[0]?.value ?? null,
      latestPeriod: m?.values[0]?.period ?? null,
    }
  })
  const baselines = rows.flatMap((r) => (r.baselineValue === null ? [] : [r.baselineValue]))
  return {
    code: core.code ?? code,
    name: core.name,
    unit: core.unit,
    rows,
    baselineAverage:
      baselines.length >= 2
        ? { value: Math.round((baselines.reduce((s, v) => s + v, 0) / baselines.length) * 10) / 10, areas: baselines.length }
        : null,
  }
}

export type FundingColumn = { key: string; stream: string; period: string }
export type FundingCell = { amountPence: string; qualifier: AmountQualifierName }
export type FundingComparisonRow = {
  area: { slug: string; name: string }
  cells: Record<string, FundingCell>
  /** Sum of the area's known allocations, in pence; null when none is published. */
  totalPence: string | null
  /** True when a figure in the sum was stated as "up to", "over" or "nearly". */
  totalIsApproximate: boolean
  /** Published real commitments and spend, in pence; null when none is published. */
  committedPence: string | null
  spentPence: string | null
}
export type FundingComparison = {
  columns: FundingColumn[]
  rows: FundingComparisonRow[]
  averagePence: { value: string; areas: number } | null
}

async function loadFundingComparison(): Promise<FundingComparison> {
  const db = await getDb()
  // Real published figures only (demo rows are fictional, so never compared), each allocation
  // at its newest published revision.
  const [areaRows, figures] = await Promise.all([
    db.area.findMany({ orderBy: { name: 'asc' }, select: { id: true, slug: true, name: true } }),
    loadFigures('public', null, { byLine: false, demo: 'exclude' }),
  ])
  const areas = areaRows.map((a) => ({
    ...a,
    allocations: figures.allocations.filter((al) => al.areaId === a.id && al.kind === 'ALLOCATION'),
    totals: figures.totals.byArea.get(a.id),
  }))
  const columns = new Map<string, FundingColumn>()
  const rows = areas.map((a): FundingComparisonRow => {
    const cells: Record<string, FundingCell> = {}
    let total = 0n
    let approximate = false
    for (const al of a.allocations) {
      const key = `${al.stream.slug}:${al.period}`
      columns.set(key, { key, stream: al.stream.name, period: al.period })
      const existing = cells[key]
      const sum = BigInt(existing?.amountPence ?? 0) + al.amountPence
      cells[key] = {
        amountPence: sum.toString(),
        qualifier: existing && existing.qualifier !== al.qualifier ? 'APPROXIMATE' : al.qualifier,
      }
      total += al.amountPence
      if (al.qualifier !== 'EXACT') approximate = true
    }
    return {
      area: { slug: a.slug, name: a.name },
      cells,
      totalPence: a.allocations.length ? total.toString() : null,
      totalIsApproximate: approximate,
      committedPence: a.totals && a.totals.committedPence > 0n ? a.totals.committedPence.toString() : null,
      spentPence: a.totals && a.totals.spentPence > 0n ? a.totals.spentPence.toString() : null,
    }
  })
  const totals = rows.flatMap((r) => (r.totalPence === null ? [] : [BigInt(r.totalPence)]))
  return {
    columns: [...columns.values()].sort((x, y) => x.stream.localeCompare(y.stream) || x.period.localeCompare(y.period)),
    rows,
    averagePence: totals.length
      ? { value: (totals.reduce((s, v) => s + v, 0n) / BigInt(totals.length)).toString(), areas: totals.length }
      : null,
  }
}

export const listCoreMeasures = publicCache('listCoreMeasures', loadCoreMeasures)

export const compareMeasure = publicCache('compareMeasure', loadMeasureComparison)

export const compareFunding = publicCache('compareFunding', loadFundingComparison)
