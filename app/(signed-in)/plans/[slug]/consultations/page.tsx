import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { FlashBanner } from '@/components/ui/flash-banner'
import { DataTable } from '@/components/ui/data-table'
import { requireUser } from '@/lib/auth/session'
import { listConsultations } from '@/lib/data/consultations/consultations'
import { isAppError } from '@/lib/errors'
import { formatLondon } from '@/lib/london-time'

export const metadata: Metadata = { title: 'Consultations on the draft plan' }

export default async function ConsultationsPage({ params, searchParams }: PageProps<'/plans/[slug]/consultations'>) {
  const user = await requireUser()
  const [{ slug }, query] = await Promise.all([params, searchParams])
  const list = await listConsultations(user, slug).catch((e: unknown) => (isAppError(e) ? null : Promise.reject(e)))
  if (!list) notFound()
  return (
    <>
      <Link href={`/plans/${slug}`} className="govuk-back-link">
        Back to the working plan
      </Link>
      <FlashBanner params={query} />
      <span className="govuk-caption-l">{list.area.name}</span>
      <h1 className="govuk-heading-l">Consultations on the draft plan</h1>
      <p className="govuk-body">
        The chair asks the board a question about the draft, with a closing date. Each member responds (or their deputy for them);
        the responses stay with the board. Once closed, a summary and the board’s answer are published with the next approved
        version of the plan.
      </p>
      {list.canOpen && (
        <Link href={`/plans/${slug}/consultations/new`} className="govuk-button">
          Open a consultation
        </Link>
      )}
      {list.items.length === 0 ? (
        <p className="govuk-body">No consultations yet.</p>
      ) : (
        <DataTable
          caption="Consultations, open ones first"
          captionSize="hidden"
          scroll="Consultations"
          rows={list.items}
          rowKey={(c) => c.id}
          columns={[
            {
              header: 'Question',
              cell: (c) => (
                <Link href={`/plans/${slug}/consultations/${c.id}`} className="govuk-link">
                  {c.question}
                </Link>
              ),
            },
            { header: 'Closes', cell: (c) => formatLondon(c.closesAt) },
            {
              header: 'Status',
              cell: (c) =>
                c.open ? (
                  <strong className="govuk-tag govuk-tag--green">Open{c.responded ? ': you have responded' : ''}</strong>
                ) : c.publishedIn ? (
                  `Published with version ${c.publishedIn}`
                ) : (
                  'Closed'
                ),
            },
            { header: 'Responses', numeric: true, cell: (c) => String(c.responses) },
          ]}
        />
      )}
    </>
  )
}
