/**
 * npm test — every check, in order: typecheck, lint, format, unit, integration, end-to-end,
 * deployment. Integration and e2e use PostgreSQL when DATABASE_URL points at one, else embedded
 * PGlite; the deployment tier (nginx, two instances, Redis) always uses PostgreSQL — the local
 * server unless DATABASE_URL names one — and reuses the e2e tier's build.
 * Every step runs even if an earlier one failed, so one run shows everything that is wrong.
 * Ends with the totals from the runners' JSON reports: "N passed, M failed".
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { line, readTotals, sum, type Totals } from './test-report'

const bin = (name: string) => path.join('node_modules', '.bin', name)
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' }
const reports = 'reports'
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

type Step = { name: string; cmd: string; args: string[]; report?: string }
const vitest = (project: string): Step => ({
  name: project,
  cmd: bin('vitest'),
  args: ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/${project}.json`],
  report: `${reports}/${project}.json`,
})
const steps: Step[] = [
  // `next typegen` writes the route types (PageProps…) that a fresh clone has not built yet.
  { name: 'typecheck', cmd: 'npm', args: ['run', '--silent', 'typecheck'] },
  { name: 'lint', cmd: bin('eslint'), args: ['--max-warnings', '0', '.'] },
  { name: 'format', cmd: bin('prettier'), args: ['--check', '.'] },
  vitest('unit'),
  vitest('integration'),
  { name: 'e2e', cmd: bin('playwright'), args: ['test'], report: `${reports}/e2e.json` },
  {
    name: 'deployment',
    cmd: bin('playwright'),
    args: ['test', '-c', 'playwright.deployment.config.ts'],
    report: `${reports}/deployment.json`,
  },
]

const results: { name: string; ok: boolean; totals?: Totals; seconds: number }[] = []
for (const step of steps) {
  console.log(`\n━━ ${step.name} ━━`)
  const started = Date.now()
  const r = spawnSync(step.cmd, step.args, { stdio: 'inherit', env })
  const seconds = Math.round((Date.now() - started) / 100) / 10
  let totals: Totals | undefined
  if (step.report) {
    try {
      totals = readTotals(step.report)
    } catch {
      totals = { passed: 0, failed: 1, skipped: 0 }
    }
  }
  results.push({ name: step.name, ok: r.status === 0, totals, seconds })
}

// Checks without a test count are recorded too, so every total (here and in CI) counts them.
const checks = results.filter((r) => !r.totals).map((r) => ({ name: r.name, ok: r.ok }))
writeFileSync(`${reports}/checks.json`, JSON.stringify({ checks }, null, 2))

console.log('\n━━ summary ━━')
for (const r of results) {
  const counts = r.totals ? ` ${line(r.totals)}${r.totals.skipped ? `, ${r.totals.skipped} skipped` : ''}` : ''
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(12)}${counts} (${r.seconds}s)`)
}
const totals = sum(results.flatMap((r) => (r.totals ? [r.totals] : [])))
// A failed typecheck or lint has no test count but must still fail the line.
const stepFailures = results.filter((r) => !r.ok && !r.totals).length
console.log(line({ ...totals, failed: totals.failed + stepFailures }))
process.exit(results.every((r) => r.ok) ? 0 : 1)
