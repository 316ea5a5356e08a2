/**
 * The delivery team's form for a success measure's definition and targets in the draft plan:
 * baseline, interim trajectory points and target. Safe in the browser.
 */
import * as z from 'zod'
import { periodEnd, valueRangeProblem } from '@/lib/measure-status'
import { POLARITIES, UNITS, type TrajectoryPoint } from '@/lib/plan-fields'
import { optionalId } from './action'
import { PERIOD_HINT, parseDecimal } from './measure-value'

const periodMessage = (label: string) => `Enter the ${label} as ${PERIOD_HINT.charAt(0).toLowerCase()}${PERIOD_HINT.slice(1)}`

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} must be ${max.toLocaleString('en-GB')} characters or fewer` })
    .transform((v) => v || null)

const optionalNumber = (label: string) =>
  z
    .string()
    .trim()
    .max(20, { error: `Enter the ${label} as a number, like 71.5` })
    .transform((v, ctx) => {
      if (v === '') return null
      const n = parseDecimal(v)
      if (n === null || Math.abs(n) > 1e9) {
        ctx.addIssue({ code: 'custom', message: `Enter the ${label} as a number, like 71.5` })
        return z.NEVER
      }
      return n
    })

const optionalPeriod = (label: string) =>
  z
    .string()
    .trim()
    .max(20, { error: periodMessage(label) })
    .refine((p) => p === '' || periodEnd(p) !== null, { error: periodMessage(label) })
    .transform((v) => v || null)

/** "2019, 64.5" per line (a comma, colon or spaces between period and value). */
export function parseTrajectory(text: string): { points: TrajectoryPoint[]; problems: string[] } {
  const points: TrajectoryPoint[] = []
  const problems: string[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim()
    if (!line) return
    const m = /^(\S+?)\s*[,:]?\s+(\S+)$|^(\S+?)\s*[,:]\s*(\S+)$/.exec(line)
    const period = m?.[1] ?? m?.[3] ?? ''
    const value = parseDecimal(m?.[2] ?? m?.[4] ?? '')
    if (!m || periodEnd(period) === null || value === null) {
      problems.push(`Line ${i + 1} of the trajectory must be a period and a number, like 2019, 64.5`)
    } else points.push({ period, value })
  })
  return {
    points: points.sort((a, b) => (periodEnd(a.period)?.getTime() ?? 0) - (periodEnd(b.period)?.getTime() ?? 0)),
    problems,
  }
}

export const MeasurePlanSchema = z
  .object({
    /** Which state of the measure the edit was made from (see lib/data/plan-draft.ts). */
    token: z.string().max(80),
    priorityId: optionalId,
    /** Only when adding a measure: the national core definition chosen, or '' for a local one. */
    definitionId: optionalId,
    name: z
      .string()
      .trim()
      .min(1, { error: 'Enter the name of the measure' })
      .max(300, { error: 'The name must be 300 characters or fewer' }),
    unit: z.enum(UNITS, { error: 'Select the unit' }),
    polarity: z.enum(POLARITIES, { error: 'Select whether higher or lower is better' }),
    dataSource: optionalText('The data source', 500),
    frequency: optionalText('How often it is published', 100),
    baselineValue: optionalNumber('baseline value'),
    baselinePeriod: optionalPeriod('baseline period'),
    baselineNote: optionalText('The baseline in words', 1000),
    trajectory: z
      .string()
      .max(5000, { error: 'The trajectory must be 5,000 characters or fewer' })
      .transform((text, ctx) => {
        const { points, problems } = parseTrajectory(text)
        for (const message of problems.slice(0, 3)) ctx.addIssue({ code: 'custom', message })
        return problems.length ? z.NEVER : points
      }),
    targetValue: optionalNumber('target value'),
    targetPeriod: optionalPeriod('target period'),
    targetNote: optionalText('The target in words', 1000),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
    if (v.baselineValue !== null && !v.baselinePeriod) issue('baselinePeriod', 'Enter the period of the baseline')
    if (v.targetValue !== null && !v.targetPeriod) issue('targetPeriod', 'Enter the period by which the target should be met')
    for (const key of ['baselineValue', 'targetValue'] as const) {
      const problem = v[key] === null ? null : valueRangeProblem(v.unit, v[key])
      if (problem) issue(key, problem)
    }
    const start = periodEnd(v.baselinePeriod)?.getTime()
    const end = periodEnd(v.targetPeriod)?.getTime()
    if (start !== undefined && end !== undefined && end <= start)
      issue('targetPeriod', 'The target period must be after the baseline period')
    const seen = new Set<number>()
    for (const p of v.trajectory) {
      const at = periodEnd(p.period)?.getTime() ?? 0
      const problem = valueRangeProblem(v.unit, p.value)
      if (problem) issue('trajectory', `${p.period}: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}`)
      if (seen.has(at)) issue('trajectory', `The trajectory has ${p.period} more than once`)
      seen.add(at)
      if ((start !== undefined && at <= start) || (end !== undefined && at >= end)) {
        issue('trajectory', `${p.period} must come after the baseline and before the target`)
      }
    }
  })
export type MeasurePlanInput = z.infer<typeof MeasurePlanSchema>
