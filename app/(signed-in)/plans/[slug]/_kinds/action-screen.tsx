import Link from 'next/link'
import { MilestoneList } from '@/components/plan/milestone-list'
import { ActionStatusTag } from '@/components/ui/action-status-tag'
import type { ActionForEdit } from '@/lib/data/plan/actions'
import { handleAdd, handleEdit } from '../[kind]/server-actions'
import { DiscardForm } from '../_components/discard-form'
import { ActionForm } from './action-form'
import { ScreenTop, WaitingForDecision, type ScreenProps } from './screen-parts'

/** Adding an action to the draft plan, or editing one with its milestones. */
export function ActionScreen({ form: action, slug, mode, flash }: ScreenProps<ActionForEdit>) {
  if (mode === 'add') {
    return (
      <>
        <ScreenTop href={`/plans/${slug}`} text="Back to the working plan" flash={flash} />
        <span className="govuk-caption-l">{action.area.name}: delivery plan</span>
        <h1 className="govuk-heading-l">Add an action</h1>
        <div className="govuk-inset-text">
          The action is added to the draft plan. The public page shows it once the chair approves the draft; its owner can post
          status updates from then on.
        </div>
        {action.draftStatus === 'SUBMITTED' ? (
          <WaitingForDecision what="add actions" />
        ) : (
          <ActionForm action={action} mode="add" submit={handleAdd.bind(null, 'actions', slug, null)} />
        )}
      </>
    )
  }
  const editable = action.draftStatus !== 'SUBMITTED'
  return (
    <>
      <ScreenTop href={`/plans/${slug}`} text="Back to the working plan" flash={flash} />
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
      {editable ? (
        // A new state remounts the form, so it starts from what was just saved.
        <ActionForm
          key={action.token}
          action={action}
          mode="edit"
          submit={handleEdit.bind(null, 'actions', slug, action.id, null)}
        />
      ) : (
        <WaitingForDecision what="edit it" />
      )}
      <h2 className="govuk-heading-m">Milestones</h2>
      <MilestoneList
        milestones={action.milestones}
        linkOf={(m) =>
          editable ? { href: `/plans/${slug}/milestones/${m.id}`, text: m.removed ? 'Undo the removal' : 'Change' } : null
        }
      />
      {editable && (
        <p className="govuk-body">
          <Link href={`/plans/${slug}/milestones/new?action=${action.id}`} className="govuk-link">
            Add a milestone
          </Link>
        </p>
      )}
      {editable && (action.isNew || action.drafted) && (
        <DiscardForm
          kind="actions"
          id={action.id}
          token={action.token}
          what="action"
          added={action.isNew}
          alsoGoes="its milestones"
        />
      )}
    </>
  )
}
