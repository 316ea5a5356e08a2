/**
 * A user's own notifications: the inbox, its unread count, and marking read. Every read and
 * write is filtered by the signed-in user's id, so no one reaches another person's inbox (a
 * notification id of someone else's answers as not found).
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { NotificationKind } from '@/lib/generated/prisma/enums'
import type { SessionUser } from '@/lib/data/accounts/auth'

export const INBOX_PAGE_SIZE = 25

/**
 * Only notifications of areas the user is still in (or of none): someone moved off an area no
 * longer reads what was sent to them about it.
 */
export function visibleNotifications(user: SessionUser): Prisma.NotificationWhereInput {
  if (user.role === 'ADMIN') return { userId: user.id }
  return { userId: user.id, OR: [{ areaId: null }, { areaId: { in: user.areas.map((a) => a.id) } }] }
}

export type InboxItem = {
  id: string
  kind: NotificationKind
  title: string
  body: string
  at: Date
  read: boolean
  areaName: string | null
}

export async function unreadCount(user: SessionUser): Promise<number> {
  const db = await getDb()
  return db.notification.count({ where: { ...visibleNotifications(user), readAt: null } })
}

export async function listInbox(
  user: SessionUser,
  { page = 1, unreadOnly = false }: { page?: number; unreadOnly?: boolean } = {},
): Promise<{ items: InboxItem[]; total: number; unread: number; page: number; pages: number }> {
  const db = await getDb()
  const where = { ...visibleNotifications(user), ...(unreadOnly && { readAt: null }) }
  const [total, unread] = await Promise.all([
    db.notification.count({ where }),
    db.notification.count({ where: { ...visibleNotifications(user), readAt: null } }),
  ])
  const pages = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE))
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pages)
  const rows = await db.notification.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (current - 1) * INBOX_PAGE_SIZE,
    take: INBOX_PAGE_SIZE,
    select: { id: true, kind: true, title: true, body: true, createdAt: true, readAt: true, area: { select: { name: true } } },
  })
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      at: r.createdAt,
      read: r.readAt !== null,
      areaName: r.area?.name ?? null,
    })),
    total,
    unread,
    page: current,
    pages,
  }
}

/** Marks one of the user's notifications read and returns where it points; null if it is not theirs. */
export async function openNotification(user: SessionUser, id: string, now = new Date()): Promise<string | null> {
  const db = await getDb()
  const row = await db.notification.findFirst({
    where: { id, ...visibleNotifications(user) },
    select: { link: true, readAt: true },
  })
  if (!row) return null
  if (!row.readAt) await db.notification.updateMany({ where: { id, userId: user.id, readAt: null }, data: { readAt: now } })
  return row.link
}

/** Marks every unread notification of the user read; returns how many. */
export async function markAllRead(user: SessionUser, now = new Date()): Promise<number> {
  const db = await getDb()
  return (await db.notification.updateMany({ where: { ...visibleNotifications(user), readAt: null }, data: { readAt: now } }))
    .count
}
