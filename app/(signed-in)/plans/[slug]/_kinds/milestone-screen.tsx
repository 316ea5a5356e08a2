import type { MilestoneForEdit } from '@/lib/data/plan/milestones'
import { handleAdd, handleEdit } from '../[kind]/server-actions'
import { DiscardForm } from '../_components/discard-form'
import { MilestoneForm, RemoveMilestoneForm } from './milestone-form'
import { ScreenTop, WaitingForDecision, type ScreenProps } from './screen-parts'

/** Adding a milestone to an action in the draft plan, or changing or removing one. */
export function MilestoneScreen({ form, slug, mode, flash }: ScreenProps<MilestoneForEdit>) {
  const { action, milestone } = form
  return (
    <>
      <ScreenTop href={`/plans/${slug}/actions/${action.id}`} text="Back to the action" flash={flash} />
      <span className="govuk-caption-l">
        {action.area.name}: {action.title}
      </span>
      <h1 className="govuk-heading-l">{milestone ? 'Change a milestone' : 'Add a milestone'}</h1>
      <div className="govuk-inset-text">Milestones change in the draft plan, published once the chair approves it.</div>
      {form.draftStatus === 'SUBMITTED' ? (
        <WaitingForDecision what="edit it" />
      ) : milestone?.removed ? (
        <>
          <p className="govuk-body">This milestone is removed in the draft plan.</p>
          <DiscardForm kind="milestones" id={milestone.id} token={milestone.token} what="milestone" added={false} />
        </>
      ) : mode === 'add' || !milestone ? (
        <MilestoneForm milestone={null} mode="add" submit={handleAdd.bind(null, 'milestones', slug, action.id)} />
      ) : (
        <>
          <MilestoneForm
            key={milestone.token}
            milestone={milestone}
            mode="edit"
            submit={handleEdit.bind(null, 'milestones', slug, milestone.id, action.id)}
          />
          <h2 className="govuk-heading-m">Remove it</h2>
          <p className="govuk-body">The milestone stays on the published plan until the chair approves the draft.</p>
          <RemoveMilestoneForm slug={slug} actionId={action.id} milestone={milestone} />
          {milestone.drafted && !milestone.isNew && (
            <DiscardForm kind="milestones" id={milestone.id} token={milestone.token} what="milestone" added={false} />
          )}
        </>
      )}
    </>
  )
}
