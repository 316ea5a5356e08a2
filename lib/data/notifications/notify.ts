/**
 * Telling people something happened: called by a data function inside the transaction of the
 * change it reports, so a notification (and its e-mail job) exists exactly when the change
 * commits. Each recipient gets one inbox row; those who want this kind of e-mail at once also
 * get an OutboundEmail row and a send job in the same transaction; everyone else's waits for
 * their digest (lib/digest-rules.ts). The person who made the change is never told of it, and
 * nobody outside the change's area is (whatever list the caller built).
 */
import 'server-only'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { NotificationKind, Role } from '@/lib/generated/prisma/enums'
import { frequencyOf } from '@/lib/digest-rules'
import { enqueue, QUEUES } from '@/lib/jobs/queue'
import { notificationMailText } from '@/lib/mail'

type Tx = Prisma.TransactionClient

export type NotifyInput = {
  kind: NotificationKind
  areaId: string | null
  userIds: readonly string[]
  /** Who made the change: left out of the recipients. */
  actorId?: string | null
  title: string
  body?: string
  /** A path inside the portal, starting with '/'. */
  link: string
}

/** Signed-in people of an area with one of these roles (not disabled): who an event concerns. */
export async function areaUserIds(tx: Tx, areaId: string, roles: readonly Role[]): Promise<string[]> {
  const rows = await tx.user.findMany({
    where: { disabled: false, role: { in: [...roles] }, areaScopes: { some: { areaId } } },
    select: { id: true },
  })
  return rows.map((r) => r.id)
}

/** Creates the notifications and, for those who asked for it, the e-mail and its send job. Returns how many were told. */
export async function notify(tx: Tx, input: NotifyInput, now = new Date()): Promise<number> {
  if (!input.link.startsWith('/') || input.link.startsWith('//'))
    throw new Error(`notification link must be a portal path: ${input.link}`)
  const ids = [...new Set(input.userIds)].filter((id) => id !== input.actorId)
  if (ids.length === 0) return 0
  const [users, chosen] = await Promise.all([
    // Only people still in the area (or national admins): someone who has moved on is not sent
    // the area's board business, whoever the caller gathered.
    tx.user.findMany({
      where: {
        id: { in: ids },
        disabled: false,
        ...(input.areaId ? { OR: [{ role: 'ADMIN' as const }, { areaScopes: { some: { areaId: input.areaId } } }] } : {}),
      },
      select: { id: true, email: true, name: true },
    }),
    tx.mailPreference.findMany({ where: { userId: { in: ids }, kind: input.kind }, select: { userId: true, frequency: true } }),
  ])
  const choice = new Map(chosen.map((c) => [c.userId, c.frequency]))
  const atOnce = new Set(
    users.filter((u) => frequencyOf(input.kind, { [input.kind]: choice.get(u.id) }) === 'IMMEDIATE').map((u) => u.id),
  )
  const rows = await tx.notification.createManyAndReturn({
    data: users.map((u) => ({
      userId: u.id,
      areaId: input.areaId,
      kind: input.kind,
      title: input.title,
      body: input.body ?? '',
      link: input.link,
      createdAt: now,
      // Mailed at once, so no digest repeats it.
      mailedAt: atOnce.has(u.id) ? now : null,
    })),
    select: { id: true, userId: true },
  })
  const notificationOf = new Map(rows.map((r) => [r.userId, r.id]))
  const mails = await tx.outboundEmail.createManyAndReturn({
    data: users
      .filter((u) => atOnce.has(u.id))
      .map((u) => ({
        userId: u.id,
        to: u.email,
        subject: input.title,
        // The link opens the notification, so reading it from the e-mail marks it read.
        text: notificationMailText({
          name: u.name,
          title: input.title,
          body: input.body ?? '',
          link: `/notifications/${notificationOf.get(u.id)}`,
        }),
        createdAt: now,
      })),
    select: { id: true },
  })
  for (const m of mails) await enqueue(tx, QUEUES.mailSend.name, { emailId: m.id })
  return users.length
}
