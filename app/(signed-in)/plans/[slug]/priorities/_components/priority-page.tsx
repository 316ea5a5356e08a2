import { FlashBanner } from '@/components/ui/flash-banner'
import Link from 'next/link'
import type { PriorityForEdit } from '@/lib/data/plan/priorities'
import { DiscardForm } from '../../_components/discard-form'
import { PriorityForm } from './priority-form'

/** The page around the priority form, for adding and for editing. */
export function PriorityPage({
  priority,
  flash = {},
}: {
  priority: PriorityForEdit
  flash?: Record<string, string | string[] | undefined>
}) {
  const heading = priority.id
    ? `${priority.number === null ? 'New priority' : `Priority ${priority.number}`}: ${priority.fields.title}`
    : 'Add a priority'
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/plans/${priority.area.slug}`} className="govuk-back-link">
          Back to the working plan
        </Link>
        <FlashBanner params={flash} />
        <span className="govuk-caption-l">
          {priority.area.name}: {priority.id ? 'edit a priority' : 'delivery plan'}
        </span>
        <h1 className="govuk-heading-l">{heading}</h1>
        <div className="govuk-inset-text">
          {priority.drafted
            ? 'These values are in the draft plan. The public page shows the published plan until the chair approves the draft.'
            : 'Your changes go into the draft plan. The public page shows them once the chair approves the draft.'}
        </div>
        {priority.draftStatus === 'SUBMITTED' ? (
          <p className="govuk-body govuk-!-font-weight-bold">
            This plan is waiting for the chair’s decision. You can edit it again once it is approved or returned.
          </p>
        ) : (
          // A new state remounts the form, so it starts from what was just saved.
          <>
            <PriorityForm key={priority.token} priority={priority} />
            {priority.id && (priority.number === null || priority.drafted) && (
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
      </div>
    </div>
  )
}
