/** Priority and plan roll-ups: counts by status and average progress, computed. */
import { describe, expect, it } from 'vitest'
import { describeRollUp, rollUp } from '@/lib/plan-rollup'

describe('roll-ups', () => {
  it('counts actions by status and averages the progress of live actions', () => {
    const r = rollUp(
      [
        { status: 'ON_TRACK', progressPercent: 40 },
        { status: 'ON_TRACK', progressPercent: null },
        { status: 'AT_RISK', progressPercent: 20 },
        { status: 'COMPLETE', progressPercent: 80 },
        { status: 'STOPPED', progressPercent: 10 },
        { status: null, progressPercent: null },
      ],
      [{ status: 'ON_TRACK' }, { status: 'TOO_EARLY' }, { status: 'ON_TRACK' }],
    )
    // Complete counts as 100, stopped and unreported are left out: (40 + 20 + 100) / 3.
    expect(r).toEqual({
      actions: 6,
      actionsByStatus: { ON_TRACK: 2, AT_RISK: 1, COMPLETE: 1, STOPPED: 1, NONE: 1 },
      averageProgress: 53,
      measuresByStatus: { ON_TRACK: 2, TOO_EARLY: 1 },
    })
    expect(describeRollUp(r, 3)).toBe(
      '6 actions: 2 on track, 1 at risk, 1 complete, 1 stopped, 1 not reported; average progress 53%. Measures: 2 on track, 1 too early to judge.',
    )
  })

  it('says plainly when there is nothing to roll up', () => {
    const r = rollUp([], [])
    expect(r.averageProgress).toBeNull()
    expect(describeRollUp(r, 0)).toBe('No actions.')
    expect(describeRollUp(rollUp([{ status: 'STOPPED', progressPercent: 50 }], []), 0)).toBe('1 action: 1 stopped.')
  })
})
