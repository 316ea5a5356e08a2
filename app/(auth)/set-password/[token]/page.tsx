import type { Metadata } from 'next'
import Link from 'next/link'
import { findPasswordLink } from '@/lib/data/accounts/password-links'
import { SetPasswordForm } from './set-password-form'

export const metadata: Metadata = { title: 'Set your password', referrer: 'no-referrer' }

export default async function SetPasswordPage({ params }: PageProps<'/set-password/[token]'>) {
  const { token } = await params
  const link = await findPasswordLink(token)
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {link ? (
          <>
            <h1 className="govuk-heading-l">Set your password</h1>
            <p className="govuk-body">
              Hello {link.name}. Choose a password for <strong>{link.email}</strong>. You will then sign in with it.
            </p>
            <SetPasswordForm token={token} email={link.email} />
          </>
        ) : (
          <>
            <h1 className="govuk-heading-l">This link has expired or has already been used</h1>
            <p className="govuk-body">Set-password links work once, for a limited time.</p>
            <p className="govuk-body">
              Ask whoever invited you (your delivery team or a national admin) for a new link. If you have already set your
              password,{' '}
              <Link href="/sign-in" className="govuk-link">
                sign in
              </Link>
              .
            </p>
          </>
        )}
      </div>
    </div>
  )
}
