import Link from 'next/link'
import { Allocated, Recorded, Remaining } from '@/components/funding/money-cells'
import { DataTable } from '@/components/ui/data-table'
import type { FundingAlerts, MoneyAlert } from '@/lib/data/funding/alerts'
import { formatDate, formatPence } from '@/lib/format'
import { Empty } from './tables'

function ActionMoney({ rows, caption, empty }: { rows: MoneyAlert[]; caption: string; empty: string }) {
  if (rows.length === 0) return <Empty>{empty}</Empty>
  return (
    <DataTable
      caption={caption}
      captionSize="hidden"
      scroll={caption}
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        {
          header: 'Action or allocation',
          cell: (r) =>
            r.kind === 'action' ? (
              <Link href={`/plans/${r.areaSlug}/funding/entries/new?action=${r.id}`} className="govuk-link">
                {r.title}
              </Link>
            ) : (
              <Link href={`/plans/${r.areaSlug}/funding#allocations`} className="govuk-link">
                {r.title} (allocation)
              </Link>
            ),
        },
        { header: 'Area', cell: (r) => r.area },
        { header: 'Allocated', numeric: true, cell: (r) => <Allocated totals={r.detail} /> },
        { header: 'Committed', numeric: true, cell: (r) => <Recorded pence={r.detail.committedPence} /> },
        { header: 'Spent', numeric: true, cell: (r) => <Recorded pence={r.detail.spentPence} /> },
      ]}
    />
  )
}

/** The delivery team's money to check: over-spends, commitments with nothing paid, allocations ending soon. */
export function FundingChecks({ funding }: { funding: FundingAlerts }) {
  return (
    <>
      <h2 className="govuk-heading-m">Over-spent actions and allocations</h2>
      <ActionMoney
        rows={funding.overSpent}
        caption="Actions and allocations whose spend is more than committed or allocated"
        empty="No action has spent more than it committed or was allocated, and no allocation more than its amount."
      />
      <h2 className="govuk-heading-m">Commitments with nothing paid yet</h2>
      <ActionMoney
        rows={funding.nothingPaid}
        caption="Actions with a commitment and no payment recorded"
        empty="Every commitment has a payment recorded against its action."
      />
      <h2 className="govuk-heading-m">Allocations ending in the next 90 days</h2>
      {funding.endingSoon.length === 0 ? (
        <Empty>No allocation with money left ends in the next 90 days.</Empty>
      ) : (
        <DataTable
          caption="Allocations ending in the next 90 days with money left"
          captionSize="hidden"
          scroll="Allocations ending soon"
          rows={funding.endingSoon}
          rowKey={(r) => r.id}
          columns={[
            {
              header: 'Allocation',
              cell: (r) => (
                <Link href={`/plans/${r.areaSlug}/funding#allocations`} className="govuk-link">
                  {r.label}
                </Link>
              ),
            },
            { header: 'Area', cell: (r) => r.area },
            { header: 'Ends', cell: (r) => formatDate(new Date(r.endsOn)) },
            { header: 'Left to spend', numeric: true, cell: (r) => formatPence(r.remainingPence) },
          ]}
        />
      )}
    </>
  )
}

/** Allocated, committed and spent by funding stream, across the areas the viewer sees. */
export function StreamTable({ funding }: { funding: FundingAlerts }) {
  if (funding.byStream.length === 0) return null
  return (
    <DataTable
      caption="Funding by stream, all areas"
      captionSize="m"
      rows={funding.byStream}
      rowKey={(r) => r.id}
      columns={[
        { header: 'Stream', cell: (r) => r.name },
        { header: 'Allocated', numeric: true, cell: (r) => <Allocated totals={r.totals} none="None recorded" /> },
        { header: 'Committed', numeric: true, cell: (r) => <Recorded pence={r.totals.committedPence} /> },
        { header: 'Spent', numeric: true, cell: (r) => <Recorded pence={r.totals.spentPence} /> },
        { header: 'Remaining', numeric: true, cell: (r) => <Remaining totals={r.totals} /> },
      ]}
    />
  )
}
