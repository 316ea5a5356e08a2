import Link from 'next/link'
import { ActionStatusTag } from '@/components/ui/action-status-tag'
import { MeasureStatusTag } from '@/components/ui/measure-status-tag'
import { ProposalStatusTag } from '@/components/ui/proposal-status-tag'
import { DataTable } from '@/components/ui/data-table'
import { NotPublished } from '@/components/ui/not-published'
import type { AreaHealth, DashboardProposal, DeadlineRow, MeasureAlert } from '@/lib/data/dashboard'
import { formatDate, formatPartialDate, formatPence } from '@/lib/format'

export function Empty({ children }: { children: string }) {
  return <p className="govuk-body govuk-hint">{children}</p>
}

export function DeadlineTable({
  rows,
  caption,
  empty,
  updateLinks = false,
}: {
  rows: DeadlineRow[]
  caption: string
  empty: string
  updateLinks?: boolean
}) {
  if (rows.length === 0) return <Empty>{empty}</Empty>
  return (
    <DataTable
      caption={caption}
      captionSize="hidden"
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        {
          header: 'Action',
          cell: (r) => (
            <>
              {r.title}
              {r.isDemo && <strong className="govuk-tag govuk-tag--purple govuk-!-margin-left-1">Demo</strong>}
            </>
          ),
        },
        {
          header: 'Area',
          cell: (r) => (
            <Link href={`/areas/${r.areaSlug}`} className="govuk-link">
              {r.area}
            </Link>
          ),
        },
        { header: 'Due', cell: (r) => formatPartialDate(r.dueOn) },
        { header: 'Status', cell: (r) => <ActionStatusTag status={r.status} /> },
        ...(updateLinks
          ? [
              {
                header: <span className="govuk-visually-hidden">Update</span>,
                cell: (r: DeadlineRow) => (
                  <Link href={`/actions/${r.id}/update`} className="govuk-link">
                    Post an update<span className="govuk-visually-hidden"> on {r.title}</span>
                  </Link>
                ),
              },
            ]
          : []),
      ]}
    />
  )
}

export function MeasureList({ rows, empty }: { rows: MeasureAlert[]; empty: string }) {
  if (rows.length === 0) return <Empty>{empty}</Empty>
  return (
    <ul className="govuk-list">
      {rows.map((m) => (
        <li key={m.id}>
          <MeasureStatusTag status={m.status} />{' '}
          <Link href={`/measures/${m.id}`} className="govuk-link">
            {m.name}
          </Link>{' '}
          <span className="govuk-hint govuk-!-display-inline">({m.area})</span>
        </li>
      ))}
    </ul>
  )
}

export function ProposalList({ rows, empty }: { rows: DashboardProposal[]; empty: string }) {
  if (rows.length === 0) return <Empty>{empty}</Empty>
  return (
    <ul className="govuk-list">
      {rows.map((p) => (
        <li key={p.id}>
          <ProposalStatusTag status={p.status} />{' '}
          <Link href={`/proposals/${p.id}`} className="govuk-link">
            {p.title}
          </Link>{' '}
          <span className="govuk-hint govuk-!-display-inline">
            ({p.area}, {formatDate(new Date(p.createdAt))})
          </span>
        </li>
      ))}
    </ul>
  )
}

const pct = (spent: string, allocated: string) =>
  BigInt(allocated) === 0n ? '–' : `${Math.round((Number(spent) / Number(allocated)) * 100)}%`

export function AreaHealthTable({ areas, caption }: { areas: AreaHealth[]; caption: string }) {
  return (
    <DataTable
      caption={caption}
      captionSize="m"
      rows={areas}
      rowKey={(a) => a.id}
      columns={[
        {
          header: 'Area',
          cell: (a) => (
            <Link href={`/plans/${a.slug}`} className="govuk-link">
              {a.name}
            </Link>
          ),
        },
        { header: 'Actions on track', numeric: true, cell: (a) => a.actions.ON_TRACK },
        { header: 'At risk', numeric: true, cell: (a) => a.actions.AT_RISK },
        { header: 'Off track', numeric: true, cell: (a) => a.actions.OFF_TRACK },
        { header: 'Measures off track or at risk', numeric: true, cell: (a) => a.measures.OFF_TRACK + a.measures.AT_RISK },
        {
          header: 'Allocated',
          numeric: true,
          cell: (a) => (a.allocatedPence === null ? <NotPublished>Not published</NotPublished> : formatPence(a.allocatedPence)),
        },
        {
          header: 'Committed',
          numeric: true,
          cell: (a) => (a.committedPence === null ? <NotPublished>None recorded</NotPublished> : formatPence(a.committedPence)),
        },
        {
          header: 'Spent',
          numeric: true,
          cell: (a) =>
            a.spentPence === null ? (
              <NotPublished>None recorded</NotPublished>
            ) : a.allocatedPence === null ? (
              formatPence(a.spentPence)
            ) : (
              `${formatPence(a.spentPence)} (${pct(a.spentPence, a.allocatedPence)})`
            ),
        },
        { header: 'Last update', cell: (a) => (a.lastUpdated ? formatPartialDate(a.lastUpdated.slice(0, 10)) : '–') },
      ]}
    />
  )
}

/** Drafts the chair sent back: the delivery team sees when, by whom and why, and opens the plan to act on it. */
export function ReturnedDrafts({ areas }: { areas: AreaHealth[] }) {
  const returned = areas.filter((a) => a.returned)
  if (returned.length === 0) return null
  return (
    <ul className="govuk-list">
      {returned.map((a) => (
        <li key={a.id}>
          <strong className="govuk-tag govuk-tag--red">Returned</strong>{' '}
          <Link href={`/plans/${a.slug}`} className="govuk-link">
            {a.name} working delivery plan
          </Link>
          : returned by {a.returned?.by} on {formatDate(new Date(a.returned?.at ?? 0))}. Their reason: “{a.returned?.reason}”
        </li>
      ))}
    </ul>
  )
}
