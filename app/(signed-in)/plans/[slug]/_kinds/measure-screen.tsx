import Link from 'next/link'
import type { MeasurePlanForEdit } from '@/lib/data/plan/measures'
import { handleAdd, handleEdit } from '../[kind]/server-actions'
import { DiscardForm } from '../_components/discard-form'
import { MeasureForm } from './measure-form'
import { ScreenTop, WaitingForDecision, type ScreenProps } from './screen-parts'

/** Adding a success measure to the draft plan, or editing one's definition and targets. */
export function MeasureScreen({ form: measure, slug, mode, flash }: ScreenProps<MeasurePlanForEdit>) {
  if (mode === 'add') {
    return (
      <>
        <ScreenTop href={`/plans/${slug}`} text="Back to the working plan" flash={flash} />
        <span className="govuk-caption-l">{measure.area.name}: delivery plan</span>
        <h1 className="govuk-heading-l">Add a success measure</h1>
        <div className="govuk-inset-text">
          The measure is added to the draft plan. The public page shows it once the chair approves the draft; values can be
          recorded from then on.
        </div>
        {measure.draftStatus === 'SUBMITTED' ? (
          <WaitingForDecision what="add measures" />
        ) : (
          <MeasureForm measure={measure} mode="add" submit={handleAdd.bind(null, 'measures', slug, null)} />
        )}
      </>
    )
  }
  return (
    <>
      {measure.isNew ? (
        <ScreenTop href={`/plans/${slug}`} text="Back to the working plan" flash={flash} />
      ) : (
        <ScreenTop href={`/measures/${measure.id}`} text="Back to the success measure" flash={flash} />
      )}
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
        <WaitingForDecision what="edit it" />
      ) : (
        <>
          <MeasureForm
            key={measure.token}
            measure={measure}
            mode="edit"
            submit={handleEdit.bind(null, 'measures', slug, measure.id, null)}
          />
          {(measure.isNew || measure.drafted) && (
            <DiscardForm kind="measures" id={measure.id} token={measure.token} what="success measure" added={measure.isNew} />
          )}
        </>
      )}
    </>
  )
}
