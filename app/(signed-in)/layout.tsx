import type { ReactNode } from 'react'
import { AccountBar } from '@/components/layout/account-bar'
import { getCurrentUser } from '@/lib/auth/session'
import { unreadCount } from '@/lib/data/notifications/inbox'
import { mailboxOffered } from '@/lib/data/notifications/mailbox'

/**
 * Signed-in pages carry the account bar with the unread count. It lives here, not in the
 * shared header, because public pages are cached for everyone and read no session. A layout
 * is kept across client-side navigation, so the count is fresh on every full page load and
 * after every form; notification links are plain links for that reason.
 */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser()
  return (
    <>
      {user && <AccountBar name={user.name} unread={await unreadCount(user)} mailbox={mailboxOffered(user)} />}
      {children}
    </>
  )
}
