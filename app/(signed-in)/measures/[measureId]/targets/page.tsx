import { FlashBanner } from '@/components/ui/flash-banner'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { getMeasurePlanForEdit } from '@/lib/data/plan/measures'
import { DiscardForm } from '@/app/(signed-in)/plans/[slug]/_components/discard-form'
import { TargetsForm } from './targets-form'

export const metadata: Metadata = { title: 'Edit a success measure’s definition and targets' }

export default async function MeasureTargetsPage({ params, searchParams }: PageProps<'/measures/[measureId]/targets'>) {
  const user = await requireUser()
  const [{ measureId }, query] = await Promise.all([params, searchParams])
  const measure = await getMeasurePlanForEdit(user, measureId)
  if (!measure) notFound()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {measure.isNew ? (
          <Link href={`/plans/${measure.area.slug}`} className="govuk-back-link">
            Back to the working plan
          </Link>
        ) : (
          <Link href={`/measures/${measure.id}`} className="govuk-back-link">
            Back to the success measure
          </Link>
        )}
        <FlashBanner params={query} />
        <span className="govuk-caption-l">{measure.area.name}: definition and targets</span>
        <h1 className="govuk-heading-l">{measure.fields.name}</h1>
        <div className="govuk-inset-text">
          {measure.isNew ? (
            'This measure is new in the draft plan. The public page shows it once the chair approves the draft; values can be recorded from then on.'
          ) : (
            <>
              {measure.drafted
                ? 'These values are in the draft plan. Status is worked out from the published baseline, trajectory and target until the chair approves the draft.'
                : 'Your changes go into the draft plan. The public page and the status use them once the chair approves the draft.'}{' '}
              Values are recorded on the{' '}
              <Link href={`/measures/${measure.id}`} className="govuk-link">
                measure&rsquo;s page
              </Link>
              .
            </>
          )}
        </div>
        {measure.draftStatus === 'SUBMITTED' ? (
          <p className="govuk-body govuk-!-font-weight-bold">
            This plan is waiting for the chair’s decision. You can edit it again once it is approved or returned.
          </p>
        ) : (
          <>
            <TargetsForm key={measure.token} measure={measure} />
            {(measure.isNew || measure.drafted) && (
              <DiscardForm kind="measures" id={measure.id} token={measure.token} what="success measure" added={measure.isNew} />
            )}
          </>
        )}
      </div>
    </div>
  )
}
