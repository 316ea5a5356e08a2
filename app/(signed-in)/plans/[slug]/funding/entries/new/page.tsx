import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { getWorkingFunding } from '@/lib/data/funding/read'
import { EntryForm } from '../../_components/entry-forms'

export const metadata: Metadata = { title: 'Record a commitment or payment' }

export default async function RecordEntryPage({ params, searchParams }: PageProps<'/plans/[slug]/funding/entries/new'>) {
  const user = await requireUser()
  const [{ slug }, query] = await Promise.all([params, searchParams])
  const funding = await getWorkingFunding(user, slug)
  if (!funding?.canEdit) notFound()
  const actionId =
    typeof query.action === 'string' && funding.options.actions.some((a) => a.value === query.action) ? query.action : undefined
  const { actions, allocations } = funding.options
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/plans/${slug}/funding`} className="govuk-back-link">
          Back to funding
        </Link>
        <span className="govuk-caption-l">{funding.area.name}</span>
        <h1 className="govuk-heading-l">Record a commitment or payment</h1>
        {allocations.length === 0 ? (
          <p className="govuk-body">
            Money is always paid from one of the area’s allocations, and none is recorded yet.{' '}
            <Link href={`/plans/${slug}/funding/allocations/new`} className="govuk-link">
              Add the allocation first
            </Link>
            .
          </p>
        ) : actions.length === 0 ? (
          <p className="govuk-body">The area’s plan has no actions yet: money is recorded against an action.</p>
        ) : (
          <EntryForm slug={slug} actions={actions} allocations={allocations} start={{ actionId }} />
        )}
      </div>
    </div>
  )
}
