/**
 * npm run db:migration -- <name>
 *
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the
 * database from the existing migrations to prisma/schema.prisma.
 *
 * Why not `prisma migrate dev`: Prisma 7's CLI downloads a native schema engine at run time,
 * which this environment cannot do. Prisma 6.19's CLI (installed as the `prisma6` alias) can
 * run its WebAssembly schema engine through a driver adapter instead, so we point it at an
 * in-memory PGlite and ask it for the diff. The SQL is Prisma's own output, never hand-written.
 * See docs/decisions/001-migrations-without-the-prisma-engine.md.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const migrationsDir = path.join(root, 'prisma', 'migrations')

export function schemaWithDummyUrl(schema: string): string {
  // Prisma 6 requires a url in the datasource block; the adapter means it is never used.
  return schema.replace(
    /datasource\s+db\s*\{([^}]*)\}/,
    (_m, body: string) => `datasource db {${body.trimEnd()}\n  url = "postgresql://localhost:5432/unused"\n}`,
  )
}

/** Runs `prisma6 migrate diff` with a PGlite adapter; returns the SQL script. */
export function diffSql(args: string[]): string {
  const work = mkdtempSync(path.join(tmpdir(), 'oa-migration-'))
  try {
    const schemaPath = path.join(work, 'schema.prisma')
    writeFileSync(schemaPath, schemaWithDummyUrl(readFileSync(path.join(root, 'prisma', 'schema.prisma'), 'utf8')))
    const pglite = path.join(root, 'node_modules', '@electric-sql', 'pglite', 'dist', 'index.js')
    const adapter = path.join(root, 'node_modules', 'pglite-prisma-adapter', 'dist', 'index.mjs')
    writeFileSync(
      path.join(work, 'prisma.config.mjs'),
      `import { PGlite } from ${JSON.stringify(pglite)}
import { PrismaPGlite } from ${JSON.stringify(adapter)}
// pglite-prisma-adapter runs scripts without awaiting them and sends unparameterised
// multi-statement SQL as a prepared statement, which PostgreSQL refuses; both are fixed here
// so the schema engine can replay migrations into its in-memory shadow database.
function fixed(adapter, db) {
  adapter.executeScript = async (script) => { await db.exec(script) }
  const executeRaw = adapter.executeRaw.bind(adapter)
  adapter.executeRaw = async (query) => {
    if (query.args.length === 0) { await db.exec(query.sql); return 0 }
    return executeRaw(query)
  }
  return adapter
}
const factory = (db) => ({
  provider: 'postgres',
  adapterName: '@prisma/adapter-pglite',
  connect: async () => fixed(await new PrismaPGlite(db).connect(), db),
  connectToShadowDb: async () => { const shadow = new PGlite(); return fixed(await new PrismaPGlite(shadow).connect(), shadow) },
})
export default {
  experimental: { adapter: true },
  engine: 'js',
  schema: 'schema.prisma',
  adapter: async () => factory(new PGlite()),
}
`,
    )
    const cli = path.join(root, 'node_modules', 'prisma6', 'build', 'index.js')
    return execFileSync(
      process.execPath,
      [
        cli,
        'migrate',
        'diff',
        '--config',
        'prisma.config.mjs',
        ...args.map((a) => (a === '$SCHEMA' ? schemaPath : a)),
        '--script',
      ],
      {
        cwd: work,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          // Any executable: stops Prisma 6 from trying to download engines it does not need here.
          PRISMA_QUERY_ENGINE_LIBRARY: process.execPath,
          PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
          PRISMA_HIDE_UPDATE_MESSAGE: '1',
          CHECKPOINT_DISABLE: '1',
        },
      },
    )
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

function existingMigrations(): string[] {
  if (!existsSync(migrationsDir)) return []
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
}

function timestamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`
}

function main() {
  const name = (process.argv[2] ?? '').trim()
  if (!/^[a-z0-9_]{1,60}$/.test(name)) {
    console.error('Usage: npm run db:migration -- <name>   (lower-case letters, digits and _; e.g. add_meeting_papers)')
    process.exit(2)
  }
  const from = existingMigrations().length === 0 ? ['--from-empty'] : ['--from-migrations', migrationsDir]
  const sql = diffSql([...from, '--to-schema-datamodel', '$SCHEMA'])
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log('prisma/schema.prisma matches the migrations: nothing to write.')
    return
  }
  const dir = path.join(migrationsDir, `${timestamp()}_${name}`)
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, 'migration.sql'), sql)
  const lock = path.join(migrationsDir, 'migration_lock.toml')
  if (!existsSync(lock)) {
    writeFileSync(
      lock,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    )
  }
  console.log(`Wrote ${path.relative(root, dir)}/migration.sql — review it, then run npm run db:migrate.`)
}

if (import.meta.url === `file://${process.argv[1]}`) main()
