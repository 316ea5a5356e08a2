import { describe, expect, it } from 'vitest'
import { formatMeasure, formatPartialDate, formatPence, formatTarget, penceToMillions } from '@/lib/format'

describe('formatPence', () => {
  it('shows whole pounds without pence and keeps exact pence otherwise', () => {
    expect(formatPence(125_000_000n)).toBe('£1,250,000')
    expect(formatPence('207883500')).toBe('£2,078,835')
    expect(formatPence(12_345n)).toBe('£123.45')
    expect(formatPence(0n)).toBe('£0')
  })

  it('states how the source qualified the amount', () => {
    expect(formatPence(600_000_000n, 'UP_TO')).toBe('up to £6,000,000')
    expect(formatPence(210_000_000n, 'NEARLY')).toBe('nearly £2,100,000')
    expect(formatPence(1_100_000_000n, 'OVER')).toBe('over £11,000,000')
  })
})

describe('formatPartialDate', () => {
  it('formats to the precision the source gives', () => {
    expect(formatPartialDate('2018-01-19')).toBe('19 January 2018')
    expect(formatPartialDate('2017-10')).toBe('October 2017')
    expect(formatPartialDate('2017')).toBe('2017')
  })

  it('returns null for unknown or malformed values', () => {
    expect(formatPartialDate(null)).toBeNull()
    expect(formatPartialDate('2017-13')).toBeNull()
    expect(formatPartialDate('October 2017')).toBeNull()
  })
})

describe('formatMeasure', () => {
  it('formats by unit and keeps one decimal place', () => {
    expect(formatMeasure(35.6, 'PERCENT')).toBe('35.6%')
    expect(formatMeasure(75, 'COUNT')).toBe('75')
    expect(formatMeasure(null, 'PERCENT')).toBeNull()
  })
})

describe('penceToMillions', () => {
  it('gives a chart the same millions its table shows in pounds (Bradford £18.23m once drew as 182)', () => {
    expect(penceToMillions(1_823_000_000n)).toBe(18.2)
    expect(penceToMillions('600000000')).toBe(6)
    expect(penceToMillions(4_950_000n)).toBe(0) // £49,500 is 0.05m: rounds to 0.0
    expect(penceToMillions(5_000_000n)).toBe(0.1)
  })
})

describe('formatTarget', () => {
  it('says a period once: after a number, or in brackets after a note that may have a date of its own', () => {
    const base = { targetValue: null, targetNote: null, targetPeriod: null, unit: 'PERCENT' as const }
    expect(formatTarget({ ...base, targetValue: 75, targetPeriod: '2020' })).toBe('75% by 2020')
    expect(
      formatTarget({ ...base, targetNote: 'New service for younger children by September 2018', targetPeriod: '2018/2021' }),
    ).toBe('New service for younger children by September 2018 (target period 2018/2021)')
    expect(formatTarget({ ...base, targetNote: 'Halve the gap' })).toBe('Halve the gap')
    expect(formatTarget(base)).toBeNull()
  })
})
