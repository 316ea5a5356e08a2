import { FlashBanner } from '@/components/ui/flash-banner'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ActionStatusTag } from '@/components/ui/action-status-tag'
import { requireUser } from '@/lib/auth/session'
import { getActionForEdit } from '@/lib/data/plan/actions'
import { MilestoneList } from '@/components/plan/milestone-list'
import { DiscardForm } from '@/app/(signed-in)/plans/[slug]/_components/discard-form'
import { EditActionForm } from './edit-form'

export const metadata: Metadata = { title: 'Edit an action' }

export default async function EditActionPage({ params, searchParams }: PageProps<'/actions/[actionId]/edit'>) {
  const user = await requireUser()
  const [{ actionId }, query] = await Promise.all([params, searchParams])
  const action = await getActionForEdit(user, actionId)
  if (!action) notFound()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href="/dashboard" className="govuk-back-link">
          Back to your dashboard
        </Link>
        <FlashBanner params={query} />
        <span className="govuk-caption-l">{action.area.name}: edit an action</span>
        <h1 className="govuk-heading-l">{action.fields.title}</h1>
        <p className="govuk-body">
          <Link href={`/areas/${action.area.slug}`} className="govuk-link">
            See {action.area.name}&rsquo;s public page
          </Link>
        </p>
        <div className="govuk-inset-text">
          {action.isNew ? (
            'This action is new in the draft plan. The public page shows it once the chair approves the draft; its owner can post status updates from then on.'
          ) : (
            <>
              {action.drafted
                ? 'These values are in the draft plan. The public page shows the published plan until the chair approves the draft.'
                : 'Your changes go into the draft plan. The public page shows them once the chair approves the draft.'}{' '}
              Status and progress are reported separately, with{' '}
              <Link href={`/actions/${action.id}/update`} className="govuk-link">
                Post an update
              </Link>
              . Reported now: <ActionStatusTag status={action.reported.status} />
              {action.reported.progressPercent !== null && ` ${action.reported.progressPercent}%`}
            </>
          )}
        </div>
        {action.draftStatus === 'SUBMITTED' ? (
          <p className="govuk-body govuk-!-font-weight-bold">
            This plan is waiting for the chair’s decision. You can edit it again once it is approved or returned.
          </p>
        ) : (
          // A new state remounts the form, so it starts from what was just saved.
          <EditActionForm key={action.token} action={action} />
        )}
        <h2 className="govuk-heading-m">Milestones</h2>
        <MilestoneList
          milestones={action.milestones}
          linkOf={(m) =>
            !m.removed && action.draftStatus !== 'SUBMITTED'
              ? { href: `/actions/${action.id}/milestones/${m.id}`, text: 'Change' }
              : null
          }
        />
        {action.draftStatus !== 'SUBMITTED' && (
          <p className="govuk-body">
            <Link href={`/actions/${action.id}/milestones/new`} className="govuk-link">
              Add a milestone
            </Link>
          </p>
        )}
        {action.draftStatus !== 'SUBMITTED' && (action.isNew || action.drafted) && (
          <DiscardForm
            kind="actions"
            id={action.id}
            token={action.token}
            what="action"
            added={action.isNew}
            alsoGoes="its milestones"
          />
        )}
      </div>
    </div>
  )
}
