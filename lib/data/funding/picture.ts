/**
 * An area's funding as a reader follows it: by stream, then by life stage, priority and action,
 * with allocated, committed and spent at each step (the line of sight), in either view
 * (figures.ts). Plain JSON-safe objects, for a page or an export.
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import { NO_MONEY, sumTotals } from '@/lib/funding-totals'
import { loadFigures, totalsDto, type DemoRows, type FundingView, type TotalsDto } from './figures'

export type StreamLine = { id: string; name: string; funder: string; totals: TotalsDto }
export type ActionLine = { id: string; title: string; isDemo: boolean; totals: TotalsDto; measures: string[] }
export type PriorityLine = {
  id: string | null
  number: number | null
  title: string
  lifeStage: string | null
  totals: TotalsDto
  actions: ActionLine[]
}
export type AllocationLine = {
  id: string
  stream: string
  label: string
  period: string
  kind: 'ALLOCATION' | 'REPORTED_TOTAL'
  amountPence: string
  qualifier: 'EXACT' | 'APPROXIMATE' | 'UP_TO' | 'OVER' | 'NEARLY'
  status: 'INDICATIVE' | 'CONFIRMED'
  revised: boolean
  decision: string | null
  startsOn: string | null
  endsOn: string | null
  earmark: string | null
  isDemo: boolean
  totals: TotalsDto
}

export type FundingPicture = {
  totals: TotalsDto
  streams: StreamLine[]
  allocations: AllocationLine[]
  priorities: PriorityLine[]
  /** True when an allocation in the total was stated as "up to", "over" or "nearly". */
  allocatedIsApproximate: boolean
  /** True when any figure shown is fictional demo data. */
  hasDemo: boolean
  /** True when anything at all has been committed or spent. */
  hasEntries: boolean
}

const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null

export async function fundingPicture(
  view: FundingView,
  areaId: string,
  { demo = 'include' }: { demo?: DemoRows } = {},
): Promise<FundingPicture> {
  const db = await getDb()
  const [figures, priorities, actions] = await Promise.all([
    loadFigures(view, [areaId], { demo }),
    db.priority.findMany({
      where: { areaId },
      orderBy: { number: 'asc' },
      select: { id: true, number: true, title: true, lifeStage: { select: { name: true } } },
    }),
    db.action.findMany({
      where: { areaId },
      orderBy: [{ priorityId: 'asc' }, { title: 'asc' }],
      select: {
        id: true,
        title: true,
        priorityId: true,
        isDemo: true,
        priority: { select: { measures: { orderBy: { position: 'asc' }, select: { definition: { select: { name: true } } } } } },
      },
    }),
  ])
  const { totals } = figures
  const t = (m: Map<string, typeof NO_MONEY>, key: string | null) => totalsDto((key && m.get(key)) || NO_MONEY)
  const hasMoney = (id: string) => totals.byAction.has(id)
  const actionLine = (a: (typeof actions)[number]): ActionLine => ({
    id: a.id,
    title: a.title,
    isDemo: a.isDemo,
    totals: t(totals.byAction, a.id),
    measures: a.priority?.measures.map((m) => m.definition.name) ?? [],
  })
  const priorityLines: PriorityLine[] = priorities.map((p) => ({
    id: p.id,
    number: p.number,
    title: p.title,
    lifeStage: p.lifeStage?.name ?? null,
    totals: t(totals.byPriority, p.id),
    actions: actions.filter((a) => a.priorityId === p.id && hasMoney(a.id)).map(actionLine),
  }))
  const unplaced = actions.filter((a) => a.priorityId === null && hasMoney(a.id))
  if (unplaced.length)
    priorityLines.push({
      id: null,
      number: null,
      title: 'Actions not under a priority',
      lifeStage: null,
      totals: totalsDto(sumTotals(unplaced.map((a) => totals.byAction.get(a.id) ?? NO_MONEY))),
      actions: unplaced.map(actionLine),
    })
  const titleOf = new Map([
    ...priorities.map((p) => [p.id, `Priority ${p.number}: ${p.title}`] as const),
    ...actions.map((a) => [a.id, a.title] as const),
  ])
  const streams = new Map<string, StreamLine>()
  for (const a of figures.allocations)
    if (!streams.has(a.streamId))
      streams.set(a.streamId, {
        id: a.streamId,
        name: a.stream.name,
        funder: a.stream.funder,
        totals: t(totals.byStream, a.streamId),
      })
  return {
    totals: totalsDto(totals.byArea.get(areaId) ?? NO_MONEY),
    streams: [...streams.values()],
    allocations: figures.allocations.map((a) => ({
      id: a.id,
      stream: a.stream.name,
      label: a.label,
      period: a.period,
      kind: a.kind,
      amountPence: a.amountPence.toString(),
      qualifier: a.qualifier,
      status: a.status,
      revised: a.revised,
      decision: a.decision,
      startsOn: iso(a.startsOn),
      endsOn: iso(a.endsOn),
      earmark: (a.actionId && titleOf.get(a.actionId)) || (a.priorityId && titleOf.get(a.priorityId)) || null,
      isDemo: a.isDemo,
      totals: t(totals.byAllocation, a.id),
    })),
    priorities: priorityLines.filter((p) => p.actions.length || p.totals.allocatedPence !== null),
    allocatedIsApproximate: figures.allocations.some((a) => a.kind === 'ALLOCATION' && a.qualifier !== 'EXACT'),
    hasDemo: figures.allocations.some((a) => a.isDemo) || figures.entries.some((e) => e.isDemo),
    hasEntries: figures.entries.length > 0,
  }
}
