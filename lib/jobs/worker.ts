/**
 * The job worker: sends queued e-mail, builds the daily and weekly digests and gives reminders. `npm start` runs
 * it inside the portal (instrumentation-node.ts), which is the only way on embedded PGlite (one
 * process per database). On PostgreSQL a larger deployment runs it as its own process
 * (`npm run worker`) and sets OA_WORKER=off on the web instances. Several workers may run at
 * once: pg-boss hands each job to one of them, and a digest is keyed by user and period.
 */
import 'server-only'
import type PgBoss from 'pg-boss'
import type { Database } from '@/lib/db/open'
import { buildDigests } from '@/lib/data/notifications/digests'
import { sendOutboundEmail, type Deliver } from '@/lib/data/notifications/outbox'
import { sendReminders } from '@/lib/data/notifications/reminders'
import { openBoss, QUEUES } from './queue'

export type WorkerOptions = {
  deliver?: Deliver
  /** How often an idle worker looks for jobs (seconds; pg-boss's minimum is 0.5). */
  pollSeconds?: number
  /** How often pg-boss retries jobs whose worker died (seconds). */
  maintenanceSeconds?: number
}

export async function startWorker(db: Database, options: WorkerOptions = {}): Promise<PgBoss> {
  const boss = await openBoss(db, {
    supervise: true,
    schedule: true,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 60,
  })
  const pollingIntervalSeconds = options.pollSeconds ?? 2
  // One message per job and fetch: pg-boss gives a fetched batch one expiry, so a batch of slow
  // sends could outlive it and be handed to a second worker; one undeliverable message would also
  // fail the others with it. A send's timeouts (≤ 100 s) stay inside the job's 120 s.
  // pg-boss waits its polling interval after every fetch, even one that found a job; waking
  // the worker after each send keeps a backlog moving at sending speed, not one per interval.
  let mailWorker = ''
  mailWorker = await boss.work<{ emailId: string }>(
    QUEUES.mailSend.name,
    { pollingIntervalSeconds, batchSize: 1 },
    async ([job]) => {
      if (!job) return
      await sendOutboundEmail(job.data.emailId, options.deliver)
      if (mailWorker) boss.notifyWorker(mailWorker)
    },
  )
  await boss.work(QUEUES.digestDaily.name, { pollingIntervalSeconds }, async () => {
    await buildDigests('DAILY')
  })
  await boss.work(QUEUES.digestWeekly.name, { pollingIntervalSeconds }, async () => {
    await buildDigests('WEEKLY')
  })
  await boss.work(QUEUES.reminders.name, { pollingIntervalSeconds }, async () => {
    await sendReminders()
  })
  // Digests go at 07:00 London time: before the working day, after the night's changes.
  await boss.schedule(QUEUES.digestDaily.name, '0 7 * * *', {}, { tz: 'Europe/London' })
  await boss.schedule(QUEUES.digestWeekly.name, '0 7 * * 1', {}, { tz: 'Europe/London' })
  // Reminders are claimed once each (ReminderSent), so running often costs a few queries, no repeats.
  await boss.schedule(QUEUES.reminders.name, '*/15 * * * *', {}, { tz: 'Europe/London' })
  return boss
}

export const workerEnabled = () => process.env.OA_WORKER !== 'off' && process.env.NEXT_PHASE !== 'phase-production-build'
