import { FlashBanner } from '@/components/ui/flash-banner'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { DataTable } from '@/components/ui/data-table'
import { ProposalStatusTag } from '@/components/ui/proposal-status-tag'
import { requireUser } from '@/lib/auth/session'
import { getProposal, type ProposalDetail } from '@/lib/data/proposals/read'
import { RespondForm } from './respond-form'

type Row = ProposalDetail['rows'][number]

export const metadata: Metadata = { title: 'Proposed change to the plan' }

/** What accepting the proposal does to the draft, for the answer form. */
const effectOf = (p: { isNew: boolean; isRemoval: boolean }) =>
  p.isNew
    ? 'It is added to the draft plan.'
    : p.isRemoval
      ? 'It is removed in the draft plan.'
      : 'The proposed values replace those in the draft.'

const when = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' })

export default async function ProposalPage({ params, searchParams }: PageProps<'/proposals/[proposalId]'>) {
  const user = await requireUser()
  const [{ proposalId }, query] = await Promise.all([params, searchParams])
  const p = await getProposal(user, proposalId)
  if (!p) notFound()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/plans/${p.area.slug}`} className="govuk-back-link">
          Back to the working plan
        </Link>
        <FlashBanner params={query} />
        <span className="govuk-caption-l">{p.area.name}: proposed change</span>
        <h1 className="govuk-heading-l">{p.title}</h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Status</dt>
            <dd className="govuk-summary-list__value">
              <ProposalStatusTag status={p.status} />
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Proposed by</dt>
            <dd className="govuk-summary-list__value">
              {p.author}, {when(p.createdAt)}
            </dd>
          </div>
          {p.action && (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Milestone of the action</dt>
              <dd className="govuk-summary-list__value">{p.action}</dd>
            </div>
          )}
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Why</dt>
            <dd className="govuk-summary-list__value">{p.why}</dd>
          </div>
          {p.respondedBy && (
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Answer</dt>
              <dd className="govuk-summary-list__value">
                {p.status === 'ACCEPTED' ? 'Accepted into the draft plan' : 'Declined'} by {p.respondedBy}
                {p.respondedAt && `, ${when(p.respondedAt)}`}
                {p.response && `: ${p.response}`}
              </dd>
            </div>
          )}
        </dl>
        <DataTable
          caption={p.isNew ? 'What it adds' : 'The change'}
          captionSize="m"
          rows={p.rows}
          rowKey={(r) => r.label}
          columns={[
            { header: 'Field', cell: (r) => r.label },
            // An addition has nothing to compare with.
            ...(p.isNew
              ? []
              : [
                  { header: 'When proposed', cell: (r: Row) => r.basis },
                  { header: 'In the draft now', cell: (r: Row) => r.now },
                ]),
            { header: 'Proposed', cell: (r) => r.proposed },
          ]}
        />
        {p.canRespond && <RespondForm key={p.version} proposalId={p.id} version={p.version} effect={effectOf(p)} />}
      </div>
    </div>
  )
}
