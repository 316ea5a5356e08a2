import type { CommentRow } from '@/lib/data/comments/comments'
import { formatLondon } from '@/lib/london-time'
import { ROLE_LABELS } from '@/lib/validation/users'

/** Who wrote a comment and when, in words. */
const byline = (c: CommentRow) => `${c.author}${c.mine ? ' (you)' : ''}, ${ROLE_LABELS[c.role]}, ${formatLondon(new Date(c.at))}`

/** The latest official response, shown with the item (GOV.UK inset text). */
export function OfficialResponse({ comment }: { comment: CommentRow | null }) {
  if (!comment) return null
  return (
    <div className="govuk-inset-text">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">Official response</h3>
      <p className="govuk-body tw:whitespace-pre-line">{comment.body}</p>
      <p className="govuk-body-s govuk-!-margin-bottom-0">{byline(comment)}</p>
    </div>
  )
}

/** A thread's comments, oldest first, official responses tagged. */
export function CommentThread({ comments }: { comments: CommentRow[] }) {
  if (comments.length === 0) return <p className="govuk-body">No comments yet.</p>
  return (
    <ol className="govuk-list">
      {comments.map((c) => (
        <li key={c.id} id={`comment-${c.id}`} className="govuk-!-margin-bottom-4">
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            <strong>{byline(c)}</strong>
            {c.official && <strong className="govuk-tag govuk-tag--green govuk-!-margin-left-1">Official response</strong>}
          </p>
          <p className="govuk-body tw:whitespace-pre-line">{c.body}</p>
        </li>
      ))}
    </ol>
  )
}
