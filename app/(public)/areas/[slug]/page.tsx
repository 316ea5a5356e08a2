import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { describeRollUp, rollUp } from '@/lib/plan-rollup'
import { NotPublished } from '@/components/ui/not-published'
import { SourceRefs } from '@/components/ui/source-refs'
import { SourceStatusTag } from '@/components/ui/source-status-tag'
import { DownloadLinks } from '@/components/ui/download-links'
import { getAreaProfile } from '@/lib/data/public/areas'
import { formatPartialDate } from '@/lib/format'

import { ActionsTable, MeasureCharts, MeasuresTable, Row } from './_components/plan-sections'
import { FundingSection } from './_components/funding-section'

/** Rendered on its first visit and then served from the page cache (ADR 004): none at build. */
export const revalidate = 300
export function generateStaticParams() {
  return []
}

const SLUG = /^[a-z0-9-]{1,80}$/

async function load(slug: string) {
  return SLUG.test(slug) ? getAreaProfile(slug) : null
}

export async function generateMetadata({ params }: PageProps<'/areas/[slug]'>): Promise<Metadata> {
  const area = await load((await params).slug)
  return { title: area ? area.name : 'Page not found' }
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
          <Link href={`/areas/${area.slug}/board`} className="govuk-link govuk-!-display-block">
            The partnership board: members, meetings and decisions
          </Link>
          <Link href={`/areas/${area.slug}/influence`} className="govuk-link govuk-!-display-block">
            Local influence: how much of the board’s work began locally
          </Link>
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
              <MeasureCharts measures={p.measures} areaSlug={area.slug} />
              <ActionsTable actions={p.actions} caption={`Actions for priority ${p.number}`} slug={area.slug} />
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
          <MeasureCharts measures={area.otherMeasures} areaSlug={area.slug} />
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

      <FundingSection area={area} />

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
