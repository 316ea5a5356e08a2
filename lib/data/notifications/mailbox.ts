/**
 * The development mailbox: without SMTP_URL no e-mail leaves the machine, so a national admin
 * reads here what would have been sent (also written to the log). With SMTP_URL set the page
 * is not offered: real mail has gone to real people.
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import { getEnv } from '@/lib/env'
import { AppError } from '@/lib/errors'
import type { SessionUser } from '@/lib/data/accounts/auth'

export const mailboxOffered = (user: SessionUser) => user.role === 'ADMIN' && !getEnv().SMTP_URL

export type MailboxRow = { id: string; to: string; subject: string; text: string; createdAt: Date; sentAt: Date | null }

export async function listMailbox(user: SessionUser, limit = 100): Promise<MailboxRow[]> {
  if (!mailboxOffered(user)) throw new AppError('NOT_FOUND', { message: `mailbox refused to ${user.id}` })
  const db = await getDb()
  return db.outboundEmail.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: Math.min(limit, 500),
    select: { id: true, to: true, subject: true, text: true, createdAt: true, sentAt: true },
  })
}
