/**
 * The job queue: pg-boss 10 on the portal's own database (ADR 015). pg-boss 10 is the last
 * major version that runs on Node 20 (11 needs Node 22); it also runs on the current LTS.
 *
 * Three uses, three ways in:
 *   installQueue(sql)        its tables and our queues, from migrateDatabase (like a migration)
 *   enqueue(tx, name, data)  a job inside the caller's Prisma transaction: it exists only if
 *                            the change that causes it commits
 *   openBoss(db)             a started instance for the worker (lib/jobs/worker.ts)
 *
 * pg-boss talks to the database through `executeSql(text, values)`. On PostgreSQL the worker
 * gets its own small pool; on embedded PGlite it shares the one PGlite instance, whose
 * query/exec wait for any open transaction, so a worker poll never lands inside a request's
 * transaction.
 */
import PgBoss from 'pg-boss'
import type { Database } from '@/lib/db/open'
import type { SqlConnection } from '@/lib/db/sql'

export const QUEUE_SCHEMA = 'pgboss'

/** Every queue the portal uses, with its retry policy. */
export const QUEUES = {
  /** Send one OutboundEmail row (data: { emailId }). */
  mailSend: { name: 'mail-send', retryLimit: 8, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  /** Build the daily digests (scheduled, Europe/London 07:00). */
  digestDaily: { name: 'digest-daily', retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 900 },
  /** Build the weekly digests (scheduled, Mondays 07:00). */
  digestWeekly: { name: 'digest-weekly', retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 900 },
  /** Remind of votes and consultations closing soon and of overdue actions (scheduled, every 15 minutes). */
  reminders: { name: 'reminders', retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 600 },
} as const satisfies Record<string, PgBoss.Queue>

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]['name']

/** pg-boss over our plain SQL connection: parameterised statements as queries, scripts via exec. */
export function sqlAdapter(sql: SqlConnection): PgBoss.Db {
  return {
    executeSql: async (text, values) => ({
      rows: values && values.length > 0 ? await sql.query(text, values) : await sql.exec(text),
    }),
  }
}

/** The slice of a Prisma transaction client pg-boss needs to insert a job in it. */
export type RawTx = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> }

function txAdapter(tx: RawTx): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...(values ?? [])) }) }
}

/** Creates pg-boss's tables (or migrates them to this version) and our queues. Idempotent. */
export async function installQueue(sql: SqlConnection): Promise<void> {
  const boss = new PgBoss({ db: sqlAdapter(sql), schema: QUEUE_SCHEMA, supervise: false, schedule: false, migrate: true })
  await boss.start()
  try {
    for (const queue of Object.values(QUEUES)) {
      if (!(await boss.getQueue(queue.name))) await boss.createQueue(queue.name, { ...queue, policy: 'standard' })
    }
  } finally {
    await boss.stop({ graceful: false, close: false })
  }
}

// Sending needs no connection of its own: every job goes in through the caller's transaction.
const noConnection: PgBoss.Db = {
  executeSql: () => Promise.reject(new Error('the job sender has no connection: pass the transaction')),
}
const globalForQueue = globalThis as unknown as { oaSender?: PgBoss }
const sender = () => (globalForQueue.oaSender ??= new PgBoss({ db: noConnection, schema: QUEUE_SCHEMA }))

/**
 * Adds a job in the caller's transaction. `singletonKey` makes a second identical job a no-op
 * while the first is waiting, so retried writes never queue a message twice.
 */
export async function enqueue(
  tx: RawTx,
  queue: QueueName,
  data: Record<string, unknown>,
  options: Pick<PgBoss.SendOptions, 'singletonKey' | 'startAfter'> = {},
): Promise<string | null> {
  return sender().send(queue, data, { ...options, db: txAdapter(tx) })
}

/** A started pg-boss for the worker: its own pool on PostgreSQL, the shared PGlite when embedded. */
export async function openBoss(db: Database, options: Partial<PgBoss.ConstructorOptions> = {}): Promise<PgBoss> {
  const connection = db.config.kind === 'postgres' ? { connectionString: db.config.url, max: 3 } : { db: sqlAdapter(db.sql) }
  const boss = new PgBoss({ ...connection, schema: QUEUE_SCHEMA, migrate: false, ...options })
  boss.on('error', (err) => console.error('job queue:', err))
  return boss.start()
}
