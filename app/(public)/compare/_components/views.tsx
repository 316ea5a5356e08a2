/** The two comparisons of the 12 areas: funding, and one national core measure. */
import Link from 'next/link'
import { BarChartFigure } from '@/components/charts/chart-figure'
import { DownloadLinks } from '@/components/ui/download-links'
import { NotPublished } from '@/components/ui/not-published'
import { TableScroll } from '@/components/ui/table-scroll'
import { type FundingComparison, type MeasureComparison } from '@/lib/data/public/compare'
import { formatMeasure, formatPence, penceToMillions } from '@/lib/format'

import type { Query } from '../query'

function compareNullable(a: number | null, b: number | null, dir: 'asc' | 'desc') {
  if (a === null && b === null) return 0
  if (a === null) return 1 // unknowns always last
  if (b === null) return -1
  return dir === 'asc' ? a - b : b - a
}

function SortHeader({
  query,
  column,
  children,
  numeric = false,
}: {
  query: Query
  column: Query['sort']
  children: string
  numeric?: boolean
}) {
  const active = query.sort === column
  const nextDir = active && query.dir === 'asc' ? 'desc' : 'asc'
  const href = `/compare?show=${query.show}&sort=${column}&dir=${nextDir}`
  return (
    <th
      scope="col"
      className={`govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}`}
      aria-sort={active ? (query.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <Link href={href} className="govuk-link" scroll={false}>
        {children}
        <span className="govuk-visually-hidden">, sort {nextDir === 'asc' ? 'ascending' : 'descending'}</span>
      </Link>
      {active && <span aria-hidden="true">{query.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
    </th>
  )
}

export function FundingView({ data, query }: { data: FundingComparison; query: Query }) {
  const rows = [...data.rows].sort((a, b) =>
    query.sort === 'total'
      ? compareNullable(
          a.totalPence === null ? null : Number(a.totalPence),
          b.totalPence === null ? null : Number(b.totalPence),
          query.dir,
        )
      : (query.dir === 'asc' ? 1 : -1) * a.area.name.localeCompare(b.area.name),
  )
  const known = data.rows.filter((r) => r.totalPence !== null)
  const largest = [...known].sort((a, b) => Number(b.totalPence) - Number(a.totalPence))[0]
  const caption = largest
    ? `Published allocations are known for ${known.length} of ${data.rows.length} areas; the largest known sum is ${largest.area.name}'s, ${formatPence(largest.totalPence ?? '0', largest.totalIsApproximate ? 'APPROXIMATE' : 'EXACT')}.`
    : 'No allocations have been published for any area.'
  return (
    <>
      <h2 className="govuk-heading-l">Funding allocations</h2>
      <p className="govuk-body">
        Money allocated to each area, as published, with the commitments and spend published in each area&apos;s funding returns.
        Totals reported by sources for several years together are not included here; they are on each area&apos;s page. A blank
        cell means no figure has been published, not that there was no money. The{' '}
        <Link href="/funding" className="govuk-link">
          programme funding page
        </Link>{' '}
        follows the money from each national stream to the areas.
      </p>
      <TableScroll label="Funding allocations by area">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Funding allocations by area</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <SortHeader query={query} column="area">
                Area
              </SortHeader>
              <SortHeader query={query} column="total" numeric>
                Sum of known allocations
              </SortHeader>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Committed
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Spent
              </th>
              {data.columns.map((c) => (
                <th key={c.key} scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {c.stream} {c.period}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((r) => (
              <tr key={r.area.slug} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  <Link href={`/areas/${r.area.slug}`} className="govuk-link">
                    {r.area.name}
                  </Link>
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric govuk-!-font-weight-bold">
                  {r.totalPence === null ? (
                    <NotPublished>Not published</NotPublished>
                  ) : (
                    formatPence(r.totalPence, r.totalIsApproximate ? 'APPROXIMATE' : 'EXACT')
                  )}
                </td>
                {[r.committedPence, r.spentPence].map((p, i) => (
                  <td key={i} className="govuk-table__cell govuk-table__cell--numeric">
                    {p === null ? <NotPublished>None published</NotPublished> : formatPence(p)}
                  </td>
                ))}
                {data.columns.map((c) => {
                  const cell = r.cells[c.key]
                  return (
                    <td key={c.key} className="govuk-table__cell govuk-table__cell--numeric">
                      {cell ? formatPence(cell.amountPence, cell.qualifier) : <NotPublished>–</NotPublished>}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
          {data.averagePence && (
            <tfoot>
              <tr className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  Average of the {data.averagePence.areas} areas with published allocations
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric govuk-!-font-weight-bold">
                  {formatPence(data.averagePence.value, 'APPROXIMATE')}
                </td>
                <td className="govuk-table__cell" colSpan={data.columns.length + 2} />
              </tr>
            </tfoot>
          )}
        </table>
      </TableScroll>
      <p className="govuk-body-s">“About” marks a sum that includes a figure stated as “up to”, “over” or “nearly”.</p>
      <DownloadLinks dataset="funding" label="all funding figures" />
      {known.length > 0 && (
        <BarChartFigure
          caption={caption}
          unitLabel="£ million"
          data={known
            .map((r) => ({ label: r.area.name, value: penceToMillions(r.totalPence ?? 0n) }))
            .sort((a, b) => b.value - a.value)}
        />
      )}
    </>
  )
}

export function MeasureView({ data, query }: { data: MeasureComparison; query: Query }) {
  const key =
    query.sort === 'baseline'
      ? 'baselineValue'
      : query.sort === 'target'
        ? 'targetValue'
        : query.sort === 'latest'
          ? 'latestValue'
          : null
  const rows = [...data.rows].sort((a, b) =>
    key ? compareNullable(a[key], b[key], query.dir) : (query.dir === 'asc' ? 1 : -1) * a.area.name.localeCompare(b.area.name),
  )
  const withBaseline = data.rows.filter((r) => r.baselineValue !== null)
  const withAny = data.rows.filter((r) => r.localName !== null)
  const f = (v: number | null) => formatMeasure(v, data.unit)
  return (
    <>
      <h2 className="govuk-heading-l">{data.name}</h2>
      <p className="govuk-body">
        {withAny.length} of {data.rows.length} areas published a measure of this; which local measure counts as this national
        measure is our reading of the plans. Baselines come from different years, so compare them with care.
      </p>
      <TableScroll label={data.name}>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">{data.name}, by area</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <SortHeader query={query} column="area">
                Area
              </SortHeader>
              <SortHeader query={query} column="baseline" numeric>
                Baseline
              </SortHeader>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                England
              </th>
              <SortHeader query={query} column="target" numeric>
                Target
              </SortHeader>
              <SortHeader query={query} column="latest" numeric>
                Latest
              </SortHeader>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((r) => (
              <tr key={r.area.slug} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  <Link href={`/areas/${r.area.slug}`} className="govuk-link">
                    {r.area.name}
                  </Link>
                  {r.localName && (
                    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">As “{r.localName}”</span>
                  )}
                </th>
                {r.localName === null ? (
                  <td className="govuk-table__cell" colSpan={4}>
                    <NotPublished>No measure of this published</NotPublished>
                  </td>
                ) : (
                  <>
                    <td className="govuk-table__cell govuk-table__cell--numeric">
                      {f(r.baselineValue) ? (
                        `${f(r.baselineValue)}${r.baselinePeriod ? ` (${r.baselinePeriod})` : ''}`
                      ) : (
                        <NotPublished />
                      )}
                    </td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{f(r.nationalValue) ?? <NotPublished />}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">
                      {f(r.targetValue) ? (
                        `${f(r.targetValue)}${r.targetPeriod ? ` (by ${r.targetPeriod})` : ''}`
                      ) : (
                        <NotPublished />
                      )}
                    </td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">
                      {f(r.latestValue) ? `${f(r.latestValue)} (${r.latestPeriod})` : <NotPublished />}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
          {data.baselineAverage && (
            <tfoot>
              <tr className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  Average baseline of {data.baselineAverage.areas} areas
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric govuk-!-font-weight-bold">
                  {f(data.baselineAverage.value)}
                </td>
                <td className="govuk-table__cell" colSpan={3} />
              </tr>
            </tfoot>
          )}
        </table>
      </TableScroll>
      <DownloadLinks dataset="measures" label="all success measures" />
      {withBaseline.length >= 2 && (
        <BarChartFigure
          caption={`Baselines are published for ${withBaseline.length} areas, from ${f(Math.min(...withBaseline.map((r) => r.baselineValue ?? 0)))} to ${f(Math.max(...withBaseline.map((r) => r.baselineValue ?? 0)))}.`}
          unitLabel={data.unit === 'PERCENT' ? 'Baseline, %' : 'Baseline'}
          data={withBaseline.map((r) => ({ label: r.area.name, value: r.baselineValue ?? 0 }))}
        />
      )}
    </>
  )
}
