/**
 * A real SMTP server for the end-to-end tests: the e2e server (scripts/e2e-server.ts) starts it
 * and gives the portal its address as SMTP_URL, so invitations, notifications and digests leave
 * the portal exactly as they would in production. Each message it accepts is parsed and written
 * as JSON into a folder named for the portal's port, where a spec (in another process) reads it.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type CapturedMail = { to: string[]; from: string; subject: string; text: string; messageId: string; at: string }

export const mailDir = (port: string | number) => path.join(tmpdir(), `oa-e2e-mail-${port}`)

/** Starts the server on a free port; resolves with its smtp:// address. */
export async function startMailSink(port: string | number): Promise<string> {
  const dir = mailDir(port)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  let n = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: CapturedMail = {
            to: session.envelope.rcptTo.map((r) => r.address),
            from: parsed.from?.text ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            messageId: parsed.messageId ?? '',
            at: new Date().toISOString(),
          }
          // Written whole, then renamed, so a reader never sees half a message.
          const file = path.join(dir, `${Date.now()}-${String(++n).padStart(5, '0')}.json`)
          writeFileSync(`${file}.part`, JSON.stringify(mail))
          renameSync(`${file}.part`, file)
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`
}

/** Every message the sink has accepted so far, oldest first. */
export function capturedMail(port: string | number = process.env.E2E_PORT ?? 3210): CapturedMail[] {
  let files: string[]
  try {
    files = readdirSync(mailDir(port)).filter((f) => f.endsWith('.json'))
  } catch {
    return []
  }
  return files.sort().map((f) => JSON.parse(readFileSync(path.join(mailDir(port), f), 'utf8')) as CapturedMail)
}

/** The messages to one address whose subject matches. */
export const mailTo = (address: string, subject: RegExp | string) =>
  capturedMail().filter(
    (m) => m.to.includes(address) && (typeof subject === 'string' ? m.subject.includes(subject) : subject.test(m.subject)),
  )
