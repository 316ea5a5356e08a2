import type { PriorityForEdit } from '@/lib/data/plan/priorities'
import { handleAdd, handleEdit } from '../[kind]/server-actions'
import { DiscardForm } from '../_components/discard-form'
import { PriorityForm } from './priority-form'
import { ScreenTop, WaitingForDecision, type ScreenProps } from './screen-parts'

/** Adding a priority to the draft plan, or editing one. */
export function PriorityScreen({ form: priority, slug, mode, flash }: ScreenProps<PriorityForEdit>) {
  const heading =
    mode === 'edit'
      ? `${priority.number === null ? 'New priority' : `Priority ${priority.number}`}: ${priority.fields.title}`
      : 'Add a priority'
  return (
    <>
      <ScreenTop href={`/plans/${slug}`} text="Back to the working plan" flash={flash} />
      <span className="govuk-caption-l">
        {priority.area.name}: {mode === 'edit' ? 'edit a priority' : 'delivery plan'}
      </span>
      <h1 className="govuk-heading-l">{heading}</h1>
      <div className="govuk-inset-text">
        {priority.drafted
          ? 'These values are in the draft plan. The public page shows the published plan until the chair approves the draft.'
          : 'Your changes go into the draft plan. The public page shows them once the chair approves the draft.'}
      </div>
      {priority.draftStatus === 'SUBMITTED' ? (
        <WaitingForDecision what="edit it" />
      ) : mode === 'add' ? (
        <PriorityForm priority={priority} mode="add" submit={handleAdd.bind(null, 'priorities', slug, null)} />
      ) : (
        // A new state remounts the form, so it starts from what was just saved.
        <>
          <PriorityForm
            key={priority.token}
            priority={priority}
            mode="edit"
            submit={handleEdit.bind(null, 'priorities', slug, priority.id, null)}
          />
          {(priority.number === null || priority.drafted) && (
            <DiscardForm
              kind="priorities"
              id={priority.id}
              token={priority.token}
              what="priority"
              added={priority.number === null}
            />
          )}
        </>
      )}
    </>
  )
}
