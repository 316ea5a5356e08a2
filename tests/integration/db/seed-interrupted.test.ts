/**
 * A first start killed while seeding: the seed is one transaction, so a kill -9 while it is
 * writing the development accounts leaves an empty database (seeded again on the next start),
 * never 12 areas and no way to sign in (as it once did).
 */
import { spawn } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { migrate, readMigrations } from '@/lib/db/migrate'
import { MIGRATIONS_DIR } from '@/lib/db/prepare'
import { emptySibling } from '../../setup/test-db'

const seedProcess = (url: string) =>
  // Node itself runs the script (tsx as a loader), so the kill reaches the process that writes.
  spawn(process.execPath, ['--import', 'tsx', 'scripts/db-seed.ts'], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: 'ignore',
  })

const counts = async (db: Awaited<ReturnType<typeof emptySibling>>) => {
  const [row] = await db.query<{ areas: string; users: string }>(
    `SELECT (SELECT count(*) FROM "Area") AS areas, (SELECT count(*) FROM "User") AS users`,
  )
  return { areas: Number(row?.areas), users: Number(row?.users) }
}

describe('an interrupted seed', () => {
  it.runIf(process.env.DATABASE_URL?.startsWith('postgres'))(
    'killed while writing the accounts leaves nothing behind; the next run seeds everything',
    { timeout: 180_000 },
    async () => {
      const db = await emptySibling('killed_seed')
      try {
        await migrate(db, readMigrations(MIGRATIONS_DIR))
        const child = seedProcess(db.url as string)
        const exited = new Promise((resolve) => child.on('exit', resolve))
        // The seed is writing users once its connection holds a write lock on "User".
        let writingUsers = false
        for (const deadline = Date.now() + 120_000; !writingUsers && Date.now() < deadline; await sleep(10)) {
          const locks = await db.query(
            `SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
              WHERE c.relname = 'User' AND l.mode = 'RowExclusiveLock' AND l.pid <> pg_backend_pid() LIMIT 1`,
          )
          writingUsers = locks.length > 0
        }
        expect(writingUsers).toBe(true)
        child.kill('SIGKILL')
        await exited
        await sleep(500) // the server rolls the dead connection's transaction back
        expect(await counts(db)).toEqual({ areas: 0, users: 0 })

        const again = seedProcess(db.url as string)
        expect(await new Promise((resolve) => again.on('exit', resolve))).toBe(0)
        expect(await counts(db)).toEqual({ areas: 12, users: 37 })
      } finally {
        await db.close()
      }
    },
  )
})
