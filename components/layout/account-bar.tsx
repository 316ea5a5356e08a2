import Link from 'next/link'

/** Who is signed in, and the way to what needs them: on every signed-in page. */
export function AccountBar({ name, unread, mailbox }: { name: string; unread: number; mailbox: boolean }) {
  return (
    <nav
      aria-label="Your account"
      className="govuk-body-s tw:flex tw:flex-wrap tw:items-center tw:gap-x-6 tw:gap-y-1 tw:border-b tw:border-gray-300 tw:pb-2"
    >
      <span>Signed in as {name}</span>
      <Link href="/dashboard" className="govuk-link">
        Dashboard
      </Link>
      <Link href="/briefing" className="govuk-link">
        What needs you
      </Link>
      {/* A full page load on purpose: the layout holding this count is kept across client navigation. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
      <a href="/notifications" className="govuk-link">
        Notifications
        {unread > 0 ? (
          <>
            {' '}
            <strong className="govuk-tag govuk-tag--blue">{unread > 99 ? '99+' : unread}</strong>
            <span className="govuk-visually-hidden"> unread</span>
          </>
        ) : (
          <span className="govuk-visually-hidden"> (none unread)</span>
        )}
      </a>
      {mailbox && (
        <Link href="/mailbox" className="govuk-link">
          Development mailbox
        </Link>
      )}
      <Link href="/account" className="govuk-link">
        Your account
      </Link>
    </nav>
  )
}
