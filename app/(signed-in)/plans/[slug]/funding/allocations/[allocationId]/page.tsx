import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { getWorkingFunding } from '@/lib/data/funding/read'
import { formatDate, formatPence } from '@/lib/format'
import { penceForInput } from '@/lib/money'
import { ReviseAllocationForm } from '../../_components/allocation-forms'
import { WithdrawForm } from '../../_components/withdraw-form'
import { handleWithdrawAllocation } from '../../server-actions'

export const metadata: Metadata = { title: 'Revise or withdraw an allocation' }

export default async function AllocationPage({ params }: PageProps<'/plans/[slug]/funding/allocations/[allocationId]'>) {
  const user = await requireUser()
  const { slug, allocationId } = await params
  const funding = await getWorkingFunding(user, slug)
  const a = funding?.allocations.find((x) => x.id === allocationId)
  if (!funding?.canEdit || !a || a.withdrawn) notFound()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/plans/${slug}/funding#allocations`} className="govuk-back-link">
          Back to funding
        </Link>
        <span className="govuk-caption-l">
          {funding.area.name}: {a.stream}, {a.period}
        </span>
        <h1 className="govuk-heading-l">{a.label}</h1>
        <p className="govuk-body">
          Now {formatPence(a.currentPence)}
          {a.revisions.length > 0 ? `, first recorded as ${formatPence(a.originalPence)}.` : '.'}
        </p>
        {a.revisions.length > 0 && (
          <>
            <h2 className="govuk-heading-s">Revisions</h2>
            <ul className="govuk-list govuk-list--bullet">
              {a.revisions.map((r) => (
                <li key={r.id}>
                  {formatDate(new Date(r.at))}: {formatPence(r.amountPence)} — {r.reason}
                  {!r.published && ' (not yet public)'}
                </li>
              ))}
            </ul>
          </>
        )}
        <ReviseAllocationForm
          slug={slug}
          id={a.id}
          version={a.version}
          amount={penceForInput(BigInt(a.currentPence))}
          status={a.status}
        />
        <WithdrawForm
          submit={handleWithdrawAllocation.bind(null, slug, a.id)}
          version={a.version}
          what="allocation"
          explanation="Withdraw it only if it was entered by mistake or cancelled. It stays in the record, marked withdrawn."
        />
      </div>
    </div>
  )
}
