/**
 * What a dashboard asks someone to check about money, from the working figures: actions whose
 * spend has run past their commitment or allocation, and allocations spent past their amount; commitments with nothing paid yet (spend
 * that may be waiting to be recorded), and allocations ending in the next 90 days with money
 * left; and the programme's totals by stream. Pure: the dashboard passes what it loaded.
 */
import type { Figures } from './figures'
import { totalsDto, type TotalsDto } from './figures'

export type MoneyAlert = {
  id: string
  kind: 'action' | 'allocation'
  title: string
  area: string
  areaSlug: string
  detail: TotalsDto
}
export type EndingAlert = { id: string; label: string; area: string; areaSlug: string; endsOn: string; remainingPence: string }
export type StreamTotal = { id: string; name: string; totals: TotalsDto }

export type FundingAlerts = {
  overSpent: MoneyAlert[]
  nothingPaid: MoneyAlert[]
  endingSoon: EndingAlert[]
  byStream: StreamTotal[]
}

const DAY = 86_400_000

export function fundingAlerts(
  figures: Figures,
  actions: readonly { id: string; title: string; areaId: string }[],
  areas: ReadonlyMap<string, { name: string; slug: string }>,
  now: Date,
): FundingAlerts {
  const overSpent: MoneyAlert[] = []
  const nothingPaid: MoneyAlert[] = []
  for (const a of actions) {
    const t = figures.totals.byAction.get(a.id)
    const area = areas.get(a.areaId)
    if (!t || !area) continue
    const alert = {
      id: a.id,
      kind: 'action' as const,
      title: a.title,
      area: area.name,
      areaSlug: area.slug,
      detail: totalsDto(t),
    }
    const overAllocation = t.allocatedPence !== null && t.spentPence > t.allocatedPence
    if (t.spentPence > t.committedPence || overAllocation) overSpent.push(alert)
    else if (t.committedPence > 0n && t.spentPence === 0n) nothingPaid.push(alert)
  }
  // An allocation whose payments have run past its amount, whatever its actions' commitments.
  for (const al of figures.allocations) {
    const t = figures.totals.byAllocation.get(al.id)
    const area = areas.get(al.areaId)
    if (!t || !area || t.allocatedPence === null || t.spentPence <= t.allocatedPence) continue
    overSpent.push({ id: al.id, kind: 'allocation', title: al.label, area: area.name, areaSlug: area.slug, detail: totalsDto(t) })
  }
  const endingSoon = figures.allocations.flatMap((al): EndingAlert[] => {
    const area = areas.get(al.areaId)
    const remaining = figures.totals.byAllocation.get(al.id)?.remainingPence ?? null
    if (!area || !al.endsOn || al.kind !== 'ALLOCATION' || remaining === null || remaining <= 0n) return []
    const left = al.endsOn.getTime() - now.getTime()
    if (left < 0 || left > 90 * DAY) return []
    return [
      {
        id: al.id,
        label: al.label,
        area: area.name,
        areaSlug: area.slug,
        endsOn: al.endsOn.toISOString().slice(0, 10),
        remainingPence: remaining.toString(),
      },
    ]
  })
  const names = new Map(figures.allocations.map((al) => [al.streamId, al.stream.name]))
  const byStream = [...figures.totals.byStream]
    .map(([id, t]) => ({ id, name: names.get(id) ?? '', totals: totalsDto(t) }))
    .sort((x, y) => x.name.localeCompare(y.name))
  return { overSpent, nothingPaid, endingSoon: endingSoon.sort((x, y) => x.endsOn.localeCompare(y.endsOn)), byStream }
}
