import { GroupedBarChartFigure } from '@/components/charts/chart-figure'
import type { FundingPicture } from '@/lib/data/funding/picture'
import { formatPence, penceToThousands } from '@/lib/format'

const SERIES = [
  { key: 'allocated', label: 'Allocated', colour: '#1d70b8' },
  { key: 'committed', label: 'Committed', colour: '#f47738' },
  { key: 'spent', label: 'Spent', colour: '#00703c' },
]

/** The finding in words: how much of what was allocated has been spent, and committed. */
export function moneyFinding(picture: FundingPicture): string {
  const t = picture.totals
  const spent = formatPence(t.spentPence)
  const committed = formatPence(t.committedPence)
  if (t.allocatedPence === null)
    return `${spent} spent and ${committed} committed; no allocation is published to set them against.`
  const approximate = picture.allocatedIsApproximate
  const allocated = formatPence(t.allocatedPence, approximate ? 'APPROXIMATE' : 'EXACT')
  const share = `${approximate ? 'about ' : ''}${t.percentSpent ?? 0}%`
  return `Of ${allocated} allocated, ${spent} has been spent (${share}) and ${committed} committed.`
}

/** Allocated, committed and spent per priority, as bars; the line-of-sight table above has the same figures. */
export function MoneyChart({ picture }: { picture: FundingPicture }) {
  const rows = picture.priorities.filter((p) => p.number !== null)
  if (rows.length === 0) return null
  const data = rows.map((p) => ({
    label: `Priority ${p.number}`,
    allocated: penceToThousands(p.totals.allocatedPence ?? '0'),
    committed: penceToThousands(p.totals.committedPence),
    spent: penceToThousands(p.totals.spentPence),
  }))
  return <GroupedBarChartFigure caption={moneyFinding(picture)} data={data} series={SERIES} unitLabel="£ thousand" />
}
