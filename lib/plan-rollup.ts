/**
 * Roll-ups of a priority or a whole plan, computed from its actions and measures (never stored
 * by hand). Pure, so pages and tests share one rule:
 * - actions are counted by reported status ("not reported" when none);
 * - average progress is the mean of the progress reported on live actions: a complete action
 *   counts as 100%, a stopped one is left out, and one with no progress reported is left out
 *   (null when no action qualifies);
 * - measures are counted by status (computed or set by hand).
 */
import type { ComputedStatus } from './measure-status'

export type ActionStatusName = 'NOT_STARTED' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'COMPLETE' | 'STOPPED'

export type RollUp = {
  actions: number
  actionsByStatus: Partial<Record<ActionStatusName | 'NONE', number>>
  averageProgress: number | null
  measuresByStatus: Partial<Record<ComputedStatus, number>>
}

export function rollUp(
  actions: readonly { status: ActionStatusName | null; progressPercent: number | null }[],
  measures: readonly { status: ComputedStatus }[],
): RollUp {
  const actionsByStatus: RollUp['actionsByStatus'] = {}
  const progress: number[] = []
  for (const a of actions) {
    const key = a.status ?? 'NONE'
    actionsByStatus[key] = (actionsByStatus[key] ?? 0) + 1
    if (a.status === 'COMPLETE') progress.push(100)
    else if (a.status !== 'STOPPED' && a.progressPercent !== null) progress.push(a.progressPercent)
  }
  const measuresByStatus: RollUp['measuresByStatus'] = {}
  for (const m of measures) measuresByStatus[m.status] = (measuresByStatus[m.status] ?? 0) + 1
  return {
    actions: actions.length,
    actionsByStatus,
    averageProgress: progress.length ? Math.round(progress.reduce((s, p) => s + p, 0) / progress.length) : null,
    measuresByStatus,
  }
}

const ACTION_WORDS: [ActionStatusName | 'NONE', string][] = [
  ['ON_TRACK', 'on track'],
  ['AT_RISK', 'at risk'],
  ['OFF_TRACK', 'off track'],
  ['NOT_STARTED', 'not started'],
  ['COMPLETE', 'complete'],
  ['STOPPED', 'stopped'],
  ['NONE', 'not reported'],
]
const MEASURE_WORDS: [ComputedStatus, string][] = [
  ['ON_TRACK', 'on track'],
  ['AT_RISK', 'at risk'],
  ['OFF_TRACK', 'off track'],
  ['TOO_EARLY', 'too early to judge'],
  ['NO_TARGET', 'without a target to judge against'],
]

/** "3 actions: 2 on track, 1 at risk; average progress 45%. Measures: 1 on track." */
export function describeRollUp(r: RollUp, measureCount: number): string {
  const list = <K extends string>(words: [K, string][], counts: Partial<Record<K, number>>) =>
    words.flatMap(([k, w]) => (counts[k] ? [`${counts[k]} ${w}`] : [])).join(', ')
  const parts = [
    r.actions === 0
      ? 'No actions'
      : `${r.actions} ${r.actions === 1 ? 'action' : 'actions'}: ${list(ACTION_WORDS, r.actionsByStatus)}`,
  ]
  if (r.averageProgress !== null) parts.push(`average progress ${r.averageProgress}%`)
  const text = `${parts.join('; ')}.`
  return measureCount
    ? `${text} ${measureCount === 1 ? 'Measure' : 'Measures'}: ${list(MEASURE_WORDS, r.measuresByStatus)}.`
    : text
}
