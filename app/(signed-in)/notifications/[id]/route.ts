/**
 * Opening a notification (from the inbox, or the link in its e-mail or digest): marks it read
 * and goes where it points. Only the signed-in owner's notification of an area they are still in
 * opens; any other id answers as not found. A GET that marks read is idempotent and changes
 * nothing but the owner's own read flag, so a forged link can do no more than that.
 */
import { notFound, redirect } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { openNotification } from '@/lib/data/notifications/inbox'

export async function GET(_request: Request, { params }: RouteContext<'/notifications/[id]'>) {
  const user = await requireUser()
  const { id } = await params
  const link = /^[a-z0-9]{1,40}$/.test(id) ? await openNotification(user, id) : null
  if (!link) notFound()
  redirect(link)
}
