/**
 * npm run worker — the job worker on its own: sends queued e-mail and builds digests.
 *
 * `npm start` already runs a worker inside the portal, which is all the embedded database
 * allows (one process per PGlite directory). On PostgreSQL a larger deployment runs this as a
 * separate process (one or more) and sets OA_WORKER=off on the web instances (ADR 015).
 * OA_QUEUE_MAINTENANCE_SECONDS (default 60) is how often jobs of a worker that died are retried.
 */
import { getEnv } from '@/lib/env'
import { openDatabase } from '@/lib/db/open'
import { migrateDatabase } from '@/lib/db/prepare'
import { startWorker } from '@/lib/jobs/worker'
import { runCli } from './cli'

runCli(async () => {
  const db = await openDatabase(getEnv().database)
  await migrateDatabase(db)
  const maintenanceSeconds = Number(process.env.OA_QUEUE_MAINTENANCE_SECONDS ?? 60)
  const boss = await startWorker(db, { maintenanceSeconds, pollSeconds: 1 })
  console.log(`Worker started (${db.config.kind}); sending e-mail ${getEnv().SMTP_URL ? 'by SMTP' : 'to the log (no SMTP_URL)'}.`)
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGTERM', stop)
    process.once('SIGINT', stop)
  })
  await boss.stop({ graceful: true, wait: true, timeout: 10_000 })
  await db.close()
})
