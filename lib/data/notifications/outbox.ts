/**
 * Sending what the outbox holds: the job queue's `mail-send` handler calls this with one row id.
 * It is safe to call twice for one row: a row already sent is left alone, so a retried or
 * duplicated job sends nothing twice. Without SMTP_URL nothing leaves the machine: the message
 * is written to the log and stays readable in the development mailbox (/mailbox), never dropped.
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import { getEnv } from '@/lib/env'
import { deliverBySmtp, type OutgoingMail } from '@/lib/mail'

export type Deliver = (mail: OutgoingMail) => Promise<'smtp' | 'log'>

export const deliverConfigured: Deliver = async (mail) => {
  const smtpUrl = getEnv().SMTP_URL
  if (smtpUrl) {
    await deliverBySmtp(mail, smtpUrl)
    return 'smtp'
  }
  console.info(`mail (no SMTP_URL; see /mailbox): to ${mail.to}: ${mail.subject}`)
  return 'log'
}

export async function sendOutboundEmail(
  emailId: string,
  deliver: Deliver = deliverConfigured,
): Promise<'sent' | 'already sent' | 'gone'> {
  const db = await getDb()
  const mail = await db.outboundEmail.findUnique({
    where: { id: emailId },
    select: { id: true, to: true, subject: true, text: true, sentAt: true },
  })
  if (!mail) return 'gone'
  if (mail.sentAt) return 'already sent'
  await db.outboundEmail.update({ where: { id: emailId }, data: { attempts: { increment: 1 } } })
  let via: 'smtp' | 'log'
  try {
    via = await deliver(mail)
  } catch (error) {
    await db.outboundEmail.update({
      where: { id: emailId },
      data: { lastError: String((error as Error).message ?? error).slice(0, 500) },
    })
    throw error // the queue retries it, with backoff
  }
  await db.outboundEmail.update({ where: { id: emailId }, data: { sentAt: new Date(), sentVia: via, lastError: null } })
  return 'sent'
}
