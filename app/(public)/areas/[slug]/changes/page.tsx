import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getAreaProfile } from '@/lib/data/public/areas'
import { ChangeList } from '@/components/plan/change-list'
import { listPublishedVersions } from '@/lib/data/public/plan-history'

/** Rendered on its first visit and then served from the page cache (ADR 004): none at build. */
export const revalidate = 300
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: PageProps<'/areas/[slug]/changes'>): Promise<Metadata> {
  const area = await getAreaProfile((await params).slug)
  return { title: area ? `What changed in ${area.name}'s delivery plan` : 'Page not found' }
}

export default async function ChangeLogPage({ params }: PageProps<'/areas/[slug]/changes'>) {
  const { slug } = await params
  const [area, versions] = await Promise.all([getAreaProfile(slug), listPublishedVersions(slug)])
  if (!area || !versions) notFound()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/areas/${slug}`} className="govuk-back-link">
          Back to {area.name}
        </Link>
        <span className="govuk-caption-l">{area.name}</span>
        <h1 className="govuk-heading-l">What changed in the delivery plan</h1>
        <p className="govuk-body">
          Each version below was approved by the partnership board&rsquo;s chair before it was published here. The plan as first
          published comes from the board&rsquo;s own documents, listed on the area page.
        </p>
        {versions.length > 1 && (
          <p className="govuk-body">
            <Link
              href={`/areas/${slug}/changes/compare?from=${versions[versions.length - 1]?.number ?? 0}&to=${versions[0]?.number ?? 0}`}
              className="govuk-link"
            >
              Compare any two versions
            </Link>
          </p>
        )}
        {versions.length === 0 ? (
          <p className="govuk-body">No changes have been published here since the plan was first published.</p>
        ) : (
          versions.map((v) => (
            <section key={v.number} aria-labelledby={`version-${v.number}`} className="govuk-!-margin-bottom-8">
              <h2 className="govuk-heading-m" id={`version-${v.number}`}>
                Version {v.number}
                {v.publishedAt
                  ? `, published ${new Date(v.publishedAt).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' })}`
                  : ' (publication date not recorded)'}
              </h2>
              {v.summary && <p className="govuk-body">{v.summary}</p>}
              {v.note && <p className="govuk-body-s">Chair&rsquo;s note: {v.note}</p>}
              <ChangeList changes={v.changes} />
              {v.consultations.map((c, i) => (
                <div key={i} className="govuk-inset-text">
                  <h3 className="govuk-heading-s">The board was consulted: {c.question}</h3>
                  <p className="govuk-body-s">
                    {c.scope ? `About ${c.scope}. ` : ''}
                    {c.responses === 1 ? 'One response' : `${c.responses} responses`}; closed{' '}
                    {new Date(c.closedAt).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' })}.
                  </p>
                  <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">What the responses said</p>
                  <p className="govuk-body tw:whitespace-pre-line">{c.summary}</p>
                  <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">The board’s answer</p>
                  <p className="govuk-body tw:whitespace-pre-line govuk-!-margin-bottom-0">{c.boardAnswer}</p>
                </div>
              ))}
            </section>
          ))
        )}
      </div>
    </div>
  )
}
