/**
 * The automatic status of a success measure: where its latest value stands against the line
 * from baseline, through any interim trajectory points, to target.
 *
 * The rule (documented on the about page):
 * - no value recorded after the baseline → "too early to judge";
 * - no baseline or no numeric target → no status can be computed;
 * - otherwise the expected value at the latest value's date is read off the line (linear
 *   between points; the target itself once the target date has passed), and with polarity
 *   ("higher is better" or "lower is better"):
 *     meets or beats the expected value                    → on track
 *     falls short by at most TOLERANCE of the planned change → at risk
 *     falls short by more                                   → off track
 *   (when baseline and target are equal, the tolerance is one unit of the measure).
 * Pure, so the same rule runs in pages, exports and tests.
 */

import { parsePeriod } from '@/lib/period'

export const TOLERANCE = 0.1

export type Polarity = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER'
export type ComputedStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'TOO_EARLY' | 'NO_TARGET'
export type Point = { value: number; period: string }

/** The last day of a period (lib/period.ts has the grammar); null when it is not a period. */
export function periodEnd(period: string | null | undefined): Date | null {
  return parsePeriod(period)?.end ?? null
}

type Dated = { value: number; at: number }

function dated(points: Point[]): Dated[] {
  return points
    .flatMap((p) => {
      const d = periodEnd(p.period)
      return d && Number.isFinite(p.value) ? [{ value: p.value, at: d.getTime() }] : []
    })
    .sort((a, b) => a.at - b.at)
}

/** The value the line expects at time `at`. */
export function expectedAt(line: Dated[], at: number): number | null {
  const first = line[0]
  const last = line.at(-1)
  if (!first || !last) return null
  if (at <= first.at) return first.value
  if (at >= last.at) return last.value
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]
    const b = line[i]
    if (a && b && at <= b.at) return b.at === a.at ? b.value : a.value + ((b.value - a.value) * (at - a.at)) / (b.at - a.at)
  }
  return last.value
}

export function computeMeasureStatus(input: {
  polarity: Polarity
  baseline: Point | null
  target: Point | null
  trajectory?: Point[]
  values: Point[]
}): ComputedStatus {
  const baselineAt = input.baseline ? periodEnd(input.baseline.period)?.getTime() : undefined
  const after = dated(input.values).filter((v) => baselineAt === undefined || v.at > baselineAt)
  const latest = after.at(-1)
  if (!latest) return 'TOO_EARLY'
  if (!input.baseline || !input.target || baselineAt === undefined || !periodEnd(input.target.period)) return 'NO_TARGET'

  const line = dated([input.baseline, ...(input.trajectory ?? []), input.target])
  const expected = expectedAt(line, latest.at)
  if (expected === null) return 'NO_TARGET'
  const sign = input.polarity === 'HIGHER_IS_BETTER' ? 1 : -1
  const shortfall = sign * (expected - latest.value) // > 0 means behind the line
  if (shortfall <= 1e-9) return 'ON_TRACK'
  const plannedChange = Math.abs(input.target.value - input.baseline.value)
  const tolerance = plannedChange > 0 ? plannedChange * TOLERANCE : 1
  return shortfall <= tolerance + 1e-9 ? 'AT_RISK' : 'OFF_TRACK'
}

/** Why a value cannot be right for a measure's unit, or null: one rule for forms and CSV uploads. */
export function valueRangeProblem(unit: string, value: number): string | null {
  if (unit === 'PERCENT' && (value < 0 || value > 100)) return 'A percentage must be from 0 to 100'
  if ((unit === 'COUNT' || unit === 'RATE_PER_1000' || unit === 'GBP') && value < 0) return 'This measure cannot be negative'
  return null
}
