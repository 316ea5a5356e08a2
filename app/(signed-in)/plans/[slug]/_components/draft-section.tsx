import Link from 'next/link'
import { ChangeList } from '@/components/plan/change-list'
import type { DraftSummary } from '@/lib/data/plan/approval'
import type { EntityChange } from '@/lib/data/public/plan-history'
import { DecidePlanForm, SubmitPlanForm } from './workflow-forms'

const DRAFT_TAGS = {
  DRAFT: { text: 'Draft', colour: 'govuk-tag--grey' },
  SUBMITTED: { text: 'Waiting for approval', colour: 'govuk-tag--blue' },
  RETURNED: { text: 'Returned', colour: 'govuk-tag--red' },
  PUBLISHED: { text: 'Published', colour: 'govuk-tag--green' },
  SUPERSEDED: { text: 'Superseded', colour: 'govuk-tag--grey' },
} as const

export const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' }) : ''

/**
 * The working plan's draft: its state, who submitted or returned it, every change it makes
 * (before → after, as the change log will show them once approved, so nobody approves
 * blind), and the submit or decision form for those who may.
 */
export function DraftSection({
  slug,
  draft,
  changes,
}: {
  slug: string
  draft: DraftSummary | null
  changes: EntityChange[] | null
}) {
  return (
    <section className="govuk-!-margin-bottom-6" aria-labelledby="draft-heading">
      <h2 className="govuk-heading-m" id="draft-heading">
        Draft and approval
      </h2>
      {!draft ? (
        <p className="govuk-body">
          No changes are waiting: this is the published plan.{' '}
          <Link href={`/areas/${slug}/changes`} className="govuk-link">
            See the change log
          </Link>
          .
        </p>
      ) : (
        <>
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Version {draft.number}</dt>
              <dd className="govuk-summary-list__value">
                <strong className={`govuk-tag ${DRAFT_TAGS[draft.status].colour}`}>{DRAFT_TAGS[draft.status].text}</strong>{' '}
                {draft.changeCount} {draft.changeCount === 1 ? 'change' : 'changes'}
              </dd>
            </div>
            {draft.status === 'SUBMITTED' && (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Submitted</dt>
                <dd className="govuk-summary-list__value">
                  {when(draft.submittedAt)} by {draft.submittedBy}: {draft.changeSummary}
                </dd>
              </div>
            )}
            {draft.decisionNote && draft.status !== 'SUBMITTED' && (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Returned</dt>
                <dd className="govuk-summary-list__value">
                  {when(draft.decidedAt)} by {draft.decidedBy}: {draft.decisionNote}
                </dd>
              </div>
            )}
          </dl>
          {draft.status === 'SUBMITTED' && !changes && (
            <p className="govuk-body">
              The list of what the draft changes could not be worked out just now. Reload the page to try again.
            </p>
          )}
          {changes && changes.length > 0 && (
            <section aria-labelledby="draft-changes-heading" className="govuk-!-margin-bottom-6">
              <h3 className="govuk-heading-s" id="draft-changes-heading">
                What the draft changes
              </h3>
              <ChangeList changes={changes} headingLevel={4} />
            </section>
          )}
          {draft.canSubmit && <SubmitPlanForm slug={slug} version={draft.version} />}
          {draft.canDecide && <DecidePlanForm slug={slug} version={draft.version} />}
          {draft.status === 'SUBMITTED' && !draft.canDecide && <p className="govuk-body">Waiting for the chair’s decision.</p>}
        </>
      )}
    </section>
  )
}
