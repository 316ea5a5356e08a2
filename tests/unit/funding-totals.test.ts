import { describe, expect, it } from 'vitest'
import { fundingTotals, fundingWarnings, type AllocationFigure, type EntryFigure } from '@/lib/funding-totals'

const alloc = (id: string, pence: bigint, extra: Partial<AllocationFigure> = {}): AllocationFigure => ({
  id,
  areaId: 'area-1',
  streamId: 'core',
  kind: 'ALLOCATION',
  amountPence: pence,
  priorityId: null,
  actionId: null,
  ...extra,
})
const entry = (kind: EntryFigure['kind'], pence: bigint, extra: Partial<EntryFigure> = {}): EntryFigure => ({
  areaId: 'area-1',
  allocationId: 'a1',
  actionId: 'act-1',
  kind,
  amountPence: pence,
  ...extra,
})
const actions = [
  { id: 'act-1', priorityId: 'p1' },
  { id: 'act-2', priorityId: 'p1' },
  { id: 'act-3', priorityId: null },
]
const priorities = [{ id: 'p1', lifeStageId: 'early-years' }]

describe('fundingTotals', () => {
  it('is null, never £0, where nothing is allocated', () => {
    const t = fundingTotals([], [])
    expect(t.total).toEqual({
      allocatedPence: null,
      committedPence: 0n,
      spentPence: 0n,
      remainingPence: null,
      percentSpent: null,
    })
    expect(t.byArea.size).toBe(0)
  })

  it('adds allocations and entries at each level of the line of sight', () => {
    const t = fundingTotals(
      [alloc('a1', 100_000n, { actionId: 'act-1' }), alloc('a2', 50_000n, { priorityId: 'p1', streamId: 'els' })],
      [entry('COMMITMENT', 80_000n), entry('SPEND', 30_000n), entry('SPEND', 10_000n, { actionId: 'act-2', allocationId: 'a2' })],
      actions,
      priorities,
    )
    expect(t.total).toMatchObject({
      allocatedPence: 150_000n,
      committedPence: 80_000n,
      spentPence: 40_000n,
      remainingPence: 110_000n,
    })
    expect(t.total.percentSpent).toBe(26) // 40,000 of 150,000, rounded down
    expect(t.byAction.get('act-1')).toMatchObject({ allocatedPence: 100_000n, committedPence: 80_000n, spentPence: 30_000n })
    // act-2 has spend but nothing earmarked: its allocated is unknown, not £0.
    expect(t.byAction.get('act-2')).toMatchObject({ allocatedPence: null, spentPence: 10_000n, percentSpent: null })
    expect(t.byPriority.get('p1')).toMatchObject({ allocatedPence: 150_000n, spentPence: 40_000n })
    expect(t.byLifeStage.get('early-years')).toMatchObject({ allocatedPence: 150_000n, spentPence: 40_000n })
    expect(t.byStream.get('core')).toMatchObject({ allocatedPence: 100_000n, committedPence: 80_000n, spentPence: 30_000n })
    expect(t.byStream.get('els')).toMatchObject({ allocatedPence: 50_000n, spentPence: 10_000n })
    expect(t.byAllocation.get('a2')).toMatchObject({ allocatedPence: 50_000n, spentPence: 10_000n, remainingPence: 40_000n })
  })

  it('never adds a reported total to allocations', () => {
    const t = fundingTotals([alloc('a1', 100n), alloc('r1', 1_000n, { kind: 'REPORTED_TOTAL' })], [])
    expect(t.total.allocatedPence).toBe(100n)
    expect(t.byAllocation.has('r1')).toBe(false)
  })

  it('shows an over-spend as negative remaining and more than 100%', () => {
    const t = fundingTotals([alloc('a1', 1_000n)], [entry('SPEND', 1_500n)])
    expect(t.total).toMatchObject({ remainingPence: -500n, percentSpent: 150 })
  })

  it('keeps areas apart', () => {
    const t = fundingTotals(
      [alloc('a1', 10n), alloc('b1', 20n, { areaId: 'area-2' })],
      [entry('SPEND', 5n, { areaId: 'area-2', allocationId: 'b1' })],
    )
    expect(t.byArea.get('area-1')).toMatchObject({ allocatedPence: 10n, spentPence: 0n })
    expect(t.byArea.get('area-2')).toMatchObject({ allocatedPence: 20n, spentPence: 5n })
    expect(t.total).toMatchObject({ allocatedPence: 30n, spentPence: 5n })
  })
})

describe('fundingWarnings', () => {
  const money = (p: bigint) => `£${p / 100n}`
  const period = { startsOn: new Date('2020-04-01'), endsOn: new Date('2021-03-31'), name: '2020-21' }
  const totals = (allocated: bigint | null, committed: bigint, spent: bigint) =>
    fundingTotals(allocated === null ? [] : [alloc('a1', allocated)], [
      entry('COMMITMENT', committed),
      entry('SPEND', spent),
    ]).byAllocation.get('a1') ?? {
      allocatedPence: null,
      committedPence: committed,
      spentPence: spent,
      remainingPence: null,
      percentSpent: null,
    }

  it('says nothing for spend within commitment, allocation and period', () => {
    const t = totals(100_000n, 50_000n, 20_000n)
    expect(
      fundingWarnings({
        kind: 'SPEND',
        action: t,
        allocation: t,
        occurredOn: new Date('2020-06-01'),
        allocationPeriod: period,
        formatPence: money,
      }),
    ).toEqual([])
  })

  it('warns of spend over commitment, commitment or spend over allocation, and a date outside the period', () => {
    const t = totals(10_000n, 20_000n, 30_000n)
    const w = fundingWarnings({
      kind: 'SPEND',
      action: t,
      allocation: t,
      occurredOn: new Date('2021-04-01'),
      allocationPeriod: period,
      formatPence: money,
    })
    expect(w).toEqual([
      'Spend on this action would be £300, more than the £200 committed to it.',
      'Spend paid from this allocation would be £300, more than its £100.',
      'The date is outside the allocation’s period (2020-21).',
    ])
    expect(
      fundingWarnings({
        kind: 'SPEND',
        action: t,
        allocation: t,
        occurredOn: new Date('2020-03-31'),
        allocationPeriod: period,
        formatPence: money,
      }),
    ).toContain('The date is outside the allocation’s period (2020-21).')
  })

  it('warns a commitment only of commitments past the allocation, not of spend it did not add', () => {
    const t = totals(10_000n, 20_000n, 30_000n)
    const w = fundingWarnings({
      kind: 'COMMITMENT',
      action: t,
      allocation: t,
      occurredOn: new Date('2020-06-01'),
      allocationPeriod: period,
      formatPence: money,
    })
    expect(w).toEqual(['Commitments paid from this allocation would be £200, more than its £100.'])
  })

  it('does not judge a date against a period with no dates', () => {
    const t = totals(100_000n, 0n, 0n)
    const none = { startsOn: null, endsOn: null, name: '2017-20' }
    expect(
      fundingWarnings({
        kind: 'COMMITMENT',
        action: t,
        allocation: t,
        occurredOn: new Date('1999-01-01'),
        allocationPeriod: none,
        formatPence: money,
      }),
    ).toEqual([])
  })
})
