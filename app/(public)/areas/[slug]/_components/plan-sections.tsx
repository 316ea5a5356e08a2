/** The pieces of an area's public page: its fact rows, measures (tables and charts) and actions. */
import Link from 'next/link'
import type { ReactNode } from 'react'
import { ActionStatusTag } from '@/components/ui/action-status-tag'
import { MeasureStatusTag } from '@/components/ui/measure-status-tag'
import { NotPublished } from '@/components/ui/not-published'
import { SourceRefs } from '@/components/ui/source-refs'
import { LineChartFigure } from '@/components/charts/chart-figure'
import { DataTable } from '@/components/ui/data-table'
import { type ActionRow, type MeasureRow } from '@/lib/data/public/areas'
import { formatMeasure, formatPartialDate } from '@/lib/format'

export function ActionsTable({ actions, caption, slug }: { actions: ActionRow[]; caption: string; slug?: string }) {
  if (actions.length === 0) return null
  return (
    <DataTable
      caption={caption}
      rows={actions}
      rowKey={(a) => a.id}
      columns={[
        {
          header: 'Action',
          cell: (a) => (
            <>
              <span id={`action-${a.id}`}>{a.title}</span>
              {a.isDemo && <strong className="govuk-tag govuk-tag--purple govuk-!-margin-left-2">Demo</strong>}
              {slug &&
                a.decidedBy.map((d) => (
                  <span key={d.meetingId} className="govuk-body-s govuk-!-display-block">
                    <Link className="govuk-link" href={`/areas/${slug}/board#meeting-${d.meetingId}`}>
                      Agreed by the board, {formatPartialDate(d.decidedOn)}
                    </Link>
                  </span>
                ))}
            </>
          ),
        },
        { header: 'Status', cell: (a) => <ActionStatusTag status={a.status} /> },
        {
          header: 'Progress',
          numeric: true,
          cell: (a) => (a.progressPercent === null ? <NotPublished>–</NotPublished> : `${a.progressPercent}%`),
        },
        { header: 'Due', cell: (a) => formatPartialDate(a.dueOn) ?? <NotPublished>–</NotPublished> },
      ]}
    />
  )
}

export function Row({ label, children, sources = [] }: { label: string; children: ReactNode; sources?: number[] }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">
        {children}
        <SourceRefs numbers={sources} />
      </dd>
    </div>
  )
}

export function MeasuresTable({ measures, caption }: { measures: MeasureRow[]; caption: string }) {
  if (measures.length === 0)
    return (
      <p className="govuk-body">
        <NotPublished>No success measures published for this priority</NotPublished>
      </p>
    )
  const note = (text: string) => <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{text}</span>
  return (
    <DataTable
      caption={caption}
      rows={measures}
      rowKey={(m) => m.id}
      columns={[
        {
          header: 'Measure',
          cell: (m) => (
            <>
              {m.name}
              <SourceRefs numbers={m.sources} />
            </>
          ),
        },
        {
          header: 'Baseline',
          cell: (m) => {
            const baseline = formatMeasure(m.baselineValue, m.unit)
            return (
              <>
                {baseline ?? (m.baselineNote ? null : <NotPublished />)}
                {baseline && m.baselinePeriod ? ` (${m.baselinePeriod})` : null}
                {m.baselineNote && note(m.baselineNote)}
                {m.nationalValue !== null && note(`England: ${formatMeasure(m.nationalValue, m.unit)}`)}
              </>
            )
          },
        },
        {
          header: 'Latest',
          cell: (m) =>
            m.latestValue === null ? (
              <NotPublished>None recorded</NotPublished>
            ) : (
              <>
                {formatMeasure(m.latestValue, m.unit)} ({m.latestPeriod})
                {m.latestIsDemo && <strong className="govuk-tag govuk-tag--purple govuk-!-margin-left-1">Demo</strong>}
              </>
            ),
        },
        {
          header: 'Target',
          cell: (m) => {
            const target = formatMeasure(m.targetValue, m.unit)
            return (
              <>
                {target ?? (m.targetNote ? null : <NotPublished />)}
                {(target || m.targetNote) && m.targetPeriod ? ` (by ${m.targetPeriod})` : null}
                {m.targetNote && note(m.targetNote)}
              </>
            )
          },
        },
        {
          header: 'Status',
          cell: (m) => <MeasureStatusTag status={m.status} override={m.statusIsOverride ? m.statusOverrideReason : undefined} />,
        },
      ]}
    />
  )
}

function trendCaption(m: MeasureRow): string {
  const first = m.values[0]
  const last = m.values.at(-1)
  if (!first || !last) return m.name
  const f = (v: number) => formatMeasure(v, m.unit) ?? String(v)
  const verb = last.value > first.value ? 'rose' : last.value < first.value ? 'fell' : 'stayed at'
  const change =
    verb === 'stayed at'
      ? `${verb} ${f(first.value)} from ${first.period} to ${last.period}`
      : `${verb} from ${f(first.value)} in ${first.period} to ${f(last.value)} in ${last.period}`
  const target =
    m.targetValue === null ? '' : `, against a target of ${f(m.targetValue)}${m.targetPeriod ? ` by ${m.targetPeriod}` : ''}`
  return `${m.name} ${change}${target}.`
}

/** Measures with two or more values: a figure stating the trend, its data table, then the chart. */
export function MeasureCharts({ measures, areaSlug }: { measures: MeasureRow[]; areaSlug: string }) {
  return measures
    .filter((m) => m.values.length >= 2)
    .map((m) => (
      <LineChartFigure
        key={m.id}
        caption={trendCaption(m)}
        target={m.targetValue}
        data={m.values.map((v) => ({ label: v.period, value: v.value }))}
      >
        <DataTable
          caption={`Values of ${m.name}`}
          captionSize="hidden"
          rows={m.values}
          rowKey={(v) => v.id}
          columns={[
            {
              header: 'Period',
              cell: (v) => (
                <>
                  {v.period}
                  {v.isDemo && <strong className="govuk-tag govuk-tag--purple govuk-!-margin-left-1">Demo</strong>}
                </>
              ),
            },
            { header: 'Value', numeric: true, cell: (v) => formatMeasure(v.value, m.unit) },
            { header: 'Final or provisional', cell: (v) => (v.isProvisional ? 'Provisional' : 'Final') },
            { header: 'Local insight', cell: (v) => v.localInsight ?? <NotPublished>None</NotPublished> },
          ]}
        />
        {m.valueCount > m.values.length && (
          <p className="govuk-body-s">
            The latest {m.values.length} of {m.valueCount.toLocaleString('en-GB')} values.{' '}
            <a className="govuk-link" href={`/download/measure-values.csv?area=${areaSlug}`}>
              Download every value of this area (CSV)
            </a>
          </p>
        )}
      </LineChartFigure>
    ))
}
