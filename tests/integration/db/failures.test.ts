import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { migrate, readMigrations } from '@/lib/db/migrate'
import { DatabaseInUseError, openPgliteDir } from '@/lib/db/pglite'
import { connectPostgres } from '@/lib/db/sql'
import { MIGRATIONS_DIR } from '@/lib/db/prepare'
import { emptySibling } from '../../setup/test-db'

const run = promisify(execFile)
const tmp = mkdtempSync(path.join(tmpdir(), 'oa-failures-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** Runs a project script the way a user does and returns its exit code and output. */
async function script(name: string, env: Record<string, string>) {
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx')
  try {
    const r = await run(tsx, [`scripts/${name}`], { env: { ...process.env, ...env }, timeout: 60_000 })
    return { code: 0, stdout: r.stdout, stderr: r.stderr }
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

describe('failures give one clear message and lose nothing', () => {
  it('a second opener of the same embedded database is refused, and the first keeps working', async () => {
    const dir = path.join(tmp, 'locked', 'pglite')
    const first = await openPgliteDir(dir)
    try {
      await first.db.exec('CREATE TABLE kept (n int); INSERT INTO kept VALUES (1)')
      await expect(openPgliteDir(dir, { retries: 0 })).rejects.toThrow(DatabaseInUseError)
      await expect(openPgliteDir(dir, { retries: 0 })).rejects.toThrow(/already open in another process/)
      expect((await first.db.query('SELECT n FROM kept')).rows).toEqual([{ n: 1 }])
    } finally {
      await first.close()
    }
    // Closed cleanly, the directory opens again with its data.
    const again = await openPgliteDir(dir, { retries: 0 })
    expect((await again.db.query('SELECT n FROM kept')).rows).toEqual([{ n: 1 }])
    await again.close()
  })

  it('a malformed DATABASE_URL stops a script with one line saying what is expected', async () => {
    const r = await script('db-migrate.ts', { DATABASE_URL: 'mysql://root@localhost/oa' })
    expect(r.code).toBe(1)
    expect(r.stderr.trim()).toMatch(/^Error: DATABASE_URL must be a PostgreSQL URL/)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('an unreachable PostgreSQL stops a script with one line naming the server', async () => {
    const r = await script('db-migrate.ts', { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/oa' })
    expect(r.code).toBe(1)
    expect(r.stderr.trim()).toBe('Error: Cannot reach PostgreSQL at 127.0.0.1:1/oa: connection refused. Is the server running?')
  })

  it.runIf(process.env.DATABASE_URL?.startsWith('postgres'))(
    'concurrent runners on one PostgreSQL apply each migration exactly once (advisory lock)',
    async () => {
      const target = await emptySibling('concurrent')
      const other = await connectPostgres(target.url ?? '')
      try {
        const migrations = readMigrations(MIGRATIONS_DIR)
        const results = await Promise.all([migrate(target, migrations), migrate(other, migrations)])
        expect(results.map((r) => r.applied.length).sort()).toEqual([0, migrations.length])
        const rows = await target.query<{ n: string }>(`SELECT count(*) AS n FROM "_prisma_migrations"`)
        expect(Number(rows[0]?.n)).toBe(migrations.length)
      } finally {
        await other.close()
        await target.close()
      }
    },
  )
})
