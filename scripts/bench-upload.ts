/**
 * npm run bench:upload — how long the largest allowed CSV upload takes, printed as figures.
 *
 * Creates a fresh database — PostgreSQL (DATABASE_URL names the server; default the local one),
 * or embedded PGlite in a temporary directory with --pglite — seeds it, then checks and applies
 * a 2,000-row measure value upload (the limit) through the data layer as Derby's delivery team:
 * once as new values, then the same periods again as corrections. Prints the check, each
 * all-or-nothing apply as rows/s, and when the progress callback first and last fired. Run with
 * the react-server condition, as the data layer is server-only.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { MAX_CSV_ROWS } from '@/lib/csv-upload'
import { findSessionUser } from '@/lib/data/accounts/auth'
import { checkMeasureCsv, importMeasureCsv } from '@/lib/data/uploads/measure-values'
import { closeDb, getDb } from '@/lib/db/client'
import { runCli } from './cli'

type Target = { label: string; url: string; drop: () => Promise<void> }

async function postgresTarget(): Promise<Target> {
  const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres')
  const name = `oa_bench_upload_${Date.now()}`
  const admin = new pg.Client({ connectionString: Object.assign(new URL(server), { pathname: '/postgres' }).toString() })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  return {
    label: 'PostgreSQL',
    url: Object.assign(new URL(server), { pathname: `/${name}` }).toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await admin.end()
    },
  }
}

function pgliteTarget(): Target {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oa-bench-upload-'))
  return { label: 'embedded PGlite', url: `pglite:${dir}`, drop: async () => rmSync(dir, { recursive: true, force: true }) }
}

runCli(async () => {
  const target = process.argv.includes('--pglite') ? pgliteTarget() : await postgresTarget()
  const url = target.url
  try {
    const seed = spawnSync(process.execPath, [path.join('node_modules', '.bin', 'tsx'), 'scripts/db-seed.ts'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DATABASE_URL: url },
    })
    if (seed.status !== 0) throw new Error('Seeding the bench database failed')
    process.env.DATABASE_URL = url
    // Read on first use of the database, below.
    const db = await getDb()
    const account = await db.user.findUniqueOrThrow({ where: { email: 'delivery.derby@example.org' }, select: { id: true } })
    const user = await findSessionUser(account.id, 1)
    if (!user) throw new Error('No Derby delivery team account in the seed')
    const measure = await db.successMeasure.findFirstOrThrow({ where: { area: { slug: 'derby' } }, select: { id: true } })
    // One row per day from 1 January 2030: 2,000 distinct periods of one measure.
    const rows = Array.from({ length: MAX_CSV_ROWS }, (_, i) => {
      const day = new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10)
      return `${measure.id},x,${day},${(50 + (i % 40)).toFixed(1)},no,`
    })
    const csv = ['measure_id,measure,period,value,provisional,local_insight', ...rows].join('\n')

    const t = performance.now()
    const check = await checkMeasureCsv(user, 'derby', csv)
    const checkMs = performance.now() - t
    if (check.problems.length) throw new Error(`The bench file has problems: ${check.problems[0]?.message}`)
    console.info(`CSV upload bench (${rows.length} rows, ${(Buffer.byteLength(csv) / 1024).toFixed(0)} KB, ${target.label}):`)
    console.info(`  check (parse and validate, nothing written): ${checkMs.toFixed(0)} ms`)
    await timedApply('new values', () => importMeasureCsv(user, 'derby', csv, tick))
    const corrected = csv.replace(/,(\d+\.\d),no,$/gm, (_, v: string) => `,${(Number(v) + 1).toFixed(1)},yes,corrected`)
    await timedApply('corrections', () => importMeasureCsv(user, 'derby', corrected, tick))
    const saved = await db.measureValue.count({
      where: { successMeasureId: measure.id, period: { gte: '2030-01-01' }, version: 2 },
    })
    const audited = await db.auditEvent.count({ where: { action: { endsWith: 'measure value (CSV)' } } })
    console.info(`  values in the database afterwards at version 2: ${saved}; audit events: ${audited}`)
  } finally {
    // The app's pool must close before the database is dropped under it.
    await closeDb()
    await target.drop()
  }
})

let ticks: number[] = []
let started = 0
const tick = () => ticks.push(performance.now() - started)

async function timedApply(what: string, apply: () => Promise<number>) {
  ticks = []
  started = performance.now()
  const count = await apply()
  const ms = performance.now() - started
  console.info(
    `  apply ${what} (one transaction, set-based, audited): ${ms.toFixed(0)} ms, ${((count / ms) * 1000).toFixed(0)} rows/s`,
  )
  console.info(
    `    progress: first after ${ticks[0]?.toFixed(0)} ms, last after ${ticks.at(-1)?.toFixed(0)} ms, ${ticks.length} callbacks`,
  )
}
