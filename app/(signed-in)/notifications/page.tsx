import type { Metadata } from 'next'
import Link from 'next/link'
import { FlashBanner } from '@/components/ui/flash-banner'
import { requireUser } from '@/lib/auth/session'
import { listInbox } from '@/lib/data/notifications/inbox'
import { formatLondon } from '@/lib/london-time'
import { NOTIFICATION_KINDS } from '@/lib/notification-kinds'
import { MarkAllReadForm } from './mark-all-read-form'

export const metadata: Metadata = { title: 'Notifications' }

export default async function NotificationsPage({ searchParams }: PageProps<'/notifications'>) {
  const user = await requireUser()
  const query = await searchParams
  const unreadOnly = query.show === 'unread'
  const page = typeof query.page === 'string' && /^\d{1,5}$/.test(query.page) ? Number(query.page) : 1
  const inbox = await listInbox(user, { page, unreadOnly })
  const pageLink = (p: number) =>
    `/notifications?${new URLSearchParams({ ...(unreadOnly && { show: 'unread' }), page: String(p) })}`

  return (
    <>
      <FlashBanner params={query} />
      <h1 className="govuk-heading-l">Notifications</h1>
      <p className="govuk-body">
        {inbox.unread === 0 ? 'You have read everything.' : `${inbox.unread} unread.`}{' '}
        <Link href="/account/notifications" className="govuk-link">
          Choose which e-mails you get
        </Link>
        .
      </p>
      <p className="govuk-body">
        {unreadOnly ? (
          <Link href="/notifications" className="govuk-link">
            Show all notifications
          </Link>
        ) : (
          <Link href="/notifications?show=unread" className="govuk-link">
            Show unread only
          </Link>
        )}
      </p>
      {inbox.unread > 0 && <MarkAllReadForm />}
      {inbox.items.length === 0 ? (
        <p className="govuk-body">
          {unreadOnly ? 'Nothing unread.' : 'No notifications yet. You will be told here when something needs you.'}
        </p>
      ) : (
        <ul className="govuk-list">
          {inbox.items.map((n) => (
            <li key={n.id} className="govuk-!-margin-bottom-4">
              <p className="govuk-body govuk-!-margin-bottom-1">
                {!n.read && <strong className="govuk-tag govuk-tag--blue govuk-!-margin-right-2">Unread</strong>}
                <a href={`/notifications/${n.id}`} className={`govuk-link${n.read ? '' : ' govuk-!-font-weight-bold'}`}>
                  {n.title}
                </a>
              </p>
              {n.body && <p className="govuk-body-s govuk-!-margin-bottom-1">{n.body}</p>}
              <p className="govuk-body-s govuk-hint govuk-!-margin-bottom-0">
                {NOTIFICATION_KINDS[n.kind].label}
                {n.areaName ? ` · ${n.areaName}` : ''} · {formatLondon(n.at)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {inbox.pages > 1 && (
        <nav className="govuk-pagination" aria-label="Pages of notifications">
          {inbox.page > 1 && (
            <div className="govuk-pagination__prev">
              <Link className="govuk-link govuk-pagination__link" href={pageLink(inbox.page - 1)} rel="prev">
                <span className="govuk-pagination__link-title">Newer</span>
              </Link>
            </div>
          )}
          <p className="govuk-body govuk-!-margin-bottom-0">
            Page {inbox.page} of {inbox.pages}
          </p>
          {inbox.page < inbox.pages && (
            <div className="govuk-pagination__next">
              <Link className="govuk-link govuk-pagination__link" href={pageLink(inbox.page + 1)} rel="next">
                <span className="govuk-pagination__link-title">Older</span>
              </Link>
            </div>
          )}
        </nav>
      )}
    </>
  )
}
