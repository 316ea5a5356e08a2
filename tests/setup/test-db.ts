import { inject } from 'vitest'
import type { Database } from '@/lib/db/open'
import { openPgliteMemory } from '@/lib/db/pglite'
import { connectPostgres, wrapPglite, type SqlConnection } from '@/lib/db/sql'

export const testDb: { current: Database | undefined } = { current: undefined }

export function db(): Database {
  if (!testDb.current) throw new Error('The integration set-up has not opened the database')
  return testDb.current
}

/** Empties every application table (keeps the migrations bookkeeping). */
export async function resetDatabase() {
  const { sql } = db()
  const tables = await sql.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  )
  if (tables.length) await sql.exec(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`)
}

/** An empty database on the same engine as the test database, dropped by the returned close(). */
export async function emptySibling(suffix = 'schema'): Promise<SqlConnection & { url?: string }> {
  const url = inject('databaseUrl')
  if (!url.startsWith('postgres')) return wrapPglite(await openPgliteMemory())
  const name = `${new URL(url).pathname.slice(1)}_${suffix}`
  const admin = new URL(url)
  admin.pathname = '/postgres'
  const server = await connectPostgres(admin.toString())
  await server.exec(`DROP DATABASE IF EXISTS "${name}"`)
  await server.exec(`CREATE DATABASE "${name}"`)
  const sibling = new URL(url)
  sibling.pathname = `/${name}`
  const conn = await connectPostgres(sibling.toString())
  return {
    ...conn,
    url: sibling.toString(),
    close: async () => {
      await conn.close()
      await server.exec(`DROP DATABASE IF EXISTS "${name}"`)
      await server.close()
    },
  }
}
