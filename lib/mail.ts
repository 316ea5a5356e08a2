/**
 * E-mail, only when SMTP_URL is set: set-password links for invited users. The link is always
 * shown to the inviter too, so a failed or unconfigured mail never blocks an invitation.
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
