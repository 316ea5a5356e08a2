import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import { formatDate, formatPence } from '@/lib/format'
import type { WorkingFunding } from '@/lib/data/funding/read'

const STATUS_WORD = { CONFIRMED: 'Confirmed', INDICATIVE: 'Indicative' } as const

/** Where a row stands: public, waiting for the next return, or withdrawn (and whether that is public yet). */
function Standing({ published, withdrawn }: { published: boolean; withdrawn: { reason: string; published: boolean } | null }) {
  if (withdrawn)
    return (
      <>
        <strong className="govuk-tag govuk-tag--grey">Withdrawn</strong>
        <span className="govuk-body-s govuk-!-display-block">
          {withdrawn.reason}
          {published && !withdrawn.published && ' (still public until the next return)'}
        </span>
      </>
    )
  return published ? (
    <strong className="govuk-tag govuk-tag--green">Published</strong>
  ) : (
    <strong className="govuk-tag govuk-tag--yellow">Next return</strong>
  )
}

export function AllocationRegister({ slug, funding }: { slug: string; funding: WorkingFunding }) {
  if (funding.allocations.length === 0) return <p className="govuk-body">No allocation is recorded for this area.</p>
  return (
    <DataTable
      caption="Every allocation, withdrawn ones last"
      captionSize="hidden"
      scroll="Allocations"
      rows={funding.allocations}
      rowKey={(a) => a.id}
      columns={[
        {
          header: 'Allocation',
          cell: (a) => (
            <>
              {a.label}
              <span className="govuk-hint govuk-!-margin-0">
                {a.stream}, {a.period}
                {a.kind === 'REPORTED_TOTAL' && ' (a reported total: not added to allocations)'}
              </span>
            </>
          ),
        },
        {
          header: 'Amount',
          numeric: true,
          cell: (a) => (
            <>
              {formatPence(a.currentPence)}
              {a.revisions.length > 0 && (
                <span className="govuk-hint govuk-!-margin-0">revised from {formatPence(a.originalPence)}</span>
              )}
            </>
          ),
        },
        { header: 'Status', cell: (a) => STATUS_WORD[a.status] },
        {
          header: 'Public',
          cell: (a) => <Standing published={a.published && a.revisions.every((r) => r.published)} withdrawn={a.withdrawn} />,
        },
        {
          header: 'Change',
          cell: (a) =>
            funding.canEdit && !a.withdrawn ? (
              <Link href={`/plans/${slug}/funding/allocations/${a.id}`} className="govuk-link">
                Revise or withdraw<span className="govuk-visually-hidden"> {a.label}</span>
              </Link>
            ) : null,
        },
      ]}
    />
  )
}

export function EntryRegister({ slug, funding }: { slug: string; funding: WorkingFunding }) {
  if (funding.entries.length === 0) return <p className="govuk-body">No commitment or payment is recorded for this area.</p>
  return (
    <DataTable
      caption={
        funding.entryCount > funding.entries.length
          ? `The newest ${funding.entries.length.toLocaleString('en-GB')} of ${funding.entryCount.toLocaleString('en-GB')} commitments and payments; every entry is in the audit trail`
          : 'Every commitment and payment, newest first'
      }
      captionSize={funding.entryCount > funding.entries.length ? 's' : 'hidden'}
      scroll="Commitments and payments"
      rows={funding.entries}
      rowKey={(e) => e.id}
      columns={[
        { header: 'Date', cell: (e) => formatDate(new Date(e.occurredOn)) },
        { header: 'Kind', cell: (e) => (e.kind === 'SPEND' ? 'Payment' : 'Commitment') },
        {
          header: 'Action',
          cell: (e) => (
            <>
              {e.action}
              {e.isDemo && <strong className="govuk-tag govuk-tag--grey govuk-!-margin-left-1">Demo</strong>}
            </>
          ),
        },
        { header: 'Provider or recipient', cell: (e) => e.organisation },
        { header: 'Amount', numeric: true, cell: (e) => formatPence(e.amountPence) },
        { header: 'Paid from', cell: (e) => e.allocation },
        { header: 'Public', cell: (e) => <Standing published={e.published} withdrawn={e.withdrawn} /> },
        {
          header: 'Change',
          cell: (e) =>
            funding.canEdit && !e.withdrawn ? (
              <Link href={`/plans/${slug}/funding/entries/${e.id}`} className="govuk-link">
                Correct or withdraw
                <span className="govuk-visually-hidden"> the entry of {formatDate(new Date(e.occurredOn))}</span>
              </Link>
            ) : null,
        },
      ]}
    />
  )
}
