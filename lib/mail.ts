/**
 * E-mail, only when SMTP_URL is set. Set-password links for invited users go at once (the link
 * is always shown to the inviter too, so a failed or unconfigured mail never blocks an
 * invitation); notifications and digests are OutboundEmail rows sent by the job queue.
 */
import 'server-only'
import nodemailer from 'nodemailer'
import { getEnv } from '@/lib/env'

export type MailOutcome = 'sent' | 'failed' | 'not configured'

export type PasswordLinkMail = { to: string; name: string; link: string; expires: string; invitedBy: string }

export function passwordLinkText(m: PasswordLinkMail): string {
  return [
    `Hello ${m.name},`,
    '',
    `${m.invitedBy} has given you an account on the Opportunity Areas partnership portal.`,
    'Set your password with this link. It works once, until ' + `${m.expires}:`,
    '',
    m.link,
    '',
    'If you did not expect this, you can ignore it: nothing happens until the link is used.',
  ].join('\n')
}

export async function sendPasswordLink(
  m: PasswordLinkMail,
  config: { smtpUrl?: string | undefined; from?: string | undefined } = { smtpUrl: getEnv().SMTP_URL, from: getEnv().MAIL_FROM },
): Promise<MailOutcome> {
  if (!config.smtpUrl) return 'not configured'
  try {
    const transport = nodemailer.createTransport(config.smtpUrl)
    await transport.sendMail({
      from: config.from ?? 'Opportunity Areas portal <no-reply@localhost>',
      to: m.to,
      subject: 'Set your password for the Opportunity Areas partnership portal',
      text: passwordLinkText(m),
    })
    return 'sent'
  } catch (error) {
    console.error('mail: could not send the set-password link', error)
    return 'failed'
  }
}

// ───────────── notifications and digests (sent by the job queue: lib/jobs/worker.ts) ─────────────

/** The portal's own address for links in e-mail. */
export const siteAddress = () => (getEnv().NEXTAUTH_URL ?? 'http://localhost:3000').replace(/\/$/, '')

export function notificationMailText(n: { name: string; title: string; body: string; link: string }): string {
  return [
    `Hello ${n.name},`,
    '',
    n.title,
    ...(n.body ? ['', n.body] : []),
    '',
    `See it in the portal: ${siteAddress()}${n.link}`,
    '',
    `Choose which e-mails you get, and how often: ${siteAddress()}/account/notifications`,
  ].join('\n')
}

export function digestMailText(d: {
  name: string
  period: string
  items: { title: string; link: string }[]
  /** What needs the user soon (their five-minute briefing); left out when nothing does. */
  needs?: { title: string; link: string }[]
}): string {
  const needs = d.needs ?? []
  const SHOWN = 8
  return [
    `Hello ${d.name},`,
    '',
    ...(needs.length
      ? [
          `What needs you in the next fortnight, soonest first (${siteAddress()}/briefing):`,
          '',
          ...needs.slice(0, SHOWN).flatMap((n) => [`- ${n.title}`, `  ${siteAddress()}${n.link}`]),
          ...(needs.length > SHOWN ? [`- and ${needs.length - SHOWN} more on the briefing page`] : []),
          '',
        ]
      : []),
    `${d.items.length === 1 ? 'One thing' : `${d.items.length} things`} from the partnership portal you have not read yet (${d.period}):`,
    '',
    ...d.items.flatMap((i) => [`- ${i.title}`, `  ${siteAddress()}${i.link}`]),
    '',
    `Choose which e-mails you get, and how often: ${siteAddress()}/account/notifications`,
  ].join('\n')
}

export type OutgoingMail = { id: string; to: string; subject: string; text: string }

/**
 * Hands one message to the SMTP server. Its Message-ID is derived from the row, so a copy sent
 * again after a crash between the server's acceptance and our commit is the same message to a
 * mail client. Timeouts stay well inside the job's 120 s expiry, so no second worker picks the
 * job up while this one still holds it.
 */
export async function deliverBySmtp(mail: OutgoingMail, smtpUrl: string, from = getEnv().MAIL_FROM): Promise<void> {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  })
  try {
    await transport.sendMail({
      from: from ?? 'Opportunity Areas portal <no-reply@localhost>',
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: `<${mail.id}@oa-portal>`,
    })
  } finally {
    transport.close()
  }
}
