/**
 * npm run probe:hardening — the hardening figures, printed: bad inputs sent to every kind of
 * form (server actions, encoded as a browser encodes them) and how each was answered; sign-in
 * guesses sent at once; a load run on an area page and a signed-in dashboard with the server's
 * memory. It writes through the portal like a user, so point it at a throwaway server:
 *
 *   npx tsx scripts/e2e-server.ts 3300 &     # fresh database, development accounts, demo data
 *   PROBE_URL=http://127.0.0.1:3300 npm run probe:hardening
 *
 * PROBE_LOAD_SECONDS (default 600, split between the two pages; 0 skips the load run).
 * Reads the server actions' ids from this checkout's build (.next), which the server runs.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import autocannon from 'autocannon'
import { runCli } from './cli'
import { ANY_FIELD, BAD, formsFor, type FormProbe } from './probe/forms'
import { actionIds, BASE, callAction, cookieOf, signIn, type Jar, type Outcome } from './probe/http'

const LOAD_SECONDS = Number(process.env.PROBE_LOAD_SECONDS ?? 600)

async function auditCount(admin: Jar): Promise<number> {
  const csv = await fetch(`${BASE}/audit/download`, { headers: { cookie: cookieOf(admin) } }).then((r) => r.text())
  return csv.trim().split('\r\n').length - 1
}

async function probeForms() {
  const delivery = (await signIn('delivery.hastings@example.org')).jar
  const admin = (await signIn('admin@example.org')).jar
  const ids = actionIds()
  const forms = await formsFor(delivery)
  console.info('Bad inputs, by form (each field given each bad value in turn, the rest valid):')
  console.info('  form                         sent  clear error  refused (4xx)  5xx  saved (unwanted)  other')
  const totals = { sent: 0, clear: 0, refused: 0, fivexx: 0, saved: 0, other: 0 }
  const findings: string[] = []
  const row = (name: string, n: typeof totals) =>
    console.info(
      `  ${name.padEnd(28)} ${String(n.sent).padStart(4)}  ${String(n.clear).padStart(11)}  ${String(n.refused).padStart(13)}  ${String(n.fivexx).padStart(3)}  ${String(n.saved).padStart(16)}  ${String(n.other).padStart(5)}`,
    )
  const before = await auditCount(admin)
  for (const form of forms) {
    const id = ids[form.action] as string
    const counts: Record<Outcome, number> = { saved: 0, 'clear error': 0, 'refused (4xx)': 0, '5xx': 0, other: 0 }
    for (const field of Object.keys(form.valid)) {
      const bad = [...ANY_FIELD, ...(form.kinds[field] ?? []).flatMap((k) => BAD[k] ?? [])]
      for (const value of bad) {
        const fields = { ...form.valid, [field]: Array.isArray(form.valid[field]) ? [value] : value }
        const outcome = await callAction(delivery, form.page, id, form.bound, fields)
        counts[outcome]++
        if (outcome === '5xx' || outcome === 'saved' || outcome === 'other')
          findings.push(
            `${form.name}: ${field} = ${JSON.stringify(value.length > 40 ? `${value.slice(0, 20)}… (${value.length} characters)` : value)} → ${outcome}`,
          )
      }
    }
    // Bound arguments of the wrong shape, and a call with no form at all.
    for (const bound of [[1], [{ slug: 'x' }], [['a']], [null, null, null], ['x'.repeat(101)]]) {
      const args = bound.slice(0, Math.max(1, form.bound.length))
      const outcome = await callAction(delivery, form.page, id, args, form.valid)
      counts[outcome]++
      if (outcome === '5xx' || outcome === 'saved' || outcome === 'other')
        findings.push(`${form.name}: bound arguments ${JSON.stringify(args).slice(0, 40)} → ${outcome}`)
    }
    const n = {
      sent: Object.values(counts).reduce((a, b) => a + b, 0),
      clear: counts['clear error'],
      refused: counts['refused (4xx)'],
      fivexx: counts['5xx'],
      saved: counts.saved,
      other: counts.other,
    }
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += n[k]
    row(form.name, n)
  }
  const written = (await auditCount(admin)) - before
  // The probe's own encoding is right: the valid answer of a form is saved.
  const control = forms[0] as FormProbe
  const saved = await callAction(delivery, control.page, ids[control.action] as string, control.bound, control.valid)
  row('all forms', totals)
  console.info(`  audit events written meanwhile (each save is audited): ${written}`)
  for (const f of findings) console.info(`  ! ${f}`)
  console.info(`  control: the valid answer of "${control.name}" sent the same way: ${saved}`)
  return admin
}

async function probeSignIn() {
  // A fresh account name each run: the limit counts per account, known or not.
  const account = `probe-${Date.now()}@example.org`
  // 41 wrong guesses at once on one account, each claiming another address (believed from
  // this machine, a trusted proxy): the per-account limit must check no more than 5.
  const results = await Promise.all(Array.from({ length: 41 }, (_, i) => signIn(account, 'wrong guess', `198.51.100.${i + 1}`)))
  const checked = results.filter((r) => r.error === 'CredentialsSignin').length
  const limited = results.filter((r) => r.error?.startsWith('Too many attempts')).length
  console.info(
    `Sign-in: 41 guesses at once on one account: ${checked} checked, ${limited} refused by the limit; checked beyond the limit of 5: ${Math.max(0, checked - 5)}`,
  )
}

function serverPid(): number | null {
  const port = new URL(BASE).port || '80'
  try {
    const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' })
    return Number(/pid=(\d+)/.exec(out)?.[1]) || null
  } catch {
    return null
  }
}
const rssMb = (pid: number) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024
  } catch {
    return NaN
  }
}

async function loadRun(path: string, seconds: number, jar?: Jar) {
  const pid = serverPid()
  const start = pid ? rssMb(pid) : NaN
  let peak = start
  const sampler = setInterval(() => (peak = Math.max(peak, pid ? rssMb(pid) : NaN)), 1000)
  const result = await new Promise<autocannon.Result>((resolve, reject) =>
    autocannon(
      { url: `${BASE}${path}`, connections: 50, duration: seconds, headers: jar ? { cookie: cookieOf(jar) } : {} },
      (err, res) => (err ? reject(err) : resolve(res)),
    ),
  )
  clearInterval(sampler)
  const end = pid ? rssMb(pid) : NaN
  console.info(
    `  ${path.padEnd(16)} ${seconds}s: ${result.requests.total} requests, ${result.errors + result.timeouts} errors, ${result.non2xx} non-2xx, p99 ${result.latency.p99} ms; server memory ${start.toFixed(0)} → peak ${peak.toFixed(0)} → ${end.toFixed(0)} MB`,
  )
}

runCli(async () => {
  console.info(`Probing ${BASE}`)
  const admin = await probeForms()
  await probeSignIn()
  if (LOAD_SECONDS > 0) {
    console.info('Load, 50 connections:')
    await loadRun('/areas/hastings', Math.round(LOAD_SECONDS / 2))
    await loadRun('/dashboard', Math.round(LOAD_SECONDS / 2), admin)
  }
})
