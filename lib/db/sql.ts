/**
 * A plain SQL connection for the things Prisma Client does not do: applying migrations,
 * resetting test data, reading the catalogue for the drift test. Same interface on PGlite
 * and on PostgreSQL.
 */
import pg from 'pg'
import type { DatabaseConfig } from '@/lib/env'
import { openPgliteDir, openPgliteMemory, type OpenPglite } from './pglite'

export interface SqlConnection {
  readonly kind: 'pglite' | 'postgres'
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>
  /** Runs a script of several statements (no parameters); resolves to the last statement's rows. */
  exec<T = Record<string, unknown>>(sql: string): Promise<T[]>
  close(): Promise<void>
}

export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError'
}

export function describeConnectionError(url: string, err: unknown): string {
  const e = err as NodeJS.ErrnoException & { code?: string }
  let where = 'the PostgreSQL server'
  try {
    const u = new URL(url)
    where = `PostgreSQL at ${u.hostname}:${u.port || '5432'}${u.pathname}`
  } catch {
    /* keep the generic wording */
  }
  if (e.code === 'ECONNREFUSED') return `Cannot reach ${where}: connection refused. Is the server running?`
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') return `Cannot reach ${where}: the host name does not resolve.`
  if (e.code === 'ETIMEDOUT') return `Cannot reach ${where}: the connection timed out.`
  if (e.code === '3D000') return `Cannot use ${where}: the database does not exist. Create it first (createdb).`
  if (e.code === '28P01' || e.code === '28000')
    return `Cannot sign in to ${where}: check the user name and password in DATABASE_URL.`
  return `Cannot connect to ${where}: ${e.message ?? String(err)}`
}

export async function connectPostgres(url: string): Promise<SqlConnection> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  try {
    await client.connect()
  } catch (err) {
    throw new DatabaseUnreachableError(describeConnectionError(url, err))
  }
  return {
    kind: 'postgres',
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    exec: async <T>(sql: string) => {
      // pg answers a script with one result per statement, a single statement with one result.
      const result = (await client.query(sql)) as unknown as pg.QueryResult | pg.QueryResult[]
      return ((Array.isArray(result) ? result.at(-1) : result)?.rows ?? []) as T[]
    },
    close: () => client.end(),
  }
}

export function wrapPglite(open: OpenPglite, ownsDb = true): SqlConnection {
  return {
    kind: 'pglite',
    query: async <T>(sql: string, params?: unknown[]) => (await open.db.query<T>(sql, params)).rows,
    exec: async <T>(sql: string) => ((await open.db.exec(sql)).at(-1)?.rows ?? []) as T[],
    close: () => (ownsDb ? open.close() : Promise.resolve()),
  }
}

export async function connectSql(config: DatabaseConfig): Promise<SqlConnection> {
  switch (config.kind) {
    case 'postgres':
      return connectPostgres(config.url)
    case 'pglite':
      return wrapPglite(await openPgliteDir(config.dataDir))
    case 'pglite-memory':
      return wrapPglite(await openPgliteMemory())
  }
}
