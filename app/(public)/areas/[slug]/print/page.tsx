import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ActionStatusTag } from '@/components/ui/action-status-tag'
import { DataTable } from '@/components/ui/data-table'
import { MeasureStatusTag } from '@/components/ui/measure-status-tag'
import { getAreaProfile } from '@/lib/data/public/areas'
import { formatMeasure, formatPartialDate, formatPence, formatTarget } from '@/lib/format'

/** Rendered on its first visit and then served from the page cache (ADR 004): none at build. */
export const revalidate = 300
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: PageProps<'/areas/[slug]/print'>): Promise<Metadata> {
  const area = await getAreaProfile((await params).slug)
  return { title: area ? `${area.name} delivery plan (print)` : 'Page not found' }
}

/**
 * The published delivery plan of an area on one page, laid out for A4: the site chrome is
 * hidden in print (app/globals.css) and each priority starts a new page.
 */
export default async function PrintPlanPage({ params }: PageProps<'/areas/[slug]/print'>) {
  const area = await getAreaProfile((await params).slug)
  if (!area) notFound()
  const priorities = area.lifeStages.flatMap((s) => s.priorities.map((p) => ({ ...p, lifeStage: s.name })))
  return (
    <article className="app-print">
      <p className="govuk-body app-print-hide">
        <Link href={`/areas/${area.slug}`} className="govuk-link">
          Back to {area.name}
        </Link>{' '}
        · Use your browser&rsquo;s print command to print this page or save it as a PDF.
      </p>
      <span className="govuk-caption-l">Opportunity Area delivery plan, as published</span>
      <h1 className="govuk-heading-l">{area.planTitle ?? `${area.name} delivery plan`}</h1>
      <p className="govuk-body">
        {area.name}
        {area.planPublished ? `, first published ${formatPartialDate(area.planPublished) ?? area.planPublished}` : ''}. Printed
        from the Opportunity Areas partnership portal; status figures as of {formatPartialDate(area.updatedAt.slice(0, 10))}.
      </p>

      {priorities.length === 0 && <p className="govuk-body">No priorities have been published for this area.</p>}
      {priorities.map((p) => (
        <section key={p.id} className="app-print-priority" aria-labelledby={`print-priority-${p.id}`}>
          <span className="govuk-caption-m">{p.lifeStage}</span>
          <h2 className="govuk-heading-m" id={`print-priority-${p.id}`}>
            Priority {p.number}: {p.title}
          </h2>
          {p.description && <p className="govuk-body">{p.description}</p>}
          <h3 className="govuk-heading-s">Success measures</h3>
          {p.measures.length === 0 ? (
            <p className="govuk-body">None published.</p>
          ) : (
            <DataTable
              caption={`Success measures of priority ${p.number}`}
              captionSize="hidden"
              scroll={false}
              rows={p.measures}
              rowKey={(m) => m.id}
              columns={[
                { header: 'Measure', cell: (m) => m.name },
                {
                  header: 'Baseline',
                  cell: (m) =>
                    `${formatMeasure(m.baselineValue, m.unit) ?? m.baselineNote ?? 'Not published'}${m.baselinePeriod ? ` (${m.baselinePeriod})` : ''}`,
                },
                {
                  header: 'Latest',
                  cell: (m) =>
                    m.latestValue === null ? 'None yet' : `${formatMeasure(m.latestValue, m.unit)} (${m.latestPeriod})`,
                },
                {
                  header: 'Target',
                  cell: (m) => formatTarget(m) ?? 'Not published',
                },
                { header: 'Status', cell: (m) => <MeasureStatusTag status={m.status} override={m.statusOverrideReason} /> },
              ]}
            />
          )}
          <h3 className="govuk-heading-s">Actions</h3>
          {p.actions.length === 0 ? (
            <p className="govuk-body">None published.</p>
          ) : (
            <DataTable
              caption={`Actions of priority ${p.number}`}
              captionSize="hidden"
              scroll={false}
              rows={p.actions}
              rowKey={(a) => a.id}
              columns={[
                { header: 'Action', cell: (a) => `${a.title}${a.isDemo ? ' (demo)' : ''}` },
                { header: 'Due', cell: (a) => formatPartialDate(a.dueOn) ?? 'Not set' },
                {
                  header: 'Status',
                  cell: (a) => (
                    <>
                      <ActionStatusTag status={a.status} />
                      {a.progressPercent !== null && ` ${a.progressPercent}%`}
                    </>
                  ),
                },
              ]}
            />
          )}
        </section>
      ))}

      <section className="app-print-priority" aria-labelledby="print-funding">
        <h2 className="govuk-heading-m" id="print-funding">
          Funding
        </h2>
        {area.funding.length === 0 ? (
          <p className="govuk-body">No funding figures have been published for this area.</p>
        ) : (
          <ul className="govuk-list govuk-list--bullet">
            {area.funding.map((f) => (
              <li key={f.id}>
                {f.stream}, {f.period}: {formatPence(f.amountPence, f.qualifier)} ({f.label})
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  )
}
