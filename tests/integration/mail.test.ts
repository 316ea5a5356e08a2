/** Set-password links go out by e-mail through a real SMTP server when SMTP_URL is set. */
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendPasswordLink } from '@/lib/mail'

const received: { to: string[]; body: string }[] = []
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    let body = ''
    stream.on('data', (chunk: Buffer) => (body += chunk.toString()))
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), body })
      callback()
    })
  },
})
let port = 0

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const mail = {
  to: 'ada@example.org',
  name: 'Ada',
  link: 'http://localhost:3000/set-password/abc',
  expires: '1 December 2026',
  invitedBy: 'Nat Admin',
}

describe('sending a set-password link', () => {
  it('sends it to the invited address when SMTP is configured', async () => {
    const outcome = await sendPasswordLink(mail, { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Portal <portal@example.org>' })
    expect(outcome).toBe('sent')
    expect(received).toHaveLength(1)
    expect(received[0]?.to).toEqual(['ada@example.org'])
    expect(received[0]?.body).toContain('http://localhost:3000/set-password/abc')
    expect(received[0]?.body).toContain('From: Portal <portal@example.org>')
  })

  it('says so, and sends nothing, without SMTP; reports a failure instead of throwing', async () => {
    expect(await sendPasswordLink(mail, { smtpUrl: undefined })).toBe('not configured')
    // Nothing listens on port 1.
    expect(await sendPasswordLink(mail, { smtpUrl: 'smtp://127.0.0.1:1' })).toBe('failed')
    expect(received).toHaveLength(1)
  })
})
