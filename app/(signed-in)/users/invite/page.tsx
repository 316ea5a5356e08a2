import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { LINK_LIFETIME_DAYS } from '@/lib/data/accounts/password-links'
import { getManagerScope } from '@/lib/data/accounts/users'
import { InviteForm } from './invite-form'

export const metadata: Metadata = { title: 'Invite a user' }

export default async function InvitePage() {
  const user = await requireUser()
  const scope = await getManagerScope(user)
  if (!scope) notFound()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href="/users" className="govuk-back-link">
          Back to users
        </Link>
        <h1 className="govuk-heading-l">Invite a user</h1>
        <p className="govuk-body">
          You will get a link for them to set their password. It works once, for {LINK_LIFETIME_DAYS} days.
          {scope.roles.length === 1 && ' As a delivery team member you can invite board members to your own areas.'}
        </p>
        <InviteForm roles={scope.roles} areas={scope.areas} />
      </div>
    </div>
  )
}
