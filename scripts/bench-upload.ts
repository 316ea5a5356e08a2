/**
 * npm run bench:upload — how long the largest allowed CSV upload takes, printed as figures.
 *
 * Creates a fresh PostgreSQL database (DATABASE_URL names the server; default the local one),
 * seeds it, then checks and applies a 2,000-row measure value upload (the limit) through the
 * data layer as Derby's delivery team, timing the check, the all-or-nothing apply, and when
 * the progress callback first and last fired. Run with the react-server condition, as the
 * data layer is server-only.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import pg from 'pg'
import { MAX_CSV_ROWS } from '@/lib/csv-upload'
import { findSessionUser } from '@/lib/data/accounts/auth'
import { checkMeasureCsv, importMeasureCsv } from '@/lib/data/uploads/measure-values'
import { closeDb, getDb } from '@/lib/db/client'
import { runCli } from './cli'

runCli(async () => {
  const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres')
  const name = `oa_bench_upload_${Date.now()}`
  const admin = new pg.Client({ connectionString: Object.assign(new URL(server), { pathname: '/postgres' }).toString() })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString()
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

    let t = performance.now()
    const check = await checkMeasureCsv(user, 'derby', csv)
    const checkMs = performance.now() - t
    if (check.problems.length) throw new Error(`The bench file has problems: ${check.problems[0]?.message}`)
    const ticks: number[] = []
    t = performance.now()
    const count = await importMeasureCsv(user, 'derby', csv, () => ticks.push(performance.now() - t))
    const applyMs = performance.now() - t
    const saved = await db.measureValue.count({ where: { successMeasureId: measure.id, period: { gte: '2030-01-01' } } })
    console.info(`CSV upload bench (${count} rows, ${(Buffer.byteLength(csv) / 1024).toFixed(0)} KB, PostgreSQL):`)
    console.info(`  check (parse and validate, nothing written): ${checkMs.toFixed(0)} ms`)
    console.info(
      `  apply (one transaction, each row audited):   ${applyMs.toFixed(0)} ms, ${((count / applyMs) * 1000).toFixed(0)} rows/s`,
    )
    console.info(
      `  progress: first after ${ticks[0]?.toFixed(0)} ms, last after ${ticks.at(-1)?.toFixed(0)} ms, ${ticks.length} callbacks`,
    )
    console.info(`  rows in the database afterwards: ${saved}`)
  } finally {
    // The app's pool must close before the database is dropped under it.
    await closeDb()
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await admin.end()
  }
})
