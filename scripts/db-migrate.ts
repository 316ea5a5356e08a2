/**
 * npm run db:migrate                                   apply pending migrations
 * npm run db:migrate -- --status                       list migrations and their state
 * npm run db:migrate -- --resolve-rolled-back <name>   after fixing a failed migration
 */
import { ConfigError, getEnv } from '@/lib/env'
import { openDatabase } from '@/lib/db/open'
import { readMigrations, resolveRolledBack, status } from '@/lib/db/migrate'
import { MIGRATIONS_DIR, migrateDatabase } from '@/lib/db/prepare'
import { runCli } from './cli'

runCli(async () => {
  const [flag, name] = process.argv.slice(2)
  const db = await openDatabase(getEnv().database)
  try {
    if (flag === '--status') {
      for (const m of await status(db.sql, readMigrations(MIGRATIONS_DIR))) console.log(`${m.state.padEnd(12)} ${m.name}`)
    } else if (flag === '--resolve-rolled-back') {
      if (!name) throw new ConfigError('Give the migration name: --resolve-rolled-back <name>')
      const ok = await resolveRolledBack(db.sql, name)
      console.log(
        ok ? `Marked ${name} as rolled back; the next db:migrate applies it again.` : `No failed migration named ${name}.`,
      )
    } else if (flag === undefined) {
      const r = await migrateDatabase(db, console.log)
      console.log(
        r.applied.length
          ? `Applied ${r.applied.length} migration(s).`
          : `Database is up to date (${r.alreadyApplied} migrations).`,
      )
    } else {
      throw new ConfigError(`Unknown option ${flag}. Options: --status, --resolve-rolled-back <name>`)
    }
  } finally {
    await db.close()
  }
})
