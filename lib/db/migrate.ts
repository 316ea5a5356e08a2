/**
 * Applies prisma/migrations/<name>/migration.sql in order, keeping Prisma's own bookkeeping
 * table `_prisma_migrations` exactly as `prisma migrate deploy` does (same columns, SHA-256
 * checksums of the file, started/finished times, logs of failures, the same advisory lock), so
 * `prisma migrate deploy` / `migrate status` accept a database migrated here and vice versa.
 *
 * Differences from Prisma, on purpose: each migration runs inside a transaction, so a failure
 * leaves nothing half-applied; the failure is still recorded (finished_at NULL, logs set) and,
 * like Prisma (P3009), later runs refuse until it is resolved with `--resolve-rolled-back`.
 * See docs/decisions/001-migrations-without-the-prisma-engine.md.
 */
import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { SqlConnection } from './sql'

/** Prisma's advisory lock key for migrations (schema-engine sql-migration-connector). */
export const PRISMA_ADVISORY_LOCK = 72707369

export const MIGRATIONS_TABLE_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`

export type LocalMigration = { name: string; sql: string; checksum: string }

export class MigrationError extends Error {
  override name = 'MigrationError'
}

export const checksum = (script: string) => createHash('sha256').update(script, 'utf8').digest('hex')

export function readMigrations(dir: string): LocalMigration[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8')
      return { name, sql, checksum: checksum(sql) }
    })
}

type Row = {
  id: string
  migration_name: string
  checksum: string
  finished_at: Date | null
  rolled_back_at: Date | null
  logs: string | null
}

export type MigrateResult = { applied: string[]; alreadyApplied: number; warnings: string[] }

async function withLock<T>(sql: SqlConnection, fn: () => Promise<T>): Promise<T> {
  await sql.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK})`)
  try {
    return await fn()
  } finally {
    await sql.query(`SELECT pg_advisory_unlock(${PRISMA_ADVISORY_LOCK})`)
  }
}

async function appliedRows(sql: SqlConnection): Promise<Row[]> {
  await sql.exec(MIGRATIONS_TABLE_DDL)
  return sql.query<Row>(
    `SELECT id, migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
  )
}

export async function migrate(
  sql: SqlConnection,
  migrations: LocalMigration[],
  log: (line: string) => void = () => {},
): Promise<MigrateResult> {
  return withLock(sql, async () => {
    const rows = await appliedRows(sql)
    const failed = rows.find((r) => r.finished_at === null && r.rolled_back_at === null)
    if (failed) {
      throw new MigrationError(
        `Migration ${failed.migration_name} failed earlier and was rolled back; nothing further is applied until it is resolved.\n` +
          `Error recorded: ${(failed.logs ?? '').split('\n')[0]}\n` +
          `Fix the migration (or the database), then run: npm run db:migrate -- --resolve-rolled-back ${failed.migration_name}`,
      )
    }
    const done = new Map(
      rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null).map((r) => [r.migration_name, r]),
    )
    const warnings: string[] = []
    for (const [name, row] of done) {
      const local = migrations.find((m) => m.name === name)
      if (!local) warnings.push(`Migration ${name} is applied to the database but missing from prisma/migrations.`)
      else if (local.checksum !== row.checksum)
        warnings.push(`Migration ${name} was edited after it was applied (checksum differs).`)
    }
    const applied: string[] = []
    for (const m of migrations) {
      if (done.has(m.name)) continue
      const id = randomUUID()
      await sql.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
        [id, m.checksum, m.name],
      )
      try {
        await sql.exec(`BEGIN;\n${m.sql}\n;COMMIT;`)
      } catch (err) {
        await sql.exec('ROLLBACK').catch(() => {})
        const message = err instanceof Error ? err.message : String(err)
        await sql.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [
          id,
          `${message}\n\nMigration ${m.name} failed; its transaction was rolled back.`,
        ])
        throw new MigrationError(`Migration ${m.name} failed and was rolled back: ${message}`)
      }
      await sql.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id])
      applied.push(m.name)
      log(`Applied migration ${m.name}`)
    }
    return { applied, alreadyApplied: done.size, warnings }
  })
}

/** Same meaning as `prisma migrate resolve --rolled-back <name>`. */
export async function resolveRolledBack(sql: SqlConnection, name: string): Promise<boolean> {
  return withLock(sql, async () => {
    await appliedRows(sql)
    const rows = await sql.query<{ id: string }>(
      `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = $1 AND finished_at IS NULL AND rolled_back_at IS NULL RETURNING id`,
      [name],
    )
    return rows.length > 0
  })
}

export type MigrationStatus = { name: string; state: 'applied' | 'pending' | 'failed' | 'rolled back' }[]

export async function status(sql: SqlConnection, migrations: LocalMigration[]): Promise<MigrationStatus> {
  const rows = await appliedRows(sql)
  return migrations.map((m) => {
    const mine = rows.filter((r) => r.migration_name === m.name)
    if (mine.some((r) => r.finished_at && !r.rolled_back_at)) return { name: m.name, state: 'applied' as const }
    if (mine.some((r) => !r.finished_at && !r.rolled_back_at)) return { name: m.name, state: 'failed' as const }
    if (mine.length > 0) return { name: m.name, state: 'rolled back' as const }
    return { name: m.name, state: 'pending' as const }
  })
}
