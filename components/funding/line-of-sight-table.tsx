import { DataTable } from '@/components/ui/data-table'
import type { FundingPicture } from '@/lib/data/funding/picture'
import { Allocated, Recorded, Remaining } from './money-cells'

type Row = {
  key: string
  heading: string
  level: 'priority' | 'action'
  lifeStage: string | null
  measures: string[]
  totals: FundingPicture['totals']
  isDemo: boolean
}

/**
 * The line of sight as a table a person can follow: each priority (with its life stage), then
 * its actions with money, each with allocated, committed, spent and remaining, and the success
 * measures the action serves.
 */
export function LineOfSightTable({ picture, caption }: { picture: FundingPicture; caption: string }) {
  const rows: Row[] = picture.priorities.flatMap((p) => [
    {
      key: `p-${p.id ?? 'none'}`,
      heading: p.number === null ? p.title : `Priority ${p.number}: ${p.title}`,
      level: 'priority' as const,
      lifeStage: p.lifeStage,
      measures: [],
      totals: p.totals,
      isDemo: false,
    },
    ...p.actions.map((a) => ({
      key: `a-${a.id}`,
      heading: a.title,
      level: 'action' as const,
      lifeStage: null,
      measures: a.measures,
      totals: a.totals,
      isDemo: a.isDemo,
    })),
  ])
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        {
          header: 'Priority and action',
          cell: (r) =>
            r.level === 'priority' ? (
              <strong>
                {r.heading}
                {r.lifeStage && <span className="govuk-hint govuk-!-margin-0 govuk-!-font-weight-regular"> {r.lifeStage}</span>}
              </strong>
            ) : (
              <span className="app-indent">
                {r.heading}
                {r.isDemo && <strong className="govuk-tag govuk-tag--grey govuk-!-margin-left-1">Demo</strong>}
              </span>
            ),
        },
        { header: 'Allocated', numeric: true, cell: (r) => <Allocated totals={r.totals} /> },
        { header: 'Committed', numeric: true, cell: (r) => <Recorded pence={r.totals.committedPence} /> },
        { header: 'Spent', numeric: true, cell: (r) => <Recorded pence={r.totals.spentPence} /> },
        { header: 'Remaining', numeric: true, cell: (r) => <Remaining totals={r.totals} /> },
        {
          header: 'Success measures it serves',
          cell: (r) => (r.level === 'action' ? r.measures.join('; ') || 'None linked' : ''),
        },
      ]}
    />
  )
}
