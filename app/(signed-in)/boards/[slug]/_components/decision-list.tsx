import Link from 'next/link'
import { DemoTag, originLabel } from '@/components/board/board-labels'
import type { DecisionRow } from '@/lib/data/board/read'
import { formatPartialDate } from '@/lib/format'

/** An item's decisions, each with the action it added (published, or still in the draft plan). */
export function DecisionList({
  slug,
  decisions,
  correctable = false,
}: {
  slug: string
  decisions: DecisionRow[]
  /** The reader is the chair: each origin has a link to correct it. */
  correctable?: boolean
}) {
  if (decisions.length === 0) return null
  return (
    <ul className="govuk-list">
      {decisions.map((d) => (
        <li key={d.id}>
          <strong>Decided {formatPartialDate(d.decidedOn)}:</strong> {d.summary}
          <DemoTag show={d.isDemo} />
          <span className="govuk-body-s govuk-!-display-block">
            Origin: {originLabel(d.origin)}
            {correctable && (
              <>
                {' '}
                (
                <Link className="govuk-link" href={`/boards/${slug}/origin/decisions/${d.id}`}>
                  correct it<span className="govuk-visually-hidden">: the origin of “{d.summary}”</span>
                </Link>
                )
              </>
            )}
            .{' '}
            {d.action ? (
              <>
                Added the action{' '}
                <Link className="govuk-link" href={`/areas/${slug}#action-${d.action.id}`}>
                  {d.action.title}
                </Link>
                .
              </>
            ) : d.draftAction ? (
              'Its action is in the draft plan, waiting for approval.'
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  )
}
