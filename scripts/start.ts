/**
 * npm start — runs the portal the way a user expects on a fresh clone:
 *   1. validates configuration (lib/env.ts),
 *   2. applies migrations and, on an empty database, loads the real seed data,
 *   3. builds the app when there is no build or the sources changed since the last one,
 *   4. removes what the build left in .next/cache (pages are cached only once served),
 *   5. serves it on PORT (default 3000) with scripts/serve.mjs (Next's handler; see there why).
 * `npm run dev` does steps 1–2 and then serves it in development mode.
 *
 * The database is closed before Next starts: an embedded PGlite directory can be open in one
 * process only, and the server process opens it itself on the first request.
 */
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { getEnv } from '@/lib/env'
import { openDatabase } from '@/lib/db/open'
import { isSeeded, migrateDatabase } from '@/lib/db/prepare'
import { runSeed } from '@/prisma/seed/run'
import { flushSharedCache } from '@/lib/cache/flush-shared-cache'
import { runCli } from './cli'

const root = process.cwd()
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next')
const SOURCES = [
  'app',
  'components',
  'lib',
  'public',
  'instrumentation.ts',
  'instrumentation-node.ts',
  'next.config.js',
  'package-lock.json',
  'postcss.config.mjs',
]

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0
  const s = statSync(p)
  if (!s.isDirectory()) return s.mtimeMs
  let newest = 0
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)))
  return newest
}

/**
 * Sign-in needs a secret to sign session tokens. Without NEXTAUTH_SECRET, one is generated on
 * first start and kept in ./data/auth-secret (readable by its owner only), so a fresh clone
 * works and sessions survive restarts. Production deployments set NEXTAUTH_SECRET.
 */
function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET
  const file = path.join(root, 'data', 'auth-secret')
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 })
  }
  return readFileSync(file, 'utf8').trim()
}

function needsBuild(): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  if (!existsSync(buildId)) return true
  const built = statSync(buildId).mtimeMs
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built)
}

runCli(async () => {
  const dev = process.argv.includes('--dev')
  const env = getEnv()
  const db = await openDatabase(env.database)
  try {
    await migrateDatabase(db, console.log)
    if (!(await isSeeded(db))) {
      console.log('Empty database: loading the sourced facts for the 12 areas…')
      const r = await runSeed(db.prisma, { demo: false, devAccounts: true })
      console.log(`Seeded ${r.facts.created} records and ${r.accounts} development accounts.`)
      await flushSharedCache() // pages another instance cached from the database this replaced
    }
  } finally {
    await db.close()
  }

  const port = process.env.PORT ?? '3000'
  const childEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_MANUAL_SIG_HANDLE: 'true',
    NEXTAUTH_SECRET: authSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  }
  if (!dev && needsBuild()) {
    console.log('Building the portal (next build)…')
    const build = spawnSync(process.execPath, [nextBin, 'build'], {
      stdio: 'inherit',
      env: { ...childEnv, NODE_ENV: 'production' },
    })
    if (build.status !== 0) throw new Error('next build failed')
  }
  // The build leaves its reads on disk under .next/cache; nothing reads them (the page cache
  // ignores the build, ADR 004), so they are removed rather than left to look meaningful.
  rmSync(path.join(root, '.next', 'cache', 'fetch-cache'), { recursive: true, force: true })

  // scripts/serve.mjs: Next's handler behind a Node server that records each socket's address.
  const serve = path.join(root, 'scripts', 'serve.mjs')
  const server = spawn(process.execPath, [serve, ...(dev ? ['--dev'] : [])], {
    stdio: 'inherit',
    env: { ...childEnv, PORT: port, NODE_ENV: dev ? 'development' : 'production' },
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
  const code = await new Promise<number>((resolve) => server.on('exit', (c, s) => resolve(c ?? (s ? 0 : 1))))
  process.exit(code)
})
