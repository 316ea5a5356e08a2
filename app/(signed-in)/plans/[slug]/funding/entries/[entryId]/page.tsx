import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { getFundingEntry, getWorkingFunding } from '@/lib/data/funding/read'
import { formatDate, formatPence } from '@/lib/format'
import { penceForInput } from '@/lib/money'
import { partsOf } from '@/lib/validation/dates'
import { EntryForm } from '../../_components/entry-forms'
import { WithdrawForm } from '../../_components/withdraw-form'
import { handleWithdrawEntry } from '../../server-actions'

export const metadata: Metadata = { title: 'Correct or withdraw an entry' }

export default async function EntryPage({ params }: PageProps<'/plans/[slug]/funding/entries/[entryId]'>) {
  const user = await requireUser()
  const { slug, entryId } = await params
  const [funding, e] = await Promise.all([
    getWorkingFunding(user, slug),
    /^[A-Za-z0-9_-]{1,40}$/.test(entryId) ? getFundingEntry(user, entryId) : null,
  ])
  if (!funding?.canEdit || !e || e.withdrawn || e.areaId !== funding.area.id) notFound()
  const kind = e.kind === 'SPEND' ? 'payment' : 'commitment'
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/plans/${slug}/funding#entries`} className="govuk-back-link">
          Back to funding
        </Link>
        <span className="govuk-caption-l">{funding.area.name}</span>
        <h1 className="govuk-heading-l">
          Correct or withdraw a {kind} of {formatPence(e.amountPence)}
        </h1>
        <p className="govuk-body">
          {e.organisation}, {formatDate(new Date(e.occurredOn))}, for “{e.action}”. A correction withdraws this entry and records
          the corrected one in its place; both stay in the record.
        </p>
        <h2 className="govuk-heading-m">Correct it</h2>
        <EntryForm
          slug={slug}
          actions={funding.options.actions}
          allocations={funding.options.allocations}
          correcting={{ id: e.id, version: e.version }}
          start={{
            kind: e.kind,
            actionId: e.actionId,
            allocationId: e.allocationId,
            amount: penceForInput(BigInt(e.amountPence)),
            occurredOn: partsOf(new Date(e.occurredOn)),
            organisation: e.organisation,
            description: e.description ?? '',
            evidenceUrl: e.evidenceUrl ?? '',
          }}
        />
        <WithdrawForm
          submit={handleWithdrawEntry.bind(null, slug, e.id)}
          version={e.version}
          what="entry"
          explanation="For an entry made by mistake. It stays in the record, marked withdrawn; to change an amount or date, correct it instead."
        />
      </div>
    </div>
  )
}
