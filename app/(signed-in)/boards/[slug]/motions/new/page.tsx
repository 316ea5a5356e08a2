import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { getBoardFor } from '@/lib/data/board/read'
import { OpenMotionForm } from '../../_components/vote-forms'

export const metadata: Metadata = { title: 'Open a vote between meetings' }

export default async function OpenMotionPage({ params }: PageProps<'/boards/[slug]/motions/new'>) {
  const user = await requireUser()
  const { slug } = await params
  const board = await getBoardFor(user, slug, 'propose:agenda-item')
  if (!board?.can.setAgenda) notFound()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/boards/${slug}#votes`} className="govuk-back-link">
          Back to the board
        </Link>
        <span className="govuk-caption-l">{board.area.name}</span>
        <h1 className="govuk-heading-l">Open a vote between meetings</h1>
        <p className="govuk-body">
          The board’s voting members (chair, vice-chair and members with a portal account) can vote until the deadline. A member
          who declares an interest takes no part.
        </p>
        <OpenMotionForm slug={slug} quorumPercent={board.quorumPercent} />
      </div>
    </div>
  )
}
