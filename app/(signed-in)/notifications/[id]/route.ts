/**
 * Opening a notification (from the inbox or an e-mail): marks it read and goes where it points.
 * Only the signed-in owner's notification opens; any other id answers as not found.
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
