/** Runs a script's main function and turns expected failures into one clear line. */
import { ConfigError } from '@/lib/env'
import { DatabaseInUseError } from '@/lib/db/pglite'
import { MigrationError } from '@/lib/db/migrate'
import { DatabaseUnreachableError } from '@/lib/db/sql'

const EXPECTED = [ConfigError, DatabaseInUseError, MigrationError, DatabaseUnreachableError]

export function runCli(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      if (EXPECTED.some((E) => err instanceof E)) console.error(`Error: ${(err as Error).message}`)
      else console.error(err)
      process.exit(1)
    },
  )
}
