import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { MigrationError, migrate, readMigrations, resolveRolledBack, status } from '@/lib/db/migrate'
import { MIGRATIONS_DIR } from '@/lib/db/prepare'
import { db } from '../../setup/test-db'

type Row = {
  migration_name: string
  checksum: string
  finished_at: Date | null
  rolled_back_at: Date | null
  logs: string | null
  applied_steps_count: number
}

const rows = () =>
  db().sql.query<Row>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at, logs, applied_steps_count FROM "_prisma_migrations" ORDER BY started_at`,
  )

describe('the migration runner', () => {
  it("keeps Prisma's bookkeeping: one finished row per migration with the file's SHA-256", async () => {
    const local = readMigrations(MIGRATIONS_DIR)
    const applied = await rows()
    expect(applied.map((r) => r.migration_name)).toEqual(local.map((m) => m.name))
    for (const [i, r] of applied.entries()) {
      const file = readFileSync(path.join(MIGRATIONS_DIR, r.migration_name, 'migration.sql'))
      expect(r.checksum).toBe(createHash('sha256').update(file).digest('hex'))
      expect(r.checksum).toBe(local[i]?.checksum)
      expect(r.finished_at).toBeInstanceOf(Date)
      expect(r.rolled_back_at).toBeNull()
      expect(r.applied_steps_count).toBe(1)
    }
  })

  it('does nothing when every migration is applied', async () => {
    const before = await rows()
    const result = await migrate(db().sql, readMigrations(MIGRATIONS_DIR))
    expect(result.applied).toEqual([])
    expect(await rows()).toEqual(before)
  })

  it('rolls a failing migration back, records the failure and refuses later runs until resolved', async () => {
    const good = readMigrations(MIGRATIONS_DIR)
    const bad = {
      name: '29990101000000_broken',
      sql: 'CREATE TABLE "ShouldNotExist" (id int);\nSELECT * FROM "NoSuchTable";',
      checksum: 'x'.repeat(64),
    }
    await expect(migrate(db().sql, [...good, bad])).rejects.toThrow(MigrationError)

    // Nothing of it is left behind.
    const tables = await db().sql.query(`SELECT 1 FROM pg_tables WHERE tablename = 'ShouldNotExist'`)
    expect(tables).toEqual([])
    const failed = (await rows()).find((r) => r.migration_name === bad.name)
    expect(failed).toMatchObject({ finished_at: null, rolled_back_at: null })
    expect(failed?.logs).toMatch(/NoSuchTable/)
    expect((await status(db().sql, [...good, bad])).at(-1)).toEqual({ name: bad.name, state: 'failed' })

    // Later runs refuse, naming the migration and the way out.
    await expect(migrate(db().sql, good)).rejects.toThrow(
      /29990101000000_broken failed earlier[\s\S]*--resolve-rolled-back 29990101000000_broken/,
    )

    // Resolved and fixed, it applies.
    expect(await resolveRolledBack(db().sql, bad.name)).toBe(true)
    const fixed = { ...bad, sql: 'CREATE TABLE "ShouldNotExist" (id int);', checksum: 'y'.repeat(64) }
    const result = await migrate(db().sql, [...good, fixed])
    expect(result.applied).toEqual([bad.name])
    expect((await status(db().sql, [...good, fixed])).at(-1)).toEqual({ name: bad.name, state: 'applied' })
    await db().sql.exec(`DROP TABLE "ShouldNotExist"; DELETE FROM "_prisma_migrations" WHERE migration_name = '${bad.name}'`)
  })

  it('warns when an applied migration was edited afterwards', async () => {
    const local = readMigrations(MIGRATIONS_DIR).map((m) => ({ ...m, checksum: '0'.repeat(64) }))
    const result = await migrate(db().sql, local)
    expect(result.warnings.some((w) => /edited after it was applied/.test(w))).toBe(true)
  })
})
