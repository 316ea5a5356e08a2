/**
 * What goes in a digest, and which period it is for: pure rules, unit-tested, used by the job
 * that builds digests (lib/data/notifications/digests.ts).
 *
 * A digest for a frequency holds a user's notifications of the kinds they get at that
 * frequency that are still unread and not yet e-mailed. Nothing left → no digest at all.
 * The period is named by its London date (daily) or the London date of its Monday (weekly),
 * so two workers building the same digest agree on its key and only one is kept.
 */
import type { MailFrequency, NotificationKind } from '@/lib/generated/prisma/enums'
import { NOTIFICATION_KINDS } from '@/lib/notification-kinds'

export type DigestFrequency = Extract<MailFrequency, 'DAILY' | 'WEEKLY'>

export type Pending = { id: string; kind: NotificationKind; readAt: Date | null; mailedAt: Date | null }

export function frequencyOf(kind: NotificationKind, chosen: Partial<Record<NotificationKind, MailFrequency>>): MailFrequency {
  return chosen[kind] ?? NOTIFICATION_KINDS[kind].defaultFrequency
}

export function digestItems<T extends Pending>(
  frequency: DigestFrequency,
  notifications: readonly T[],
  chosen: Partial<Record<NotificationKind, MailFrequency>>,
): T[] {
  return notifications.filter((n) => n.readAt === null && n.mailedAt === null && frequencyOf(n.kind, chosen) === frequency)
}

const londonDate = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at)

/** 2026-12-03 for a daily digest; the Monday of that week for a weekly one. */
export function digestPeriod(frequency: DigestFrequency, at: Date): string {
  const day = londonDate(at)
  if (frequency === 'DAILY') return day
  const d = new Date(`${day}T12:00:00Z`)
  const sinceMonday = (d.getUTCDay() + 6) % 7
  return londonDate(new Date(d.getTime() - sinceMonday * 86_400_000))
}

export const digestKey = (frequency: DigestFrequency, userId: string, at: Date) =>
  `digest:${frequency.toLowerCase()}:${userId}:${digestPeriod(frequency, at)}`
