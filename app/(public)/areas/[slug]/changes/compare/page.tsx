import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ErrorSummary } from '@/components/forms/error-summary'
import { SelectField } from '@/components/forms/select-field'
import { ChangeList } from '@/components/plan/change-list'
import { getAreaProfile } from '@/lib/data/public/areas'
import { diffVersions } from '@/lib/data/public/plan-history'

export async function generateMetadata({ params }: PageProps<'/areas/[slug]/changes/compare'>): Promise<Metadata> {
  const area = await getAreaProfile((await params).slug)
  return { title: area ? `Compare versions of ${area.name}'s delivery plan` : 'Page not found' }
}

/** A version number from the query string; NaN when it is not one. */
const asNumber = (v: string | string[] | undefined) => (typeof v === 'string' && /^\d{1,6}$/.test(v) ? Number(v) : NaN)

export default async function CompareVersionsPage({ params, searchParams }: PageProps<'/areas/[slug]/changes/compare'>) {
  const [{ slug }, query] = await Promise.all([params, searchParams])
  const area = await getAreaProfile(slug)
  const latest = await diffVersions(slug, 0, 0)
  if (!area || !latest) notFound()
  // Version 1 is the plan as first published; later versions were approved here.
  const known = latest.versions
  const newest = known[known.length - 1] ?? 0
  const asked = { from: asNumber(query.from), to: asNumber(query.to) }
  const errors = [
    ...(query.from !== undefined && !known.includes(asked.from)
      ? [{ field: 'from', text: 'Select the version to compare from' }]
      : []),
    ...(query.to !== undefined && !known.includes(asked.to) ? [{ field: 'to', text: 'Select the version to compare to' }] : []),
  ]
  const from = known.includes(asked.from) ? asked.from : (known[0] ?? 0)
  const to = known.includes(asked.to) ? asked.to : newest
  const diff = errors.length ? null : await diffVersions(slug, from, to)
  const options = known.map((n) => ({ value: String(n), label: `Version ${n}` }))
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/areas/${slug}/changes`} className="govuk-back-link">
          Back to what changed
        </Link>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">{area.name}</span>
        <h1 className="govuk-heading-l">Compare versions of the delivery plan</h1>
        {latest.versions.length === 0 ? (
          <p className="govuk-body">
            No changes have been published since the plan was first published, so there is nothing to compare.
          </p>
        ) : (
          <form method="get" noValidate>
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-one-half">
                <SelectField
                  name="from"
                  label="From"
                  options={options}
                  value={String(from)}
                  error={errors.find((e) => e.field === 'from')?.text}
                />
              </div>
              <div className="govuk-grid-column-one-half">
                <SelectField
                  name="to"
                  label="To"
                  options={options}
                  value={String(to)}
                  error={errors.find((e) => e.field === 'to')?.text}
                />
              </div>
            </div>
            <button type="submit" className="govuk-button govuk-button--secondary">
              Compare
            </button>
          </form>
        )}
        {diff && known.length > 1 && (
          <section aria-labelledby="diff-heading">
            <h2 className="govuk-heading-m" id="diff-heading">
              What changed from version {diff.from} to version {diff.to}
            </h2>
            {diff.changes.length === 0 ? (
              <p className="govuk-body">Nothing in the plan is different between these versions.</p>
            ) : (
              <ChangeList changes={diff.changes} />
            )}
          </section>
        )}
      </div>
    </div>
  )
}
