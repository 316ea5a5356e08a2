import Link from 'next/link'
import { DemoTag, originLabel } from '@/components/board/board-labels'
import type { DecisionRow } from '@/lib/data/board/read'
import { formatPartialDate } from '@/lib/format'

/** An item's decisions, each with the action it added (published, or still in the draft plan). */
export function DecisionList({ slug, decisions }: { slug: string; decisions: DecisionRow[] }) {
  if (decisions.length === 0) return null
  return (
    <ul className="govuk-list">
      {decisions.map((d) => (
        <li key={d.id}>
          <strong>Decided {formatPartialDate(d.decidedOn)}:</strong> {d.summary}
          <DemoTag show={d.isDemo} />
          <span className="govuk-body-s govuk-!-display-block">
            Origin: {originLabel(d.origin)}.{' '}
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
