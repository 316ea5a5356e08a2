/**
 * npm run bench — throughput and latency of the public portal, printed as figures.
 *
 * On a fresh PostgreSQL database it starts, side by side: the default deployment (one
 * `npm start`, pages cached in memory) and the production shape (nginx with
 * docs/deploy/nginx/portal.conf in front of two instances sharing the page cache in Redis,
 * scripts/deployment/start-deployment.ts). For each route it measures req/s and p50/p95/p99 at
 * 50 connections through each, next to a minimal Node server in this process answering with
 * the very same bytes: the ratio says what the portal costs over serving a file. Then the HTML
 * size of each page and the gzip size of the JavaScript it loads.
 *
 * Settings: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (50), BENCH_PORT (3500: nginx; the
 * instances on the next three ports), DATABASE_URL (a postgres:// server to create the bench
 * database on; default the local one), REDIS_URL (default redis://127.0.0.1:6379/7, emptied).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'
import os from 'node:os'
import { runCli } from './cli'
import { startDeployment } from './deployment/start-deployment'

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

/** The default deployment: one `npm start` on the bench database, caching pages in its memory. */
async function startSingle(databaseUrl: string, port: number): Promise<{ base: string; child: ChildProcess }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: 'production' }
  delete env.REDIS_URL
  const child = spawn(process.execPath, ['node_modules/.bin/tsx', 'scripts/start.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  })
  const base = `http://127.0.0.1:${port}`
  await waitFor(`${base}/`, child)
  return { base, child }
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : '–')

type Mode = { name: string; base: string }

function row(cells: (string | number)[]) {
  console.log(`| ${cells.join(' | ')} |`)
}

runCli(async () => {
  const basePort = Number(process.env.BENCH_PORT ?? 3500)
  // nginx on basePort, two instances sharing Redis on the next two ports, all on one new database.
  const deployment = await startDeployment({ port: basePort, database: 'oa_bench', log: () => {} })
  const single = await startSingle(deployment.databaseUrl, basePort + 3)
  try {
    const modes: Mode[] = [
      { name: 'one instance', base: single.base },
      { name: 'nginx → two instances', base: deployment.nginx },
    ]
    console.log(
      `${CONNECTIONS} connections, ${SECONDS} s per run, Node ${process.version}, ${os.cpus().length} cores. ` +
        '"one instance" is `npm start` (pages cached in its memory); "nginx → two instances" is ' +
        'docs/deploy/nginx/portal.conf in front of two instances sharing the page cache in Redis. ' +
        '"bare Node" answers with the same bytes from a minimal server in this process.\n',
    )
    // Warm up: each route once per instance (the first request renders and caches it).
    for (const route of ROUTES)
      for (const base of [single.base, ...deployment.instances, deployment.nginx]) await fetch(base + route)

    row(['route', 'mode', 'req/s', 'p50', 'p95', 'p99', 'errors', '÷ bare Node'])
    row(['---', '---', '---', '---', '---', '---', '---', '---'])
    for (const route of ROUTES) {
      const response = await fetch(single.base + route)
      const body = Buffer.from(await response.arrayBuffer())
      const floor = await staticServer(body, response.headers.get('content-type') ?? 'text/html')
      const bare = await load(floor.url)
      floor.server.close()
      for (const mode of modes) {
        const f = await load(mode.base + route)
        row([route, mode.name, f.rps, ms(f.p50), ms(f.p95), ms(f.p99), f.errors + f.non2xx, (f.rps / bare.rps).toFixed(3)])
      }
      row([
        route,
        `bare Node (${(body.length / 1024).toFixed(0)} KB)`,
        bare.rps,
        ms(bare.p50),
        ms(bare.p95),
        ms(bare.p99),
        bare.errors,
        '1',
      ])
    }

    console.log('\n| page | HTML | script files | JavaScript, gzip |')
    console.log('|---|---|---|---|')
    for (const page of PAGES) {
      const html = Buffer.byteLength(await (await fetch(single.base + page)).text())
      const js = await jsGzipBytes(single.base, page)
      console.log(`| ${page} | ${(html / 1024).toFixed(1)} KB | ${js.files} | ${(js.bytes / 1024).toFixed(1)} KB |`)
    }
    console.log('\nCharts load after the page (dynamic import) and are not in the figures above.')
  } finally {
    single.child.kill('SIGTERM')
    await deployment.stop()
  }
})
