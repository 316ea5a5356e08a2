// Reads `npm audit --json` output: exit 1 on high/critical advisories, 0 otherwise.
// If the registry refused the audit request, says so plainly and exits 0 (nothing to judge).
import { readFileSync } from 'node:fs'

const text = readFileSync(process.argv[2] ?? '', 'utf8')
let report
try {
  report = JSON.parse(text)
} catch {
  console.error('npm audit produced no JSON report:\n' + text.slice(0, 500))
  process.exit(1)
}
if (report.statusCode || report.error) {
  const why = report.message ?? report.error?.summary ?? 'unknown error'
  console.warn(`WARNING: npm audit could not run — the registry refused the request (${why}). No advisories were checked.`)
  process.exit(0)
}
const v = report.metadata?.vulnerabilities ?? {}
const serious = (v.high ?? 0) + (v.critical ?? 0)
console.log(`npm audit: ${v.critical ?? 0} critical, ${v.high ?? 0} high, ${v.moderate ?? 0} moderate, ${v.low ?? 0} low`)
process.exit(serious > 0 ? 1 : 0)
