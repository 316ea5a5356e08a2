import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { getBoardFor } from '@/lib/data/board/read'
import { ScheduleMeetingForm } from '../../_components/meeting-form'

export const metadata: Metadata = { title: 'Schedule a meeting' }

export default async function ScheduleMeetingPage({ params }: PageProps<'/boards/[slug]/meetings/new'>) {
  const user = await requireUser()
  const { slug } = await params
  const board = await getBoardFor(user, slug, 'manage:board')
  if (!board) notFound()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/boards/${slug}#meetings`} className="govuk-back-link">
          Back to the board
        </Link>
        <span className="govuk-caption-l">{board.area.name}</span>
        <h1 className="govuk-heading-l">Schedule a meeting</h1>
        <ScheduleMeetingForm slug={slug} />
      </div>
    </div>
  )
}
