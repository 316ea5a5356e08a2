/**
 * npm run db:seed [-- --demo] [-- --no-dev-accounts]
 * Loads the real, sourced facts for the 12 areas (idempotent). --demo adds fictional activity,
 * flagged as demo everywhere; --no-dev-accounts skips the development sign-in accounts.
 */
import { ConfigError, getEnv } from '@/lib/env'
import { openDatabase } from '@/lib/db/open'
import { migrateDatabase } from '@/lib/db/prepare'
import { runSeed } from '@/prisma/seed/run'
import { flushSharedCache } from '@/lib/cache/flush-shared-cache'
import { runCli } from './cli'

runCli(async () => {
  const args = new Set(process.argv.slice(2))
  const unknown = [...args].filter((a) => !['--demo', '--no-dev-accounts'].includes(a))
  if (unknown.length) throw new ConfigError(`Unknown option ${unknown.join(' ')}. Options: --demo, --no-dev-accounts`)
  const db = await openDatabase(getEnv().database)
  try {
    await migrateDatabase(db, console.log)
    const r = await runSeed(db.prisma, { demo: args.has('--demo'), devAccounts: !args.has('--no-dev-accounts') })
    console.log(
      `Seed complete: facts ${r.facts.created} created, ${r.facts.updated} updated; ` +
        `${r.accounts} development accounts created; ${r.demo} demo rows created.`,
    )
  } finally {
    await db.close()
  }
  const flushed = await flushSharedCache()
  if (flushed) console.log(`Emptied the shared page cache (${flushed} entries).`)
})
