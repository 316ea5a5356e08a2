/** A user's choice of e-mail per kind of notification; the defaults are in lib/notification-kinds.ts. */
import 'server-only'
import { getDb } from '@/lib/db/client'
import type { MailFrequency, NotificationKind } from '@/lib/generated/prisma/enums'
import { frequencyOf } from '@/lib/digest-rules'
import { NOTIFICATION_KINDS } from '@/lib/notification-kinds'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { recordAudit, actorOf } from '@/lib/data/audit'

export type MailChoices = Record<NotificationKind, MailFrequency>

export async function getMailChoices(user: SessionUser): Promise<MailChoices> {
  const db = await getDb()
  const rows = await db.mailPreference.findMany({ where: { userId: user.id }, select: { kind: true, frequency: true } })
  const chosen = Object.fromEntries(rows.map((r) => [r.kind, r.frequency]))
  const kinds = Object.keys(NOTIFICATION_KINDS) as NotificationKind[]
  return Object.fromEntries(kinds.map((k) => [k, frequencyOf(k, chosen)])) as MailChoices
}

/** Saves the choices the form sent (every kind offered); returns how many changed. */
export async function saveMailChoices(user: SessionUser, choices: Partial<MailChoices>): Promise<number> {
  const db = await getDb()
  const before = await getMailChoices(user)
  const changed = (Object.keys(choices) as NotificationKind[]).filter((k) => choices[k] && choices[k] !== before[k])
  if (changed.length === 0) return 0
  await db.$transaction(async (tx) => {
    for (const kind of changed) {
      await tx.mailPreference.upsert({
        where: { userId_kind: { userId: user.id, kind } },
        create: { userId: user.id, kind, frequency: choices[kind] as MailFrequency },
        update: { frequency: choices[kind] as MailFrequency },
      })
    }
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'changed e-mail preferences',
      entityType: 'USER',
      entityId: user.id,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, choices[k]])),
    })
  })
  return changed.length
}
