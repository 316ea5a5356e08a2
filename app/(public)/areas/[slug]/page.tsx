import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { describeRollUp, rollUp } from '@/lib/plan-rollup'
import { connection } from 'next/server'
import type { ReactNode } from 'react'
import { ActionStatusTag } from '@/components/ui/action-status-tag'
import { MeasureStatusTag } from '@/components/ui/measure-status-tag'
import { NotPublished } from '@/components/ui/not-published'
import { SourceRefs } from '@/components/ui/source-refs'
import { SourceStatusTag } from '@/components/ui/source-status-tag'
import { LineChartFigure } from '@/components/charts/chart-figure'
import { DownloadLinks } from '@/components/ui/download-links'
import { DataTable } from '@/components/ui/data-table'
import { getAreaProfile, type ActionRow, type MeasureRow } from '@/lib/data/public/areas'
import { formatMeasure, formatPartialDate, formatPence } from '@/lib/format'

function ActionsTable({ actions, caption }: { actions: ActionRow[]; caption: string }) {
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
              {a.title}
              {a.isDemo && <strong className="govuk-tag govuk-tag--purple govuk-!-margin-left-2">Demo</strong>}
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

const SLUG = /^[a-z0-9-]{1,80}$/

async function load(slug: string) {
  await connection()
  return SLUG.test(slug) ? getAreaProfile(slug) : null
}

export async function generateMetadata({ params }: PageProps<'/areas/[slug]'>): Promise<Metadata> {
  const area = await load((await params).slug)
  return { title: area ? area.name : 'Page not found' }
}

function Row({ label, children, sources = [] }: { label: string; children: ReactNode; sources?: number[] }) {
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

function MeasuresTable({ measures, caption }: { measures: MeasureRow[]; caption: string }) {
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
function MeasureCharts({ measures }: { measures: MeasureRow[] }) {
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
      </LineChartFigure>
    ))
}

export default async function AreaPage({ params }: PageProps<'/areas/[slug]'>) {
  const area = await load((await params).slug)
  if (!area) notFound()
  const f = area.factSources

  return (
    <>
      <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
        <ol className="govuk-breadcrumbs__list">
          <li className="govuk-breadcrumbs__list-item">
            <Link className="govuk-breadcrumbs__link" href="/">
              Opportunity Areas
            </Link>
          </li>
        </ol>
      </nav>
      <span className="govuk-caption-xl">Opportunity Area</span>
      <h1 className="govuk-heading-xl">{area.name}</h1>

      <h2 className="govuk-heading-l">About the area</h2>
      <dl className="govuk-summary-list">
        <Row label="Local authorities" sources={f.localAuthorities}>
          <ul className="govuk-list govuk-!-margin-bottom-0">
            {area.localAuthorities.map((la) => (
              <li key={la.name}>
                {la.name}
                {la.kind ? ` (${la.kind})` : ''}
              </li>
            ))}
          </ul>
        </Row>
        <Row label="Region" sources={f.region}>
          {area.region ?? <NotPublished>Not confirmed by a source</NotPublished>}
        </Row>
        <Row label="Announced" sources={f.wave}>
          {formatPartialDate(area.announcedOn)}, wave {area.wave}
        </Row>
        <Row label="Social Mobility Index" sources={f.smiRank}>
          {area.smi ? (
            `Ranked ${area.smi.rank}${area.smi.of ? ` of ${area.smi.of}` : ''} local authority districts${area.smi.edition ? ` (${area.smi.edition})` : ''}`
          ) : (
            <NotPublished>Rank not confirmed by a source</NotPublished>
          )}
        </Row>
        <Row label="Research School" sources={f.researchSchool}>
          {area.researchSchool ?? <NotPublished />}
        </Row>
        <Row
          label="Delivery plan"
          sources={[...(f.planTitle ?? []), ...(f.planPublished ?? [])].filter((n, i, all) => all.indexOf(n) === i)}
        >
          {area.planTitle ?? <NotPublished>Title not published</NotPublished>}
          <span className="govuk-!-display-block">
            {area.planPublished ? (
              `Published ${formatPartialDate(area.planPublished)}`
            ) : (
              <NotPublished>Publication date not published</NotPublished>
            )}
          </span>
          {area.planUrl && (
            <a href={area.planUrl} className="govuk-link govuk-!-display-block" rel="external">
              Delivery plans on GOV.UK
            </a>
          )}
        </Row>
        <Row label={area.chairs.length > 1 ? 'Board chairs' : 'Board chair'}>
          {area.chairs.length === 0 ? (
            <NotPublished>Not named in a public source</NotPublished>
          ) : (
            <ul className="govuk-list govuk-!-margin-bottom-0">
              {area.chairs.map((c) => (
                <li key={c.name}>
                  {c.name}
                  {c.description ? `, ${c.description}` : ''}
                  {c.termLabel ? ` (${c.termLabel})` : ''}
                  <SourceRefs numbers={c.sources} />
                </li>
              ))}
            </ul>
          )}
        </Row>
      </dl>

      <h2 className="govuk-heading-l">Priorities by life stage</h2>
      {area.lifeStages.length === 0 && (
        <p className="govuk-body">
          <NotPublished>No priorities published</NotPublished>
        </p>
      )}
      {area.lifeStages.map((stage) => (
        <section key={stage.slug} aria-labelledby={`stage-${stage.slug}`}>
          <h3 className="govuk-heading-m" id={`stage-${stage.slug}`}>
            {stage.name}
          </h3>
          {stage.priorities.map((p) => (
            <div key={p.id} className="govuk-!-margin-bottom-6">
              <h4 className="govuk-heading-s" id={`priority-${p.number}`}>
                Priority {p.number}: {p.title}
                <SourceRefs numbers={p.sources} />
              </h4>
              {p.description && <p className="govuk-body">{p.description}</p>}
              <p className="govuk-body-s">{describeRollUp(rollUp(p.actions, p.measures), p.measures.length)}</p>
              <MeasuresTable measures={p.measures} caption={`Success measures for priority ${p.number}`} />
              <MeasureCharts measures={p.measures} />
              <ActionsTable actions={p.actions} caption={`Actions for priority ${p.number}`} />
            </div>
          ))}
        </section>
      ))}
      {area.otherMeasures.length > 0 && (
        <section aria-labelledby="other-measures">
          <h3 className="govuk-heading-m" id="other-measures">
            Measures across the plan
          </h3>
          <MeasuresTable measures={area.otherMeasures} caption="Success measures not tied to one priority" />
          <MeasureCharts measures={area.otherMeasures} />
        </section>
      )}

      <DownloadLinks dataset="priorities" area={area.slug} label={`${area.name} priorities`} />
      <DownloadLinks dataset="measures" area={area.slug} label={`${area.name} success measures`} />
      {[...area.lifeStages.flatMap((st) => st.priorities.flatMap((p) => p.measures)), ...area.otherMeasures].some(
        (m) => m.values.length > 0,
      ) && <DownloadLinks dataset="measure-values" area={area.slug} label={`${area.name} measure values`} />}
      {area.lifeStages.some((st) => st.priorities.some((p) => p.actions.length > 0)) && (
        <DownloadLinks dataset="actions" area={area.slug} label={`${area.name} actions`} />
      )}

      <h2 className="govuk-heading-l">Funding</h2>
      {area.funding.length === 0 ? (
        <p className="govuk-body">
          <NotPublished>No funding figures for this area have been published in a source we hold</NotPublished>
        </p>
      ) : (
        <DataTable
          caption={`Funding figures for ${area.name}`}
          captionSize="hidden"
          rows={area.funding}
          rowKey={(a) => a.id}
          columns={[
            { header: 'Stream', cell: (a) => a.stream },
            { header: 'Period', cell: (a) => a.period },
            {
              header: 'As reported',
              cell: (a) => `${a.label}${a.kind === 'REPORTED_TOTAL' ? ' (a reported total, not added to allocations)' : ''}`,
            },
            {
              header: 'Amount',
              numeric: true,
              cell: (a) => (
                <>
                  {formatPence(a.amountPence, a.qualifier)}
                  <SourceRefs numbers={a.sources} />
                </>
              ),
            },
          ]}
        />
      )}
      {area.funding.length > 0 && <DownloadLinks dataset="funding" area={area.slug} label={`${area.name} funding`} />}

      <h2 className="govuk-heading-l" id="sources">
        Sources
      </h2>
      <p className="govuk-body">
        Each fact above links to the sources below. The tag says how well a source supports the facts taken from it.
      </p>
      <ol className="govuk-list govuk-list--number">
        {area.sources.map((s) => (
          <li key={s.number} id={`source-${s.number}`}>
            <a href={s.url} className="govuk-link govuk-!-text-break-word" rel="external">
              {s.url.replace(/^https?:\/\//, '')}
            </a>{' '}
            {s.statuses.map((st) => (
              <SourceStatusTag key={st} status={st} />
            ))}
          </li>
        ))}
      </ol>
      <p className="govuk-body-s">
        Last updated {formatPartialDate(area.updatedAt.slice(0, 10))}.{' '}
        <Link href={`/areas/${area.slug}/changes`} className="govuk-link">
          What changed in the delivery plan
        </Link>
        {' · '}
        <Link href={`/areas/${area.slug}/print`} className="govuk-link">
          Print the delivery plan
        </Link>
      </p>
    </>
  )
}
