import Link from 'next/link'
import { ActionStatusTag } from '@/components/ui/action-status-tag'
import { MeasureStatusTag } from '@/components/ui/measure-status-tag'
import { ProposalStatusTag } from '@/components/ui/proposal-status-tag'
import { TableScroll } from '@/components/ui/table-scroll'
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
    <TableScroll label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Action
            </th>
            <th scope="col" className="govuk-table__header">
              Area
            </th>
            <th scope="col" className="govuk-table__header">
              Due
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            {updateLinks && (
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Update</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((r) => (
            <tr key={r.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {r.title}
                {r.isDemo && <strong className="govuk-tag govuk-tag--purple govuk-!-margin-left-1">Demo</strong>}
              </th>
              <td className="govuk-table__cell">
                <Link href={`/areas/${r.areaSlug}`} className="govuk-link">
                  {r.area}
                </Link>
              </td>
              <td className="govuk-table__cell">{formatPartialDate(r.dueOn)}</td>
              <td className="govuk-table__cell">
                <ActionStatusTag status={r.status} />
              </td>
              {updateLinks && (
                <td className="govuk-table__cell">
                  <Link href={`/actions/${r.id}/update`} className="govuk-link">
                    Post an update<span className="govuk-visually-hidden"> on {r.title}</span>
                  </Link>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}

export function MeasureList({ rows, empty }: { rows: MeasureAlert[]; empty: string }) {
  if (rows.length === 0) return <Empty>{empty}</Empty>
  return (
    <ul className="govuk-list">
      {rows.map((m) => (
        <li key={m.id}>
          <MeasureStatusTag status={m.status} />{' '}
          <Link href={`/areas/${m.areaSlug}`} className="govuk-link">
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
    <TableScroll label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Area
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Actions on track
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              At risk
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Off track
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Measures off track or at risk
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Allocated
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Spent
            </th>
            <th scope="col" className="govuk-table__header">
              Last update
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {areas.map((a) => (
            <tr key={a.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                <Link href={`/plans/${a.slug}`} className="govuk-link">
                  {a.name}
                </Link>
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{a.actions.ON_TRACK}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{a.actions.AT_RISK}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{a.actions.OFF_TRACK}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{a.measures.OFF_TRACK + a.measures.AT_RISK}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{formatPence(a.allocatedPence)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {formatPence(a.spentPence)} ({pct(a.spentPence, a.allocatedPence)})
              </td>
              <td className="govuk-table__cell">{a.lastUpdated ? formatPartialDate(a.lastUpdated.slice(0, 10)) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
