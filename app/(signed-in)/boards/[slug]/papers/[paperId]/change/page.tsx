import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { getPaperForChange } from '@/lib/data/board/papers'
import { ChangePaperForm, WithdrawPaperForm } from '../../../_components/paper-forms'

export const metadata: Metadata = { title: 'Change or withdraw a paper' }

export default async function ChangePaperPage({ params }: PageProps<'/boards/[slug]/papers/[paperId]/change'>) {
  const user = await requireUser()
  const { slug, paperId } = await params
  const p = await getPaperForChange(user, paperId)
  if (!p || p.agendaItem.board.area.slug !== slug) notFound()
  const paper = { id: p.id, itemId: p.agendaItem.id, title: p.title, isPublic: p.isPublic, version: p.version }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/boards/${slug}/items/${p.agendaItem.id}#papers`} className="govuk-back-link">
          Back to the agenda item
        </Link>
        <span className="govuk-caption-l">{p.agendaItem.board.area.name} · board paper</span>
        <h1 className="govuk-heading-l">{p.title}</h1>
        <p className="govuk-body">File: {p.fileName}. The file itself cannot be changed: withdraw it and upload another.</p>
        {p.withdrawnAt ? (
          <p className="govuk-inset-text">Withdrawn: {p.withdrawnReason}</p>
        ) : (
          <>
            <ChangePaperForm slug={slug} paper={paper} />
            <WithdrawPaperForm slug={slug} paper={paper} />
          </>
        )}
      </div>
    </div>
  )
}
