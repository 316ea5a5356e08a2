/**
 * The server the end-to-end tests run against: `npm start` (so next build && next start, with
 * migrations) on a database of its own, seeded with the real facts and the demo activity — a new PostgreSQL database when
 * DATABASE_URL points at a server, otherwise a new embedded PGlite directory. Its e-mail goes to
 * a real SMTP server started here (tests/e2e/mail-sink.ts), where the specs read it.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { parseDatabaseUrl } from '@/lib/env'
import { startMailSink } from '../tests/e2e/mail-sink'
import { runCli } from './cli'

runCli(async () => {
  const port = process.argv[2] ?? '3210'
  const config = parseDatabaseUrl(process.env.DATABASE_URL)
  let databaseUrl: string
  if (config.kind === 'postgres') {
    const admin = new URL(config.url)
    admin.pathname = '/postgres'
    const client = new pg.Client({ connectionString: admin.toString() })
    await client.connect()
    // Drop what earlier runs left behind, then start clean.
    const old = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'oa_e2e_%'`)
    for (const { datname } of old.rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
    const name = `oa_e2e_${Date.now()}`
    await client.query(`CREATE DATABASE "${name}"`)
    await client.end()
    const url = new URL(config.url)
    url.pathname = `/${name}`
    databaseUrl = url.toString()
  } else {
    databaseUrl = `pglite:${path.join(mkdtempSync(path.join(tmpdir(), 'oa-e2e-')), 'pglite')}`
  }
  // The sourced facts, the development accounts and the fictional demo activity (so dashboards
  // have something to show, and every page must say "Demo data").
  const seed = spawnSync(process.execPath, [path.join('node_modules', '.bin', 'tsx'), 'scripts/db-seed.ts', '--demo'], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: databaseUrl },
  })
  if (seed.status !== 0) throw new Error('Seeding the end-to-end database failed')
  const smtpUrl = await startMailSink(port)
  const child = spawn(process.execPath, [path.join('node_modules', '.bin', 'tsx'), 'scripts/start.ts'], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: port, NODE_ENV: 'production', SMTP_URL: smtpUrl },
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 0)))
  process.exit(code)
})
