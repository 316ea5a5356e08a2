/**
 * With NEXT_MANUAL_SIG_HANDLE=true (set by scripts/start.ts) Next leaves SIGTERM/SIGINT to us,
 * so the embedded database is closed and its lock released before the process exits; Next's
 * own handler exits before async cleanup can finish.
 */
import { closeDb } from '@/lib/db/client'

let stopping = false
function stop(signal: NodeJS.Signals) {
  if (stopping) return
  stopping = true
  closeDb()
    .catch((err: unknown) => console.error('Error closing the database', err))
    .finally(() => process.exit(signal === 'SIGINT' ? 130 : 0))
}

if (process.env.NEXT_MANUAL_SIG_HANDLE === 'true') {
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}
