import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ActionStatusTag } from '@/components/ui/action-status-tag'
import { requireUser } from '@/lib/auth/session'
import { getActionForUpdate } from '@/lib/data/progress/action-updates'
import { UpdateForm } from './update-form'

export const metadata: Metadata = { title: 'Post an update' }

export default async function ActionUpdatePage({ params }: PageProps<'/actions/[actionId]/update'>) {
  const user = await requireUser()
  const { actionId } = await params
  const action = /^[a-z0-9]{1,40}$/.test(actionId) ? await getActionForUpdate(user, actionId) : null
  if (!action) notFound()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href="/dashboard" className="govuk-back-link">
          Back to your dashboard
        </Link>
        <span className="govuk-caption-l">
          {action.area.name}
          {action.priority ? `, priority ${action.priority.number}` : ''}
        </span>
        <h1 className="govuk-heading-l">Post an update: {action.title}</h1>
        <p className="govuk-body">
          Now: <ActionStatusTag status={action.status} />
          {action.progressPercent !== null && ` ${action.progressPercent}% done`}
        </p>
        <UpdateForm
          actionId={action.id}
          version={action.version}
          status={action.status}
          progressPercent={action.progressPercent}
        />
        <h2 className="govuk-heading-m">Earlier updates</h2>
        {action.updates.length === 0 ? (
          <p className="govuk-body govuk-hint">No updates yet.</p>
        ) : (
          <ul className="govuk-list">
            {action.updates.map((u) => (
              <li key={u.id} className="govuk-!-margin-bottom-4">
                <span className="govuk-body-s govuk-!-font-weight-bold">
                  {new Date(u.postedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}
                  {u.author ? `, ${u.author}` : ''}
                </span>{' '}
                <ActionStatusTag status={u.status} />
                <p className="govuk-body govuk-!-margin-bottom-0">{u.body}</p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}
