/**
 * The production shape on one machine, for the deployment tests and `npm run bench`: two
 * portal instances (`npm start`, one build) on one PostgreSQL database, sharing the page cache
 * in Redis, behind nginx configured by docs/deploy/nginx/portal.conf (ADR 014).
 *
 * The database is new and seeded with the real facts and development accounts; the Redis
 * database is emptied first. nginx runs from a temporary prefix, so it needs no system set-up
 * beyond the package (Debian: apt-get install nginx).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { createClient } from 'redis'

export type Deployment = { nginx: string; instances: [string, string]; databaseUrl: string; stop: () => Promise<void> }

type Options = {
  /** nginx listens here; the instances on the next two ports. */
  port: number
  /** A database of this name is created afresh on the PostgreSQL server of DATABASE_URL (or the local one). */
  database: string
  redisUrl?: string
  log?: (line: string) => void
}

const NGINX_CANDIDATES = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].filter((p): p is string => Boolean(p))

export function nginxPath(): string {
  const found = NGINX_CANDIDATES.find((p) => existsSync(p))
  if (!found) throw new Error('nginx is not installed. Debian: apt-get install -y nginx (or set NGINX_PATH).')
  return found
}

async function freshDatabase(name: string): Promise<string> {
  const server = new URL(
    process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : 'postgres://postgres@127.0.0.1:5432/postgres',
  )
  server.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: server.toString() })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const url = new URL(server)
  url.pathname = `/${name}`
  return url.toString()
}

async function emptyRedis(url: string) {
  const client = createClient({ url })
  await client.connect()
  await client.flushDb()
  await client.quit()
}

/** The repository's nginx configuration, pointed at these ports and a private cache directory. */
export function nginxConfig(dir: string, port: number, upstreams: number[]): string {
  const site = readFileSync(path.join(process.cwd(), 'docs', 'deploy', 'nginx', 'portal.conf'), 'utf8')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/\/var\/cache\/nginx\/oa-portal/, path.join(dir, 'cache'))
    .replace(
      /(upstream oa_portal \{)[^}]*?(keepalive)/s,
      `$1\n${upstreams.map((p) => `  server 127.0.0.1:${p};`).join('\n')}\n  $2`,
    )
  writeFileSync(path.join(dir, 'portal.conf'), site)
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `  ${t}_temp_path ${path.join(dir, `${t}-temp`)};`)
    .join('\n')
  return `daemon off;
worker_processes 2;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
  access_log off;
${temp}
  include ${path.join(dir, 'portal.conf')};
}
`
}

async function waitFor(url: string, child: ChildProcess, seconds: number) {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with code ${child.exitCode}`)
    try {
      if ((await fetch(url, { redirect: 'manual' })).status < 500) return
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${seconds} s`)
}

function stopped(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref()
  })
}

export async function startDeployment({ port, database, redisUrl = 'redis://127.0.0.1:6379/7', log = console.log }: Options) {
  const databaseUrl = await freshDatabase(database)
  await emptyRedis(redisUrl)
  const env = { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, NODE_ENV: 'production' as const }
  const tsx = path.join('node_modules', '.bin', 'tsx')
  const seed = spawnSync(process.execPath, [tsx, 'scripts/db-seed.ts'], { stdio: ['ignore', 'ignore', 'inherit'], env })
  if (seed.status !== 0) throw new Error('Seeding the deployment database failed')

  const children: ChildProcess[] = []
  const stop = async () => {
    await Promise.all(children.map(stopped))
  }
  try {
    const ports = [port + 1, port + 2] as const
    const instances = ports.map((p) => `http://127.0.0.1:${p}`) as [string, string]
    // One after the other: the first builds when the sources changed, the second reuses it.
    for (const [i, p] of ports.entries()) {
      const child = spawn(process.execPath, [tsx, 'scripts/start.ts'], {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...env, PORT: String(p), NEXTAUTH_URL: `http://127.0.0.1:${port}` },
      })
      children.push(child)
      await waitFor(`${instances[i]}/about`, child, 600)
      log(`instance ${i + 1} on ${instances[i]}`)
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'oa-nginx-'))
    mkdirSync(path.join(dir, 'cache'))
    chmodSync(dir, 0o755)
    chmodSync(path.join(dir, 'cache'), 0o777) // nginx's workers run as another user when started by root
    writeFileSync(path.join(dir, 'nginx.conf'), nginxConfig(dir, port, [...ports]))
    const nginx = spawn(nginxPath(), ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'inherit'] })
    children.push(nginx)
    const front = `http://127.0.0.1:${port}`
    await waitFor(`${front}/about`, nginx, 30)
    log(`nginx on ${front}`)
    return { nginx: front, instances, databaseUrl, stop } satisfies Deployment
  } catch (error) {
    await stop()
    throw error
  }
}
