import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { TargetsForm } from '@/app/(signed-in)/measures/[measureId]/targets/targets-form'
import { requireUser } from '@/lib/auth/session'
import { getNewMeasureForm } from '@/lib/data/plan/measures'
import { handleNewMeasure } from './server-actions'

export const metadata: Metadata = { title: 'Add a success measure' }

export default async function NewMeasurePage({ params }: PageProps<'/plans/[slug]/measures/new'>) {
  const user = await requireUser()
  const { slug } = await params
  const measure = await getNewMeasureForm(user, slug)
  if (!measure) notFound()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/plans/${slug}`} className="govuk-back-link">
          Back to the working plan
        </Link>
        <span className="govuk-caption-l">{measure.area.name}: delivery plan</span>
        <h1 className="govuk-heading-l">Add a success measure</h1>
        <div className="govuk-inset-text">
          The measure is added to the draft plan. The public page shows it once the chair approves the draft; values can be
          recorded from then on.
        </div>
        {measure.draftStatus === 'SUBMITTED' ? (
          <p className="govuk-body govuk-!-font-weight-bold">
            This plan is waiting for the chair’s decision. You can add measures again once it is approved or returned.
          </p>
        ) : (
          <TargetsForm measure={measure} add={handleNewMeasure.bind(null, slug)} />
        )}
      </div>
    </div>
  )
}
