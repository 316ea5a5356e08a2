import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Allocated, Recorded, Remaining } from '@/components/funding/money-cells'
import { LineOfSightTable } from '@/components/funding/line-of-sight-table'
import { FlashBanner } from '@/components/ui/flash-banner'
import { requireUser } from '@/lib/auth/session'
import { getWorkingFunding } from '@/lib/data/funding/read'
import { AllocationRegister, EntryRegister } from './_components/registers'
import { ReturnSection } from './_components/return-section'

export const metadata: Metadata = { title: 'Funding' }

export default async function WorkingFundingPage({ params, searchParams }: PageProps<'/plans/[slug]/funding'>) {
  const user = await requireUser()
  const [{ slug }, query] = await Promise.all([params, searchParams])
  const funding = await getWorkingFunding(user, slug)
  if (!funding) notFound()
  const { picture, area } = funding
  const t = picture.totals
  return (
    <>
      <Link href={`/plans/${area.slug}`} className="govuk-back-link">
        Back to the working delivery plan
      </Link>
      <FlashBanner params={query} />
      <span className="govuk-caption-l">{area.name}</span>
      <h1 className="govuk-heading-l">Funding</h1>
      <p className="govuk-body">
        Everything recorded for the area, published or not. The public sees figures once the chair signs off a funding return.
      </p>
      <dl className="govuk-summary-list">
        {[
          ['Allocated', <Allocated key="a" totals={t} none="None recorded" />],
          ['Committed', <Recorded key="c" pence={t.committedPence} />],
          ['Spent', <Recorded key="s" pence={t.spentPence} />],
          ['Remaining', <Remaining key="r" totals={t} />],
        ].map(([k, v]) => (
          <div className="govuk-summary-list__row" key={String(k)}>
            <dt className="govuk-summary-list__key">{k}</dt>
            <dd className="govuk-summary-list__value">{v}</dd>
          </div>
        ))}
      </dl>
      {funding.canEdit && (
        <div className="govuk-button-group">
          <Link href={`/plans/${area.slug}/funding/entries/new`} className="govuk-button" role="button" draggable="false">
            Record a commitment or payment
          </Link>
          <Link
            href={`/plans/${area.slug}/funding/allocations/new`}
            className="govuk-button govuk-button--secondary"
            role="button"
            draggable="false"
          >
            Add an allocation
          </Link>
          <Link
            href={`/plans/${area.slug}/import/spend`}
            className="govuk-button govuk-button--secondary"
            role="button"
            draggable="false"
          >
            Upload a CSV of commitments and payments
          </Link>
        </div>
      )}
      <ReturnSection slug={area.slug} funding={funding} />
      <h2 className="govuk-heading-m" id="line-of-sight">
        By priority and action
      </h2>
      {picture.priorities.length === 0 ? (
        <p className="govuk-body">No money is earmarked for, committed to or spent on any priority or action yet.</p>
      ) : (
        <LineOfSightTable picture={picture} caption="Allocated, committed and spent for each priority and its actions" />
      )}
      <h2 className="govuk-heading-m" id="allocations">
        Allocations
      </h2>
      <AllocationRegister slug={area.slug} funding={funding} />
      <h2 className="govuk-heading-m" id="entries">
        Commitments and payments
      </h2>
      <EntryRegister slug={area.slug} funding={funding} />
    </>
  )
}
