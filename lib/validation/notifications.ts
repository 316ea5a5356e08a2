/** The e-mail preferences form: one choice per kind of notification. Safe in the browser. */
import * as z from 'zod'
import type { MailFrequency } from '@/lib/generated/prisma/enums'
import { KINDS_SENT, NOTIFICATION_KINDS } from '@/lib/notification-kinds'

const FREQUENCIES = ['IMMEDIATE', 'DAILY', 'WEEKLY', 'NEVER'] as const satisfies readonly MailFrequency[]

const choice = (label: string) =>
  z.enum(FREQUENCIES, { error: `Choose how you get e-mail when ${label.charAt(0).toLowerCase()}${label.slice(1)}` })

export const MailChoicesSchema = z.object(
  Object.fromEntries(KINDS_SENT.map((kind) => [kind, choice(NOTIFICATION_KINDS[kind].label)])) as Record<
    (typeof KINDS_SENT)[number],
    ReturnType<typeof choice>
  >,
)
export type MailChoicesInput = z.output<typeof MailChoicesSchema>
