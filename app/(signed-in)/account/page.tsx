import type { Metadata } from 'next'
import Link from 'next/link'
import { requireUser } from '@/lib/auth/session'
import { handleSignOutEverywhere } from './server-actions'
import { ChangePasswordForm } from './change-password-form'
import { SignOutButton } from './sign-out-button'

export const metadata: Metadata = { title: 'Your account' }

const ROLE_NAMES = {
  ADMIN: 'National admin (all areas)',
  DELIVERY_TEAM: 'DfE delivery team',
  CHAIR: 'Board chair',
  PARTNER: 'Board member (partner)',
} as const

export default async function AccountPage() {
  const user = await requireUser()
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Your account</h1>
        <p className="govuk-body">
          <Link href="/dashboard" className="govuk-link">
            Go to your dashboard
          </Link>
        </p>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Name</dt>
            <dd className="govuk-summary-list__value">{user.name}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Email address</dt>
            <dd className="govuk-summary-list__value">{user.email}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Role</dt>
            <dd className="govuk-summary-list__value">{ROLE_NAMES[user.role]}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{user.areas.length === 1 ? 'Area' : 'Areas'}</dt>
            <dd className="govuk-summary-list__value">
              {user.role === 'ADMIN' ? (
                'All 12 areas'
              ) : user.areas.length === 0 ? (
                'None yet: ask an admin to add you to an area'
              ) : (
                <ul className="govuk-list govuk-!-margin-bottom-0">
                  {user.areas.map((a) => (
                    <li key={a.id}>
                      <Link href={`/areas/${a.slug}`} className="govuk-link">
                        {a.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        </dl>

        <ChangePasswordForm />

        <h2 className="govuk-heading-m">Sign out</h2>
        <div className="govuk-button-group">
          <SignOutButton />
          <form action={handleSignOutEverywhere}>
            <button type="submit" className="govuk-button govuk-button--warning">
              Sign out everywhere
            </button>
          </form>
        </div>
      </div>
    </div>
  )
}
