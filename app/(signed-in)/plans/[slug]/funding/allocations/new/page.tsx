import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { getWorkingFunding } from '@/lib/data/funding/read'
import { AddAllocationForm } from '../../_components/allocation-forms'

export const metadata: Metadata = { title: 'Add an allocation' }

export default async function AddAllocationPage({ params }: PageProps<'/plans/[slug]/funding/allocations/new'>) {
  const user = await requireUser()
  const { slug } = await params
  const funding = await getWorkingFunding(user, slug)
  if (!funding?.canEdit) notFound()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/plans/${slug}/funding`} className="govuk-back-link">
          Back to funding
        </Link>
        <span className="govuk-caption-l">{funding.area.name}</span>
        <h1 className="govuk-heading-l">Add an allocation</h1>
        <p className="govuk-body">
          The area’s budget from one funding stream for one period. It becomes public when the chair signs off the next funding
          return.
        </p>
        <AddAllocationForm slug={slug} streams={funding.options.streams} earmarks={funding.options.earmarks} />
      </div>
    </div>
  )
}
