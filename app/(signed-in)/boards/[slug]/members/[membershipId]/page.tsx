import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { roleLabel, sectorLabel, termLabel } from '@/components/board/board-labels'
import { requireUser } from '@/lib/auth/session'
import { getMemberRoom } from '@/lib/data/board/read'
import { DeputyForm, EndTermForm } from '../../_components/member-forms'

export const metadata: Metadata = { title: 'Board member' }

export default async function MemberPage({ params }: PageProps<'/boards/[slug]/members/[membershipId]'>) {
  const user = await requireUser()
  const { slug, membershipId } = await params
  const room = await getMemberRoom(user, membershipId)
  if (!room || room.area.slug !== slug) notFound()
  const m = room.member
  const ended = m.endsOn !== null && m.endsOn < new Date().toISOString().slice(0, 10)
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/boards/${slug}#members`} className="govuk-back-link">
          Back to the board
        </Link>
        <span className="govuk-caption-l">{room.area.name}</span>
        <h1 className="govuk-heading-l">{m.name}</h1>
        <dl className="govuk-summary-list">
          {[
            ['Organisation', m.organisation ?? 'Not recorded'],
            ['Role', roleLabel(m.role)],
            ['Sector', sectorLabel(m.sector)],
            ['Term', termLabel(m) + (m.endedReason ? ` (${m.endedReason})` : '')],
            ['Portal account', m.hasAccount ? 'Linked' : 'None'],
            ['Named on the public page', m.listedPublicly ? 'Yes' : 'No'],
          ].map(([k, v]) => (
            <div className="govuk-summary-list__row" key={k}>
              <dt className="govuk-summary-list__key">{k}</dt>
              <dd className="govuk-summary-list__value">{v}</dd>
            </div>
          ))}
        </dl>
        {ended ? (
          <p className="govuk-body">Their term has ended. The record stays in the board’s history.</p>
        ) : (
          <>
            <DeputyForm
              slug={slug}
              id={m.id}
              version={m.version}
              deputies={room.deputies.map((d) => ({ value: d.id, label: d.label }))}
              deputyId={room.deputyId}
            />
            <EndTermForm slug={slug} id={m.id} version={m.version} />
          </>
        )}
      </div>
    </div>
  )
}
