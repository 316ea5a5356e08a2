import { formatDate } from '@/lib/format'
import type { WorkingFunding } from '@/lib/data/funding/read'
import { partsOf } from '@/lib/validation/dates'
import { FundingReturnForm } from './return-form'

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** What is public, what the next funding return would publish, and — for the chair — signing it off. */
export function ReturnSection({ slug, funding }: { slug: string; funding: WorkingFunding }) {
  const { pending, lastReturn } = funding
  const c = pending.counts
  const parts = [
    c.allocations && plural(c.allocations, 'allocation', 'allocations'),
    c.revisions && plural(c.revisions, 'revision', 'revisions'),
    c.entries && plural(c.entries, 'commitment or payment', 'commitments and payments'),
    c.withdrawals && plural(c.withdrawals, 'withdrawal', 'withdrawals'),
  ].filter(Boolean)
  return (
    <section className="govuk-!-margin-bottom-6" aria-labelledby="return-heading">
      <h2 className="govuk-heading-m" id="return-heading">
        Funding return
      </h2>
      <p className="govuk-body">
        {lastReturn
          ? `The public pages show figures as at ${formatDate(new Date(lastReturn.asAt))}, ${lastReturn.by ? `signed off by ${lastReturn.by}` : 'from the demo data’s funding return'} on ${formatDate(new Date(lastReturn.signedOffAt))}.`
          : 'No funding return has been signed off: the public pages show only allocations from published sources.'}
      </p>
      {pending.total === 0 ? (
        <p className="govuk-body">Everything recorded is public.</p>
      ) : (
        <>
          <p className="govuk-body">
            Waiting for the next return: {parts.join(', ')}, marked “Next return” below.
            {!funding.canSignOff && ' The chair signs off the return, which publishes them.'}
          </p>
          {funding.canSignOff && <FundingReturnForm slug={slug} token={pending.token} today={partsOf(new Date())} />}
        </>
      )}
    </section>
  )
}
