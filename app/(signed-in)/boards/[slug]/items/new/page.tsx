import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { getBoardFor } from '@/lib/data/board/read'
import { ORIGIN_LABELS } from '@/lib/plan-fields'
import { ProposeItemForm } from '../../_components/item-forms'

export const metadata: Metadata = { title: 'Put an item forward' }

export default async function ProposeItemPage({ params }: PageProps<'/boards/[slug]/items/new'>) {
  const user = await requireUser()
  const { slug } = await params
  const board = await getBoardFor(user, slug, 'propose:agenda-item')
  if (!board) notFound()
  // Partners' and the chair's items are theirs; only DfE chooses between its own and national policy.
  const origins =
    user.role === 'DELIVERY_TEAM' || user.role === 'ADMIN'
      ? (['DFE_DELIVERY_TEAM', 'NATIONAL_POLICY'] as const).map((o) => ({ value: o, label: ORIGIN_LABELS[o] }))
      : null
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/boards/${slug}#backlog`} className="govuk-back-link">
          Back to the board
        </Link>
        <span className="govuk-caption-l">{board.area.name}</span>
        <h1 className="govuk-heading-l">Put an item forward</h1>
        <p className="govuk-body">
          It goes into the board’s agenda backlog, recorded as coming from{' '}
          {origins ? 'the DfE delivery team or national policy' : user.role === 'CHAIR' ? 'the chair' : 'a local partner'}. The
          chair decides which meeting discusses it, or tells you why not.
        </p>
        <ProposeItemForm slug={slug} origins={origins} />
      </div>
    </div>
  )
}
