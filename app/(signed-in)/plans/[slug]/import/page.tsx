import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { getWorkingPlan } from '@/lib/data/plan'
import { can, viewerOf } from '@/lib/permissions'
import { ImportForms } from './import-forms'

export const metadata: Metadata = { title: 'Upload measure values' }

export default async function ImportPage({ params }: PageProps<'/plans/[slug]/import'>) {
  const user = await requireUser()
  const plan = await getWorkingPlan(user, (await params).slug)
  if (!plan || !can(viewerOf(user), 'edit:plan', { areaId: plan.area.id })) notFound()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/plans/${plan.area.slug}`} className="govuk-back-link">
          Back to the working plan
        </Link>
        <span className="govuk-caption-l">{plan.area.name}</span>
        <h1 className="govuk-heading-l">Upload success measure values</h1>
        <ol className="govuk-list govuk-list--number">
          <li>
            <a href={`/plans/${plan.area.slug}/import/template`} className="govuk-link" download>
              Download the template (CSV)
            </a>
            : one row per measure of {plan.area.name}. Add a row for each further period.
          </li>
          <li>
            Fill in <code>period</code> (2019, 2018/19, 2019-03 or 2019-03-14), <code>value</code>, <code>provisional</code> (yes
            or no) and, if useful, <code>local_insight</code>. A period that already has a value is corrected.
          </li>
          <li>Upload it: every row is checked first, and nothing is saved unless every row is right.</li>
        </ol>
        <ImportForms slug={plan.area.slug} />
      </div>
    </div>
  )
}
