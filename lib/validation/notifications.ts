/** The e-mail preferences form: one choice per kind of notification. Safe in the browser. */
import * as z from 'zod'
import type { MailFrequency, NotificationKind } from '@/lib/generated/prisma/enums'
import { NOTIFICATION_KINDS } from '@/lib/notification-kinds'

const FREQUENCIES = ['IMMEDIATE', 'DAILY', 'WEEKLY', 'NEVER'] as const satisfies readonly MailFrequency[]

const choice = (label: string) =>
  z.enum(FREQUENCIES, { error: `Choose how you get e-mail when ${label.charAt(0).toLowerCase()}${label.slice(1)}` })

export const MailChoicesSchema = z.object(
  Object.fromEntries(Object.entries(NOTIFICATION_KINDS).map(([kind, info]) => [kind, choice(info.label)])) as Record<
    NotificationKind,
    ReturnType<typeof choice>
  >,
)
export type MailChoicesInput = z.output<typeof MailChoicesSchema>
