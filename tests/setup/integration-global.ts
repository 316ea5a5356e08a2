/**
 * Integration tests run against a real database: PGlite in memory by default, or a fresh
 * PostgreSQL database (created here, dropped afterwards) when DATABASE_URL is a postgres URL.
 */
import type { TestProject } from 'vitest/node'
import pg from 'pg'
import { parseDatabaseUrl } from '@/lib/env'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

export function serverUrl(url: string, database: string) {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.toString()
}

export default async function setup(project: TestProject) {
  const config = parseDatabaseUrl(process.env.DATABASE_URL)
  if (config.kind !== 'postgres') {
    project.provide('databaseUrl', 'pglite:memory')
    return
  }
  const name = `oa_test_${process.pid}_${Date.now()}`
  const admin = new pg.Client({ connectionString: serverUrl(config.url, 'postgres') })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  project.provide('databaseUrl', serverUrl(config.url, name))
  return async () => {
    const c = new pg.Client({ connectionString: serverUrl(config.url, 'postgres') })
    await c.connect()
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await c.end()
  }
}
