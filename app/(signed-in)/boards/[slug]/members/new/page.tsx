import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { getMemberChoices } from '@/lib/data/board/read'
import { AddMemberForm } from '../../_components/member-forms'

export const metadata: Metadata = { title: 'Add a board member' }

export default async function AddMemberPage({ params }: PageProps<'/boards/[slug]/members/new'>) {
  const user = await requireUser()
  const { slug } = await params
  const choices = await getMemberChoices(user, slug)
  if (!choices) notFound()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/boards/${slug}#members`} className="govuk-back-link">
          Back to the board
        </Link>
        <span className="govuk-caption-l">{choices.area.name}</span>
        <h1 className="govuk-heading-l">Add a board member</h1>
        <AddMemberForm slug={slug} accounts={choices.accounts.map((a) => ({ value: a.id, label: a.label }))} />
      </div>
    </div>
  )
}
