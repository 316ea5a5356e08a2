/**
 * Opening the embedded database. PGlite is a single-process database: two processes that open
 * the same directory get no error and silently lose writes, so the directory is guarded by a
 * lock file and the second opener fails with a clear message.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import lockfile from 'proper-lockfile'

export class DatabaseInUseError extends Error {
  override name = 'DatabaseInUseError'
}

export type OpenPglite = { db: PGlite; close: () => Promise<void> }

/** `retries`: how many times to retry a held lock (about 1.5 s each) before giving up. */
export async function openPgliteDir(dataDir: string, { retries = 6 }: { retries?: number } = {}): Promise<OpenPglite> {
  const dir = path.resolve(dataDir)
  // PGlite does not create parent directories itself.
  mkdirSync(dir, { recursive: true })
  let release: () => Promise<void>
  try {
    release = await lockfile.lock(dir, {
      lockfilePath: `${dir}.lock`,
      // A crashed holder stops refreshing the lock; it is taken over once 10 s stale.
      stale: 10_000,
      update: 2_000,
      retries: { retries, minTimeout: 500, maxTimeout: 2_000 },
      onCompromised: (err) => console.error(`Embedded database lock was lost: ${err.message}`),
    })
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new DatabaseInUseError(
        `The embedded database in ${dataDir} is already open in another process (lock: ${dir}.lock). ` +
          'Stop the other portal, test run or script first, or set DATABASE_URL to use a separate database.',
      )
    }
    throw err
  }
  let db: PGlite
  try {
    db = await PGlite.create({ dataDir: dir })
  } catch (err) {
    await release()
    throw err
  }
  let closed = false
  return {
    db,
    close: async () => {
      if (closed) return
      closed = true
      // pglite-prisma-adapter's dispose() does not close PGlite; this does, then frees the lock.
      await db.close()
      await release()
    },
  }
}

export async function openPgliteMemory(): Promise<OpenPglite> {
  const db = await PGlite.create()
  return { db, close: () => db.close() }
}
