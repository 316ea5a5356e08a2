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

const BASE = process.env.PROBE_URL ?? 'http://127.0.0.1:3300'
const LOAD_SECONDS = Number(process.env.PROBE_LOAD_SECONDS ?? 600)
const PASSWORD = 'opportunity-dev-2026' // development accounts only (README)

type Jar = Map<string, string>
const cookieOf = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
function keep(jar: Jar, response: Response) {
  for (const c of response.headers.getSetCookie()) {
    const [pair = ''] = c.split(';')
    const i = pair.indexOf('=')
    jar.set(pair.slice(0, i), pair.slice(i + 1))
  }
}

async function signIn(email: string, password = PASSWORD, forwardedFor?: string): Promise<{ jar: Jar; error: string | null }> {
  const jar: Jar = new Map()
  const csrf = await fetch(`${BASE}/api/auth/csrf`)
  keep(jar, csrf)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      cookie: cookieOf(jar),
      'content-type': 'application/x-www-form-urlencoded',
      ...(forwardedFor && { 'x-forwarded-for': forwardedFor }),
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: '/dashboard' }),
  })
  keep(jar, response)
  return { jar, error: new URL(response.headers.get('location') ?? '/', BASE).searchParams.get('error') }
}

const actionIds = () => {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName: string }>
  }
  return Object.fromEntries(Object.entries(manifest.node).map(([id, a]) => [a.exportedName, id]))
}

type Outcome = 'saved' | 'clear error' | 'refused (4xx)' | '5xx' | 'other'

/** Calls a server action as React does for a form: args [...bound, previous state, the form]. */
async function callAction(jar: Jar, page: string, id: string, bound: unknown[], fields: Record<string, string | string[]>) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) form.append(`_1_${name}`, v)
  // The root last, after the parts it refers to, as React writes it (the server reads the
  // form's fields as the run of entries after a pointer).
  form.set('0', JSON.stringify([...bound, { status: 'idle' }, '$K1']))
  const response = await fetch(`${BASE}${page}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: cookieOf(jar), 'next-action': id, origin: BASE, accept: 'text/x-component' },
    body: form,
  })
  const body = await response.text()
  const outcome: Outcome =
    response.status >= 500
      ? '5xx'
      : response.status >= 400
        ? 'refused (4xx)'
        : response.headers.get('x-action-redirect') || (response.status >= 300 && response.status < 400)
          ? 'saved'
          : /"status":"error"/.test(body)
            ? 'clear error'
            : 'other'
  return outcome
}

/** Values no field may take, and values wrong for a field of each kind. */
const ANY_FIELD = ['a\u0000b', '\u0000', 'x'.repeat(100_001), '\u001b[31m', 'bell\u0007', 'del\u007f', 'x'.repeat(5001)]
const BAD: Record<string, string[]> = {
  version: ['', '0', '-1', '0x10', '1e3', '1.5', 'NaN', ' ', '99999999999'],
  number: ['abc', '0x10', '1e400', 'Infinity', '--5', '1,2,3', '５５', '12abc'],
  percent: ['101', '-1', '0x10', '1e2', '50.5', 'abc', ' 5 5'],
  period: ['2019-02-30', '2019-13', '2019/21', '9999', '2300', '20 19', 'Spring', '２０１９', ''],
  status: ['', 'BOGUS', 'on_track', '0', 'COMPLETE '],
  /** An optional choice: blank is an answer ("not recorded"), anything off the list is not. */
  choice: ['BOGUS', 'on_track', '0', 'COMPLETE ', 'null'],
  /** A version where blank means "a new value". */
  versionOrNew: ['0', '-1', '0x10', '1e3', '1.5', 'NaN', ' ', '+1'],
  role: ['', 'SUPERUSER', 'admin', 'ADMIN '],
  id: ['nonexistent', 'cm0000000000000000000000x', "' OR 1=1 --"],
  day: ['32', '0', 'x', '-1', '1e1'],
  month: ['13', '0', 'Feb', '1.5'],
  year: ['99999', '0', 'abcd', '1e3'],
  email: ['', 'not-an-email', 'a@', '@b.org', 'a b@c.org', `${'x'.repeat(300)}@example.org`],
  required: [''],
  position: ['0', '100', '-1', '0x10', '1e1', 'first'],
}

type FormProbe = {
  name: string
  page: string
  action: string
  bound: unknown[]
  /** A valid answer, field by field. */
  valid: Record<string, string | string[]>
  /** Each field's kinds of bad value (ANY_FIELD is sent to every field too). */
  kinds: Record<string, (keyof typeof BAD)[]>
}

async function formsFor(jar: Jar): Promise<FormProbe[]> {
  const get = (path: string) => fetch(`${BASE}${path}`, { headers: { cookie: cookieOf(jar) } }).then((r) => r.text())
  const actions = JSON.parse(await get('/download/actions.json?area=hastings')) as { id: string }[]
  const measures = JSON.parse(await get('/download/measures.json?area=hastings')) as { id: string }[]
  const actionId = actions[0]?.id ?? ''
  const measureId = measures[0]?.id ?? ''
  const version = /name="version" value="(\d+)"/.exec(await get(`/actions/${actionId}/update`))?.[1] ?? '1'
  const token = /name="token" value="([^"]+)"/.exec(await get(`/plans/hastings/actions/${actionId}`))?.[1] ?? 'published'
  const areas = JSON.parse(await get('/download/areas.json')) as { id: string; slug: string }[]
  const hastings = areas.find((a) => a.slug === 'hastings')?.id ?? ''
  return [
    {
      name: 'post an action update',
      page: `/actions/${actionId}/update`,
      action: 'handleActionUpdate',
      bound: [actionId],
      valid: { version, status: 'ON_TRACK', progressPercent: '50', body: 'Probe: update' },
      kinds: { version: ['version'], status: ['status'], progressPercent: ['percent'], body: ['required'] },
    },
    {
      name: 'record a measure value',
      page: `/measures/${measureId}`,
      action: 'handleMeasureValue',
      bound: [measureId],
      valid: { version: '', period: '2031', value: '55', isProvisional: 'no', localInsight: '' },
      kinds: { period: ['period'], value: ['number', 'required'], version: ['versionOrNew'] },
    },
    {
      name: 'add an action',
      page: '/plans/hastings/actions/new',
      action: 'handleAdd',
      bound: ['actions', 'hastings', null],
      valid: {
        token: 'new',
        title: 'Probe: action',
        description: '',
        priorityId: '',
        leadOrganisationId: '',
        ownerId: '',
        'startsOn-day': '',
        'startsOn-month': '',
        'startsOn-year': '',
        'dueOn-day': '1',
        'dueOn-month': '9',
        'dueOn-year': '2027',
        evidenceStrand: '',
        evidenceStrength: '',
        legacyStatus: '',
      },
      kinds: {
        title: ['required'],
        priorityId: ['id'],
        ownerId: ['id'],
        leadOrganisationId: ['id'],
        'dueOn-day': ['day'],
        'dueOn-month': ['month'],
        'dueOn-year': ['year'],
        evidenceStrength: ['choice'],
        legacyStatus: ['choice'],
      },
    },
    {
      name: 'edit an action',
      page: `/plans/hastings/actions/${actionId}`,
      action: 'handleEdit',
      bound: ['actions', 'hastings', actionId, null],
      valid: {
        token,
        title: 'Probe: edited action',
        description: '',
        priorityId: '',
        leadOrganisationId: '',
        ownerId: '',
        'startsOn-day': '',
        'startsOn-month': '',
        'startsOn-year': '',
        'dueOn-day': '1',
        'dueOn-month': '9',
        'dueOn-year': '2027',
        evidenceStrand: '',
        evidenceStrength: '',
        legacyStatus: '',
      },
      kinds: {
        token: ['required', 'id'],
        title: ['required'],
        priorityId: ['id'],
        ownerId: ['id'],
        leadOrganisationId: ['id'],
        'dueOn-day': ['day'],
        'dueOn-month': ['month'],
        'dueOn-year': ['year'],
        evidenceStrength: ['choice'],
        legacyStatus: ['choice'],
      },
    },
    {
      name: 'add a priority',
      page: '/plans/hastings/priorities/new',
      action: 'handleAdd',
      bound: ['priorities', 'hastings', null],
      valid: { token: 'new', title: 'Probe: priority', description: '', lifeStageId: '', origin: '', position: '1' },
      kinds: { title: ['required'], lifeStageId: ['id'], origin: ['choice'], position: ['position'] },
    },
    {
      name: 'set a measure status by hand',
      page: `/measures/${measureId}`,
      action: 'handleStatusOverride',
      bound: [measureId],
      valid: { version: '1', status: 'AT_RISK', reason: 'Probe: reason' },
      kinds: { version: ['version'], status: ['choice'], reason: ['required'] },
    },
    {
      name: 'submit the plan for approval',
      page: '/plans/hastings',
      action: 'handlePlanSubmission',
      bound: ['hastings'],
      valid: { version: '1', changeSummary: 'Probe: summary' },
      kinds: { version: ['version'], changeSummary: ['required'] },
    },
    {
      name: 'invite a user',
      page: '/users/invite',
      action: 'handleInvite',
      bound: [],
      valid: { name: 'Probe person', email: `probe-${Date.now()}@example.org`, role: 'PARTNER', areaIds: [hastings] },
      kinds: { name: ['required'], email: ['email'], role: ['role'], areaIds: ['id'] },
    },
    {
      name: 'change your password',
      page: '/account',
      action: 'handlePasswordChange',
      bound: [],
      // The current password is wrong, so even the valid answer changes nothing.
      valid: {
        currentPassword: 'not the password',
        newPassword: 'a-long-new-pass-2026',
        confirmPassword: 'a-long-new-pass-2026',
      },
      kinds: { currentPassword: ['required'], newPassword: ['required'], confirmPassword: ['required'] },
    },
  ]
}

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
