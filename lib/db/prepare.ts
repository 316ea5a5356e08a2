/**
 * Brings a database up to date: migrations and the job queue's tables, then (optionally) the real seed data when the
 * database has none yet. Used by `npm start`, `npm run db:migrate` and the test set-up.
 */
import path from 'node:path'
import type { Database } from './open'
import { installQueue } from '@/lib/jobs/queue'
import { migrate, readMigrations, type MigrateResult } from './migrate'

export const MIGRATIONS_DIR = path.join(process.cwd(), 'prisma', 'migrations')

export async function migrateDatabase(db: Database, log: (line: string) => void = () => {}): Promise<MigrateResult> {
  const result = await migrate(db.sql, readMigrations(MIGRATIONS_DIR), log)
  for (const w of result.warnings) log(`Warning: ${w}`)
  // The job queue's own tables live in their own schema, installed and upgraded by pg-boss.
  await installQueue(db.sql)
  return result
}

export async function isSeeded(db: Database): Promise<boolean> {
  return (await db.prisma.area.count()) > 0
}
