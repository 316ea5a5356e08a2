import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { originLabel } from '@/components/board/board-labels'
import { requireUser } from '@/lib/auth/session'
import { getOriginTarget, ORIGIN_TARGETS, type OriginTarget } from '@/lib/data/board/origins'
import { OriginCorrectionForm } from '../../../_components/origin-form'

export const metadata: Metadata = { title: 'Correct where it came from' }

const WHAT: Record<OriginTarget, string> = { items: 'agenda item', decisions: 'decision', proposals: 'proposal' }

export default async function OriginPage({ params }: PageProps<'/boards/[slug]/origin/[target]/[id]'>) {
  const user = await requireUser()
  const { slug, target, id } = await params
  if (!(ORIGIN_TARGETS as readonly string[]).includes(target)) notFound()
  const kind = target as OriginTarget
  const row = await getOriginTarget(user, kind, id)
  if (!row || row.areaSlug !== slug) notFound()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/boards/${slug}`} className="govuk-back-link">
          Back to the board
        </Link>
        <span className="govuk-caption-l">Correct where it came from · {WHAT[kind]}</span>
        <h1 className="govuk-heading-l">{row.label}</h1>
        <p className="govuk-body">
          Recorded as coming from: <strong>{originLabel(row.origin)}</strong>.
        </p>
        <div className="govuk-inset-text">
          The local-influence ledger counts what began with the area’s own people. A correction changes its figures, so it is
          published on the area’s ledger with your reason
          {kind === 'items' ? ', and the decisions that took this item’s origin are corrected with it' : ''}.
        </div>
        <OriginCorrectionForm slug={slug} target={kind} id={id} version={row.version} current={row.origin} />
      </div>
    </div>
  )
}
