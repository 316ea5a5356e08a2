import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { NotPublished } from '@/components/ui/not-published'
import { getLifeStage } from '@/lib/data/public/life-stages'
import { formatMeasure } from '@/lib/format'

/** Rendered on its first visit and then served from the page cache (ADR 004): none at build. */
export const revalidate = 300
export function generateStaticParams() {
  return []
}

const SLUG = /^[a-z0-9-]{1,60}$/

async function load(slug: string) {
  return SLUG.test(slug) ? getLifeStage(slug) : null
}

export async function generateMetadata({ params }: PageProps<'/life-stages/[stage]'>): Promise<Metadata> {
  const stage = await load((await params).stage)
  return { title: stage ? `${stage.name}: priorities across the areas` : 'Page not found' }
}

export default async function LifeStagePage({ params }: PageProps<'/life-stages/[stage]'>) {
  const stage = await load((await params).stage)
  if (!stage) notFound()
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
      <span className="govuk-caption-xl">Life stage</span>
      <h1 className="govuk-heading-xl">{stage.name}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">{stage.description}</p>
          <p className="govuk-body">
            {stage.areas.length === 0
              ? 'No board made a priority of this life stage.'
              : `${stage.areas.length} of ${stage.areas.length + stage.areasWithout.length} boards made a priority of this life stage.`}{' '}
            Which life stage a priority belongs to is our reading of the plans.
          </p>
        </div>
      </div>

      {stage.areas.map((area) => (
        <section key={area.slug} aria-labelledby={`area-${area.slug}`} className="govuk-!-margin-bottom-6">
          <h2 className="govuk-heading-m" id={`area-${area.slug}`}>
            <Link href={`/areas/${area.slug}`} className="govuk-link">
              {area.name}
            </Link>
          </h2>
          {area.priorities.map((p) => (
            <div key={p.number}>
              <h3 className="govuk-heading-s">
                <Link href={`/areas/${area.slug}#priority-${p.number}`} className="govuk-link">
                  Priority {p.number}: {p.title}
                </Link>
              </h3>
              {p.description && <p className="govuk-body">{p.description}</p>}
              {p.measures.length === 0 ? (
                <p className="govuk-body">
                  <NotPublished>No success measures published</NotPublished>
                </p>
              ) : (
                <ul className="govuk-list govuk-list--bullet">
                  {p.measures.map((m) => {
                    const baseline = formatMeasure(m.baselineValue, m.unit)
                    const target = formatMeasure(m.targetValue, m.unit) ?? m.targetNote
                    const parts = [baseline && `baseline ${baseline}`, target && `target: ${target}`].filter(Boolean)
                    return (
                      <li key={m.id}>
                        {m.name}
                        {parts.length > 0 && ` (${parts.join('; ')})`}
                      </li>
                    )
                  })}
                </ul>
              )}
            </div>
          ))}
        </section>
      ))}

      {stage.areasWithout.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Areas without a priority at this stage</h2>
          <ul className="govuk-list">
            {stage.areasWithout.map((a) => (
              <li key={a.slug}>
                <Link href={`/areas/${a.slug}`} className="govuk-link">
                  {a.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
