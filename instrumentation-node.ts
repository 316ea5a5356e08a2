/**
 * Runs once in the Node.js server: starts the job worker (lib/jobs/worker.ts) unless
 * OA_WORKER=off, and — with NEXT_MANUAL_SIG_HANDLE=true (set by scripts/start.ts), which leaves
 * SIGTERM/SIGINT to us — stops it and closes the embedded database (releasing its lock) before
 * the process exits; Next's own handler exits before async cleanup can finish.
 */
import type PgBoss from 'pg-boss'
import { closeDb, getDatabase } from '@/lib/db/client'
import { startWorker, workerEnabled } from '@/lib/jobs/worker'

let worker: Promise<PgBoss | null> = Promise.resolve(null)
if (workerEnabled()) {
  worker = getDatabase()
    .then((db) => startWorker(db))
    .catch((err: unknown) => {
      console.error('The job worker did not start; e-mail and digests wait until it does.', err)
      return null
    })
}

let stopping = false
function stop(signal: NodeJS.Signals) {
  if (stopping) return
  stopping = true
  worker
    .then((boss) => boss?.stop({ graceful: true, timeout: 5_000, wait: true }))
    .catch((err: unknown) => console.error('Error stopping the job worker', err))
    .then(() => closeDb())
    .catch((err: unknown) => console.error('Error closing the database', err))
    .finally(() => process.exit(signal === 'SIGINT' ? 130 : 0))
}

if (process.env.NEXT_MANUAL_SIG_HANDLE === 'true') {
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}
