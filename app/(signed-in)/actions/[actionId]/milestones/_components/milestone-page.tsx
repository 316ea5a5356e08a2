import Link from 'next/link'
import type { MilestoneForEdit } from '@/lib/data/plan/milestones'
import { MilestoneForm, RemoveMilestoneForm } from './milestone-form'

/** The page around the milestone form, for adding and for editing. */
export function MilestonePage({ found }: { found: MilestoneForEdit }) {
  const { action, milestone } = found
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/actions/${action.id}/edit`} className="govuk-back-link">
          Back to the action
        </Link>
        <span className="govuk-caption-l">
          {action.area.name}: {action.title}
        </span>
        <h1 className="govuk-heading-l">{milestone ? 'Change a milestone' : 'Add a milestone'}</h1>
        <div className="govuk-inset-text">Milestones change in the draft plan, published once the chair approves it.</div>
        {found.draftStatus === 'SUBMITTED' ? (
          <p className="govuk-body govuk-!-font-weight-bold">
            This plan is waiting for the chair’s decision. You can edit it again once it is approved or returned.
          </p>
        ) : milestone?.removed ? (
          <p className="govuk-body">This milestone is removed in the draft plan.</p>
        ) : (
          <>
            <MilestoneForm key={milestone?.token ?? 'new'} actionId={action.id} milestone={milestone} />
            {milestone && (
              <>
                <h2 className="govuk-heading-m">Remove it</h2>
                <p className="govuk-body">The milestone stays on the published plan until the chair approves the draft.</p>
                <RemoveMilestoneForm actionId={action.id} milestone={milestone} />
              </>
            )}
          </>
        )}
      </div>
    </div>
  )
}
