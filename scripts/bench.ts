/**
 * npm run bench — throughput and latency of the public portal, printed as figures.
 *
 * Starts `npm start` (next build && next start) on a fresh PostgreSQL database, or targets
 * BENCH_URL if set. For each route it measures req/s and p50/p95/p99 latency at 50 concurrent
 * connections, next to a minimal static Node server answering with the very same HTML bytes:
 * the ratio says how much the portal costs over serving a file. It also prints the gzip size of
 * the JavaScript each page loads.
 *
 * Settings: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (50), BENCH_URL, DATABASE_URL
 * (a postgres:// server to create the bench database on; default the local one).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'
import pg from 'pg'
import { runCli } from './cli'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const ROUTES = ['/', '/areas/hastings', '/compare?show=eyfs-gld', '/api/v1/measures?area=hastings']
const PAGES = ['/', '/areas/hastings', '/compare?show=eyfs-gld', '/open-data', '/search?q=phonics']

type Figures = { rps: number; p50: number; p95: number; p99: number; errors: number; non2xx: number }

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

/** Runs autocannon and records every response time, so p95 is exact (autocannon lists no p95). */
async function load(url: string): Promise<Figures> {
  const times: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: SECONDS }, (err, res) =>
      err ? reject(err) : resolve(res),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })
  times.sort((a, b) => a - b)
  return {
    rps: Math.round(result.requests.total / SECONDS),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

/** A server that answers every request with the given bytes: the floor for serving this page. */
async function staticServer(body: Buffer, contentType: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': body.length })
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server }
}

async function jsGzipBytes(base: string, path: string): Promise<{ files: number; bytes: number }> {
  const html = await (await fetch(base + path)).text()
  // noModule scripts are polyfills that modern browsers never download.
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((t) => !/nomodule/i.test(t))
  const srcs = [...new Set(tags.flatMap((t) => /src="([^"]+\.js[^"]*)"/.exec(t)?.[1] ?? []))]
  let bytes = 0
  for (const src of srcs)
    bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer()), { level: 9 }).length
  return { files: srcs.length, bytes }
}

async function waitFor(url: string, child: ChildProcess | undefined, seconds = 300) {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    if (child?.exitCode !== null && child?.exitCode !== undefined)
      throw new Error(`The server exited with code ${child.exitCode}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${seconds} s`)
}

async function startPortal(): Promise<{ base: string; child?: ChildProcess }> {
  if (process.env.BENCH_URL) return { base: process.env.BENCH_URL.replace(/\/$/, '') }
  const server = new URL(
    process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : 'postgres://postgres@127.0.0.1:5432/postgres',
  )
  server.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: server.toString() })
  await admin.connect()
  await admin.query('DROP DATABASE IF EXISTS oa_bench WITH (FORCE)')
  await admin.query('CREATE DATABASE oa_bench')
  await admin.end()
  const db = new URL(server)
  db.pathname = '/oa_bench'
  const port = process.env.BENCH_PORT ?? '3300'
  const child = spawn(process.execPath, ['node_modules/.bin/tsx', 'scripts/start.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DATABASE_URL: db.toString(), PORT: port, NODE_ENV: 'production' },
  })
  const base = `http://127.0.0.1:${port}`
  await waitFor(`${base}/`, child)
  return { base, child }
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : '–')

runCli(async () => {
  const { base, child } = await startPortal()
  try {
    console.log(`Portal at ${base}; ${CONNECTIONS} connections, ${SECONDS} s per run, Node ${process.version}\n`)
    // Warm up each route once (first requests compile and fill caches).
    for (const route of ROUTES) await fetch(base + route)

    const header = '| route | portal req/s | p50 | p95 | p99 | static req/s | static p99 | portal ÷ static | bytes |'
    console.log(header)
    console.log(header.replace(/[^|]/g, '-'))
    for (const route of ROUTES) {
      const response = await fetch(base + route)
      const body = Buffer.from(await response.arrayBuffer())
      const portal = await load(base + route)
      const floor = await staticServer(body, response.headers.get('content-type') ?? 'text/html')
      const stat = await load(floor.url)
      floor.server.close()
      const failures = portal.errors + portal.non2xx ? ` (${portal.errors} errors, ${portal.non2xx} non-2xx)` : ''
      console.log(
        `| ${route} | ${portal.rps}${failures} | ${ms(portal.p50)} | ${ms(portal.p95)} | ${ms(portal.p99)} | ${stat.rps} | ${ms(stat.p99)} | ${(portal.rps / stat.rps).toFixed(3)} | ${body.length} |`,
      )
    }

    console.log('\n| page | script files | JavaScript, gzip |')
    console.log('|---|---|---|')
    for (const page of PAGES) {
      const js = await jsGzipBytes(base, page)
      console.log(`| ${page} | ${js.files} | ${(js.bytes / 1024).toFixed(1)} KB |`)
    }
    console.log('\nCharts load after the page (dynamic import) and are not in the figures above.')
  } finally {
    child?.kill('SIGTERM')
  }
})
