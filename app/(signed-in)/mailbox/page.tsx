import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { listMailbox, mailboxOffered } from '@/lib/data/notifications/mailbox'
import { formatLondon } from '@/lib/london-time'

export const metadata: Metadata = { title: 'Development mailbox' }

export default async function MailboxPage() {
  const user = await requireUser()
  if (!mailboxOffered(user)) notFound()
  const mails = await listMailbox(user)
  return (
    <>
      <h1 className="govuk-heading-l">Development mailbox</h1>
      <div className="govuk-inset-text">
        SMTP_URL is not set, so no e-mail leaves this machine. This is what would have been sent, newest first (the last 100).
        Each message is also written to the server log. Set SMTP_URL to send real e-mail.
      </div>
      {mails.length === 0 ? (
        <p className="govuk-body">Nothing yet.</p>
      ) : (
        mails.map((m) => (
          <details key={m.id} className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">
                {m.subject} — to {m.to}
              </span>
            </summary>
            <div className="govuk-details__text">
              <p className="govuk-body-s govuk-hint">
                Written {formatLondon(m.createdAt)};{' '}
                {m.sentAt ? `handled by the worker ${formatLondon(m.sentAt)}` : 'waiting for the worker'}
              </p>
              <pre className="govuk-body-s tw:whitespace-pre-wrap">{m.text}</pre>
            </div>
          </details>
        ))
      )}
    </>
  )
}
