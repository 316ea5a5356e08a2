import type { Metadata } from 'next'
import Link from 'next/link'
import { FlashBanner } from '@/components/ui/flash-banner'
import { requireUser } from '@/lib/auth/session'
import { getMailChoices } from '@/lib/data/notifications/preferences'
import { MailChoicesForm } from './mail-choices-form'

export const metadata: Metadata = { title: 'Your e-mail choices' }

export default async function MailChoicesPage({ searchParams }: PageProps<'/account/notifications'>) {
  const user = await requireUser()
  const [query, choices] = await Promise.all([searchParams, getMailChoices(user)])
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href="/account" className="govuk-back-link">
          Back to your account
        </Link>
        <FlashBanner params={query} />
        <h1 className="govuk-heading-l">Your e-mail choices</h1>
        <p className="govuk-body">
          Everything is always in your{' '}
          <Link href="/notifications" className="govuk-link">
            notifications
          </Link>
          . Choose, for each kind, whether it also comes by e-mail to {user.email}: at once, gathered into one e-mail a day or a
          week (only what you have not read yet, and never an empty one), or not at all.
        </p>
        <MailChoicesForm choices={choices} />
      </div>
    </div>
  )
}
