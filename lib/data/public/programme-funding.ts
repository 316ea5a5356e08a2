/**
 * The programme's funding line of sight, for its public page: each national stream (with its
 * total as announced), what was allocated from it to each area, and what has been committed
 * and spent; and the same money by life stage. Real published figures only — like /compare,
 * a view across areas never adds fictional demo rows.
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import { loadFigures, totalsDto, type TotalsDto } from '@/lib/data/funding/figures'
import { NO_MONEY } from '@/lib/funding-totals'
import { publicCache } from './cache'

export type StreamLineOfSight = {
  slug: string
  name: string
  funder: string
  /** As announced for the whole programme (or nation), where known. */
  totalPence: string | null
  totalQualifier: 'EXACT' | 'APPROXIMATE' | 'UP_TO' | 'OVER' | 'NEARLY'
  totals: TotalsDto
  areas: { slug: string; name: string; totals: TotalsDto }[]
}

export type ProgrammeFunding = {
  total: TotalsDto
  streams: StreamLineOfSight[]
  lifeStages: { slug: string; name: string; totals: TotalsDto }[]
  /** The newest "figures as at" date of any area's funding return; null when none. */
  latestReturn: string | null
}

async function loadProgrammeFunding(): Promise<ProgrammeFunding> {
  const db = await getDb()
  const [figures, streams, areas, stages, latest] = await Promise.all([
    loadFigures('public', null, { demo: 'exclude' }),
    db.fundingStream.findMany({
      orderBy: { name: 'asc' },
      select: { id: true, slug: true, name: true, funder: true, totalPence: true, totalQualifier: true },
    }),
    db.area.findMany({ orderBy: { name: 'asc' }, select: { id: true, slug: true, name: true } }),
    db.lifeStage.findMany({ orderBy: { position: 'asc' }, select: { id: true, slug: true, name: true } }),
    db.fundingReturn.findFirst({ where: { isDemo: false }, orderBy: { asAt: 'desc' }, select: { asAt: true } }),
  ])
  // Per stream and area: the allocations of that stream in that area, and what was paid from them.
  const perStreamArea = new Map<string, { allocated: bigint | null; committed: bigint; spent: bigint }>()
  for (const al of figures.allocations) {
    if (al.kind !== 'ALLOCATION') continue
    const key = `${al.streamId}:${al.areaId}`
    const t = figures.totals.byAllocation.get(al.id) ?? NO_MONEY
    const sum = perStreamArea.get(key) ?? { allocated: null, committed: 0n, spent: 0n }
    perStreamArea.set(key, {
      allocated: (sum.allocated ?? 0n) + (t.allocatedPence ?? 0n),
      committed: sum.committed + t.committedPence,
      spent: sum.spent + t.spentPence,
    })
  }
  const dto = (s: { allocated: bigint | null; committed: bigint; spent: bigint }) =>
    totalsDto({
      allocatedPence: s.allocated,
      committedPence: s.committed,
      spentPence: s.spent,
      remainingPence: s.allocated === null ? null : s.allocated - s.spent,
      percentSpent: s.allocated === null || s.allocated <= 0n ? null : Number((s.spent * 100n) / s.allocated),
    })
  return {
    total: totalsDto(figures.totals.total),
    streams: streams.map((s) => ({
      slug: s.slug,
      name: s.name,
      funder: s.funder,
      totalPence: s.totalPence?.toString() ?? null,
      totalQualifier: s.totalQualifier,
      totals: totalsDto(figures.totals.byStream.get(s.id) ?? NO_MONEY),
      areas: areas.flatMap((a) => {
        const sum = perStreamArea.get(`${s.id}:${a.id}`)
        return sum ? [{ slug: a.slug, name: a.name, totals: dto(sum) }] : []
      }),
    })),
    lifeStages: stages.map((st) => ({
      slug: st.slug,
      name: st.name,
      totals: totalsDto(figures.totals.byLifeStage.get(st.id) ?? NO_MONEY),
    })),
    latestReturn: latest?.asAt.toISOString().slice(0, 10) ?? null,
  }
}

export const getProgrammeFunding = publicCache('getProgrammeFunding', loadProgrammeFunding)
