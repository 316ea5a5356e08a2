import Link from 'next/link'
import type { DraftMilestone } from '@/lib/data/plan/milestones'
import { formatPartialDate } from '@/lib/format'

/**
 * An action's milestones as the draft has them, each with a link to change it (editing) or to
 * propose a change (board members) where `linkOf` gives one.
 */
export function MilestoneList({
  milestones,
  linkOf,
}: {
  milestones: DraftMilestone[]
  linkOf: (m: DraftMilestone) => { href: string; text: string } | null
}) {
  if (milestones.length === 0) return <p className="govuk-body">This action has no milestones.</p>
  return (
    <dl className="govuk-summary-list">
      {milestones.map((m) => {
        const link = linkOf(m)
        return (
          <div key={m.id} className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{formatPartialDate(m.dueOn)}</dt>
            <dd className="govuk-summary-list__value">
              {m.removed ? <del>{m.title}</del> : m.title}
              {m.completedOn && !m.removed && ` (completed ${formatPartialDate(m.completedOn)})`}
              {m.isNew && <strong className="govuk-tag govuk-tag--orange govuk-!-margin-left-1">New in draft</strong>}
              {m.removed && <strong className="govuk-tag govuk-tag--red govuk-!-margin-left-1">Removed in draft</strong>}
              {m.drafted && !m.isNew && !m.removed && (
                <strong className="govuk-tag govuk-tag--orange govuk-!-margin-left-1">Changed in draft</strong>
              )}
            </dd>
            <dd className="govuk-summary-list__actions">
              {link && (
                <Link href={link.href} className="govuk-link">
                  {link.text}
                  <span className="govuk-visually-hidden"> milestone: {m.title}</span>
                </Link>
              )}
            </dd>
          </div>
        )
      })}
    </dl>
  )
}
