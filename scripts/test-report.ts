/**
 * Reads the runners' JSON reports (Vitest and Playwright) and totals them, so the closing
 * "N passed, M failed" line is counted, never typed.
 */
import { existsSync, readFileSync } from 'node:fs'

export type Totals = { passed: number; failed: number; skipped: number }

export function readTotals(file: string): Totals {
  if (!existsSync(file)) throw new Error(`Missing test report ${file}: the runner did not finish`)
  const r = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  if ('numPassedTests' in r) {
    // Vitest
    const v = r as {
      numPassedTests: number
      numFailedTests: number
      numPendingTests: number
      numTodoTests: number
      success: boolean
      numTotalTestSuites: number
      testResults: { status: string }[]
    }
    // A file that fails to load has no tests but still fails the run: count it as a failure.
    const brokenFiles = v.testResults.filter((t) => t.status === 'failed').length
    return {
      passed: v.numPassedTests,
      failed: Math.max(v.numFailedTests, v.success ? 0 : brokenFiles),
      skipped: v.numPendingTests + v.numTodoTests,
    }
  }
  if ('checks' in r) {
    // Our own record of checks without a test count (typecheck, lint): only failures count.
    const checks = (r as { checks: { name: string; ok: boolean }[] }).checks
    return { passed: 0, failed: checks.filter((c) => !c.ok).length, skipped: 0 }
  }
  if ('stats' in r) {
    // Playwright
    const s = (r as { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] }).stats
    const errors = ((r as { errors?: unknown[] }).errors ?? []).length
    return { passed: s.expected, failed: s.unexpected + s.flaky + errors, skipped: s.skipped }
  }
  throw new Error(`${file} is not a Vitest or Playwright JSON report`)
}

export function sum(list: Totals[]): Totals {
  return list.reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped }), {
    passed: 0,
    failed: 0,
    skipped: 0,
  })
}

export const line = (t: Totals) => `${t.passed} passed, ${t.failed} failed`

// `tsx scripts/test-report.ts [--extra-failed N] <report.json>...` prints the total of those
// reports; N counts failed checks that have no report of their own (typecheck, lint, audit).
if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const extraAt = args.indexOf('--extra-failed')
  const extra = extraAt >= 0 ? Number(args.splice(extraAt, 2)[1] ?? 0) : 0
  let totals: Totals
  try {
    const found = sum(args.map(readTotals))
    totals = { ...found, failed: found.failed + extra }
  } catch (err) {
    console.error((err as Error).message)
    console.log('0 passed, 1 failed')
    process.exit(1)
  }
  console.log(line(totals))
  process.exit(totals.failed > 0 ? 1 : 0)
}
