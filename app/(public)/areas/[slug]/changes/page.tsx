import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getAreaProfile } from '@/lib/data/areas'
import { listPublishedVersions } from '@/lib/data/plan-versions'
import { formatPartialDate } from '@/lib/format'

const FIELD_NAMES = {
  priorityId: 'Priority',
  title: 'Title',
  description: 'Description',
  leadOrganisationId: 'Lead organisation',
  ownerId: 'Owner',
  startsOn: 'Start date',
  dueOn: 'Due date',
  evidenceStrand: 'Evidence strand',
  evidenceStrength: 'Strength of evidence',
  legacyStatus: 'After the programme funding',
} as const

export async function generateMetadata({ params }: PageProps<'/areas/[slug]/changes'>): Promise<Metadata> {
  const area = await getAreaProfile((await params).slug)
  return { title: area ? `What changed in ${area.name}'s delivery plan` : 'Page not found' }
}

const shown = (field: keyof typeof FIELD_NAMES, value: string | null) =>
  value === null ? 'not set' : field === 'startsOn' || field === 'dueOn' ? (formatPartialDate(value) ?? value) : value

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
              {v.changes.map((c, i) => (
                <div key={i}>
                  <h3 className="govuk-heading-s">Action: {c.title}</h3>
                  <ul className="govuk-list govuk-list--bullet">
                    {c.fields.map((f) => (
                      <li key={f.field}>
                        {FIELD_NAMES[f.field]}
                        {f.field === 'ownerId'
                          ? ' changed'
                          : ` changed from ${shown(f.field, f.before)} to ${shown(f.field, f.after)}`}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          ))
        )}
      </div>
    </div>
  )
}
