import { describe, expect, it } from 'vitest'
import { computeMeasureStatus, periodEnd } from '@/lib/measure-status'

const iso = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null

describe('periodEnd', () => {
  it.each([
    ['2016', '2016-08-31'],
    ['2020/21', '2021-08-31'],
    ['2020-21', '2021-08-31'],
    ['2019/2020', '2020-08-31'],
    ['2019-03', '2019-03-31'],
    ['2020-02', '2020-02-29'],
    ['2018-01-19', '2018-01-19'],
    [' 2021 ', '2021-08-31'],
  ])('%s ends on %s', (period, end) => {
    expect(iso(periodEnd(period))).toBe(end)
  })

  it.each(['', 'by 2021', 'January 2019', '2018/2019/2020', null])('cannot read %s', (period) => {
    expect(periodEnd(period)).toBeNull()
  })
})

describe('computeMeasureStatus', () => {
  // Baseline 60 in 2016, target 80 in 2020: the line rises 5 a year; tolerance is 10% of 20 = 2.
  const base = {
    polarity: 'HIGHER_IS_BETTER' as const,
    baseline: { value: 60, period: '2016' },
    target: { value: 80, period: '2020' },
  }

  it('is too early to judge with no value after the baseline', () => {
    expect(computeMeasureStatus({ ...base, values: [] })).toBe('TOO_EARLY')
    expect(computeMeasureStatus({ ...base, values: [{ value: 61, period: '2016' }] })).toBe('TOO_EARLY')
  })

  it('is on track exactly on the line, and above it', () => {
    expect(computeMeasureStatus({ ...base, values: [{ value: 70, period: '2018' }] })).toBe('ON_TRACK')
    expect(computeMeasureStatus({ ...base, values: [{ value: 75, period: '2018' }] })).toBe('ON_TRACK')
  })

  it('is at risk within the tolerance below the line, off track beyond it', () => {
    expect(computeMeasureStatus({ ...base, values: [{ value: 68, period: '2018' }] })).toBe('AT_RISK') // 2 short
    expect(computeMeasureStatus({ ...base, values: [{ value: 67.9, period: '2018' }] })).toBe('OFF_TRACK')
  })

  it('judges the latest value only', () => {
    const values = [
      { value: 50, period: '2017' },
      { value: 70, period: '2018' },
    ]
    expect(computeMeasureStatus({ ...base, values })).toBe('ON_TRACK')
  })

  it('turns the comparison round when lower is better', () => {
    const lower = {
      polarity: 'LOWER_IS_BETTER' as const,
      baseline: { value: 20, period: '2016' },
      target: { value: 10, period: '2020' },
    }
    expect(computeMeasureStatus({ ...lower, values: [{ value: 15, period: '2018' }] })).toBe('ON_TRACK') // on the line
    expect(computeMeasureStatus({ ...lower, values: [{ value: 12, period: '2018' }] })).toBe('ON_TRACK')
    expect(computeMeasureStatus({ ...lower, values: [{ value: 16, period: '2018' }] })).toBe('AT_RISK')
    expect(computeMeasureStatus({ ...lower, values: [{ value: 17, period: '2018' }] })).toBe('OFF_TRACK')
  })

  it('follows interim trajectory points rather than a straight line', () => {
    const trajectory = [{ value: 62, period: '2018' }] // slow start planned
    expect(computeMeasureStatus({ ...base, trajectory, values: [{ value: 62, period: '2018' }] })).toBe('ON_TRACK')
    expect(computeMeasureStatus({ ...base, values: [{ value: 62, period: '2018' }] })).toBe('OFF_TRACK') // without it
  })

  it('expects the target itself once the target period has passed', () => {
    expect(computeMeasureStatus({ ...base, values: [{ value: 80, period: '2022' }] })).toBe('ON_TRACK')
    expect(computeMeasureStatus({ ...base, values: [{ value: 78.5, period: '2022' }] })).toBe('AT_RISK')
    expect(computeMeasureStatus({ ...base, values: [{ value: 75, period: '2022' }] })).toBe('OFF_TRACK')
  })

  it('cannot judge without a baseline or a numeric target', () => {
    expect(computeMeasureStatus({ ...base, target: null, values: [{ value: 70, period: '2018' }] })).toBe('NO_TARGET')
    expect(computeMeasureStatus({ ...base, baseline: null, values: [{ value: 70, period: '2018' }] })).toBe('NO_TARGET')
  })

  it('uses one unit of tolerance when baseline and target are equal', () => {
    const flat = { ...base, target: { value: 60, period: '2020' } }
    expect(computeMeasureStatus({ ...flat, values: [{ value: 59, period: '2018' }] })).toBe('AT_RISK')
    expect(computeMeasureStatus({ ...flat, values: [{ value: 58.9, period: '2018' }] })).toBe('OFF_TRACK')
  })
})
