/**
 * kill -9 of the worker mid-send loses nothing and sends nothing twice: a real worker process
 * (npm run worker) sends to a real SMTP server that holds each message before accepting it;
 * the worker is killed while one is held, then started again.
 *
 * PostgreSQL only: an embedded PGlite database is open in one process, so its worker runs
 * inside the portal and a crash of one is a crash of the other.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { notify } from '@/lib/data/notifications/notify'
import { enqueue, QUEUES } from '@/lib/jobs/queue'
import { createArea, createUser } from '@/tests/factories'
import { db } from '../../setup/test-db'

const url = inject('databaseUrl')
const onPostgres = url.startsWith('postgres')

const accepted: string[] = []
const held = new Set<string>()
const closed = new Set<string>()
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onClose: (session) => closed.add(session.id),
  onData(stream, session, callback) {
    let body = ''
    stream.on('data', (chunk: Buffer) => (body += chunk.toString()))
    stream.on('end', () => {
      const id = /^Message-ID: (.*)$/im.exec(body)?.[1]?.trim() ?? ''
      held.add(id)
      // Held for a moment before the answer; a message whose sender died meanwhile was never accepted.
      setTimeout(() => {
        held.delete(id)
        if (closed.has(session.id)) return callback(new Error('sender gone'))
        accepted.push(id)
        callback()
      }, 400)
    })
  },
})
let smtpUrl = ''

const root = path.resolve(import.meta.dirname, '../../..')
function startWorker(): ChildProcess {
  // One process (node with tsx's loader, not the tsx wrapper), so SIGKILL reaches the worker itself.
  return spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/worker.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, SMTP_URL: smtpUrl, OA_QUEUE_MAINTENANCE_SECONDS: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
}

async function until(what: string, ok: () => boolean | Promise<boolean>, seconds = 60) {
  const deadline = Date.now() + seconds * 1000
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())))

describe.skipIf(!onPostgres)('a worker killed mid-send', () => {
  it('sends every message exactly once after a restart', { timeout: 180_000 }, async () => {
    const { prisma, sql } = db()
    // Jobs of a dead worker come back after their expiry: seconds here rather than minutes.
    const [queue] = await sql.query<{ expire_seconds: number; retry_delay: number; retry_backoff: boolean }>(
      `SELECT expire_seconds, retry_delay, retry_backoff FROM pgboss.queue WHERE name = 'mail-send'`,
    )
    await sql.query(`UPDATE pgboss.queue SET expire_seconds = 3, retry_delay = 1, retry_backoff = false WHERE name = 'mail-send'`)
    const workers: ChildProcess[] = []
    try {
      // A backlog ahead of them (jobs whose rows are gone, as after a test reset or a purge): the
      // worker must move through it at once, not one job per polling interval (90 s at least).
      await prisma.$transaction(async (tx) => {
        for (let i = 0; i < 90; i++) await enqueue(tx, QUEUES.mailSend.name, { emailId: `gone-${i}` })
      })
      const area = await createArea(prisma, { slug: 'crash-test' })
      const users = await Promise.all(
        Array.from({ length: 6 }, () => createUser(prisma, { role: 'PARTNER', areaIds: [area.id] })),
      )
      await prisma.$transaction((tx) =>
        notify(tx, {
          kind: 'VOTE_OPENED',
          areaId: area.id,
          userIds: users.map((u) => u.id),
          title: 'A vote is open',
          link: '/dashboard',
        }),
      )
      const ids = (await prisma.outboundEmail.findMany({ select: { id: true } })).map((m) => `<${m.id}@oa-portal>`)
      expect(ids).toHaveLength(6)

      const first = startWorker()
      workers.push(first)
      await until('two messages are accepted and a third is held', () => accepted.length >= 2 && held.size > 0)
      first.kill('SIGKILL')
      await new Promise((r) => first.once('exit', r))
      const beforeRestart = accepted.length
      expect(beforeRestart).toBeLessThan(6)

      workers.push(startWorker())
      const unsent = async () =>
        (await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "OutboundEmail" WHERE "sentAt" IS NULL`))[0]!.n
      await until('every message is accepted', async () => (await unsent()) === 0, 120)

      expect([...accepted].sort()).toEqual([...ids].sort()) // each once: none lost, none twice
      const rows = await sql.query<{ attempts: number }>(`SELECT attempts FROM "OutboundEmail"`)
      // The message held at the kill was tried again.
      expect(rows.some((r) => r.attempts >= 2)).toBe(true)
    } finally {
      // A process ended by a signal has signalCode set and exitCode null.
      const running = workers.filter((w) => w.exitCode === null && w.signalCode === null)
      for (const w of running) w.kill('SIGTERM')
      await Promise.all(running.map((w) => new Promise((r) => w.once('exit', r))))
      if (queue) {
        await sql.query(
          `UPDATE pgboss.queue SET expire_seconds = $1, retry_delay = $2, retry_backoff = $3 WHERE name = 'mail-send'`,
          [queue.expire_seconds, queue.retry_delay, queue.retry_backoff],
        )
      }
    }
  })
})
