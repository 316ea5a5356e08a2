import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { CommentForm } from '@/components/comments/comment-form'
import { CommentThread, OfficialResponse } from '@/components/comments/comment-thread'
import { FlashBanner } from '@/components/ui/flash-banner'
import { requireUser } from '@/lib/auth/session'
import { COMMENT_KINDS, getThread, isCommentKind } from '@/lib/data/comments/comments'
import { handleComment } from '@/app/(signed-in)/comments/server-actions'

export const metadata: Metadata = { title: 'Comments of the board' }

/** The board's thread on one priority, action or success measure of the working plan. */
export default async function PlanCommentsPage({ params, searchParams }: PageProps<'/plans/[slug]/comments/[kind]/[id]'>) {
  const user = await requireUser()
  const [{ slug, kind, id }, query] = await Promise.all([params, searchParams])
  // Agenda items have their thread on their own page.
  if (!isCommentKind(kind) || kind === 'items') notFound()
  const thread = await getThread(user, kind, id)
  if (!thread || thread.target.area.slug !== slug) notFound()
  const { target } = thread
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/plans/${slug}`} className="govuk-back-link">
          Back to the working plan
        </Link>
        <FlashBanner params={query} />
        <span className="govuk-caption-l">
          {target.area.name} · comments on a {COMMENT_KINDS[kind].noun}
        </span>
        <h1 className="govuk-heading-l">{target.title}</h1>
        <p className="govuk-body">
          The board’s discussion of this {COMMENT_KINDS[kind].noun}, seen only by the board.{' '}
          {target.itemLink !== `/plans/${slug}` && (
            <Link href={target.itemLink} className="govuk-link">
              See the {COMMENT_KINDS[kind].noun}
            </Link>
          )}
        </p>
        <OfficialResponse comment={thread.official} />
        <h2 className="govuk-heading-m" id="comments">
          Comments ({thread.comments.length})
        </h2>
        <CommentThread comments={thread.comments} />
        {thread.can.post && (
          <CommentForm
            action={handleComment.bind(null, kind, id)}
            canAnswer={thread.can.answer}
            mentionable={thread.mentionable}
          />
        )}
      </div>
    </div>
  )
}
