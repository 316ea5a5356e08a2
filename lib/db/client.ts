/**
 * The application's database handle: opened on first use, shared across hot reloads, and
 * closed cleanly on SIGTERM/SIGINT. Only lib/data/* imports this.
 *
 * `next build` never opens the real database (an embedded one may be open in one process
 * only, and a build machine may have none). Its workers render the public pages against an
 * empty in-memory database instead, and nothing they render is kept or served: the page cache
 * stores nothing during the build (lib/cache/next-cache-handler.mjs, ADR 004), so every public
 * page is rendered from the real database on its first request.
 */
import 'server-only'
import type { PrismaClient } from '@/lib/generated/prisma/client'
import { getEnv } from '@/lib/env'
import { openDatabase, type Database } from './open'
import { migrateDatabase } from './prepare'

const isBuild = () => process.env.NEXT_PHASE === 'phase-production-build'

async function openBuildDatabase(): Promise<Database> {
  const db = await openDatabase({ kind: 'pglite-memory' })
  await migrateDatabase(db)
  return db
}

const globalForDb = globalThis as unknown as { oaDatabase?: Promise<Database> }

function database(): Promise<Database> {
  globalForDb.oaDatabase ??= (isBuild() ? openBuildDatabase() : openDatabase(getEnv().database)).catch((err: unknown) => {
    globalForDb.oaDatabase = undefined // let the next request try again
    throw err
  })
  return globalForDb.oaDatabase
}

/** The whole handle (Prisma plus the plain SQL connection): for the job queue's worker. */
export const getDatabase = (): Promise<Database> => database()

export async function getDb(): Promise<PrismaClient> {
  return (await database()).prisma
}

/** Tests hand the app an already-open database (the one seam they replace). */
export function setDatabase(db: Database | undefined): void {
  globalForDb.oaDatabase = db ? Promise.resolve(db) : undefined
}

export async function closeDb(): Promise<void> {
  const pending = globalForDb.oaDatabase
  globalForDb.oaDatabase = undefined
  if (pending) await (await pending).close()
}
