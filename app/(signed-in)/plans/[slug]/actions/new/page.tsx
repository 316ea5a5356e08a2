import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { EditActionForm } from '@/app/(signed-in)/actions/[actionId]/edit/edit-form'
import { requireUser } from '@/lib/auth/session'
import { getNewActionForm } from '@/lib/data/plan/actions'
import { handleNewAction } from './server-actions'

export const metadata: Metadata = { title: 'Add an action' }

export default async function NewActionPage({ params }: PageProps<'/plans/[slug]/actions/new'>) {
  const user = await requireUser()
  const { slug } = await params
  const action = await getNewActionForm(user, slug)
  if (!action) notFound()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/plans/${slug}`} className="govuk-back-link">
          Back to the working plan
        </Link>
        <span className="govuk-caption-l">{action.area.name}: delivery plan</span>
        <h1 className="govuk-heading-l">Add an action</h1>
        <div className="govuk-inset-text">
          The action is added to the draft plan. The public page shows it once the chair approves the draft; its owner can post
          status updates from then on.
        </div>
        {action.draftStatus === 'SUBMITTED' ? (
          <p className="govuk-body govuk-!-font-weight-bold">
            This plan is waiting for the chair’s decision. You can add actions again once it is approved or returned.
          </p>
        ) : (
          <EditActionForm action={action} add={handleNewAction.bind(null, slug)} />
        )}
      </div>
    </div>
  )
}
