/**
 * The application's database handle: opened on first use (so `next build` never opens the
 * database), shared across hot reloads, and closed cleanly on SIGTERM/SIGINT.
 * Only lib/data/* imports this.
 */
import 'server-only'
import type { PrismaClient } from '@/lib/generated/prisma/client'
import { getEnv } from '@/lib/env'
import { openDatabase, type Database } from './open'

const globalForDb = globalThis as unknown as { oaDatabase?: Promise<Database> }

function database(): Promise<Database> {
  globalForDb.oaDatabase ??= openDatabase(getEnv().database).catch((err: unknown) => {
    globalForDb.oaDatabase = undefined // let the next request try again
    throw err
  })
  return globalForDb.oaDatabase
}

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
