import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { MeasureOverrideSchema, MeasureValueSchema } from '@/lib/validation/measure-value'

const errors = (input: object) => {
  const r = MeasureValueSchema.safeParse(input)
  return r.success ? {} : z.flattenError(r.error).fieldErrors
}
const base = { period: '2018/19', value: '71.5', isProvisional: '', localInsight: '' }

describe('the measure value form', () => {
  it('reads periods, numbers with commas and the provisional box', () => {
    expect(MeasureValueSchema.parse({ ...base, value: '1,204', isProvisional: 'yes' })).toEqual({
      period: '2018/19',
      value: 1204,
      isProvisional: true,
      localInsight: null,
    })
    expect(MeasureValueSchema.parse({ ...base, value: '-2.5' }).value).toBe(-2.5)
  })

  it.each(['Spring 2019', '19', '2019/2', ''])('refuses the period %j', (period) => {
    expect(errors({ ...base, period })['period']).toHaveLength(1)
  })

  it.each(['abc', '1e5', 'Infinity', '', '12%', '1.2.3'])('refuses the value %j', (value) => {
    expect(errors({ ...base, value })['value']).toHaveLength(1)
  })
})

describe('the status override form', () => {
  it('needs a reason to override, none to clear', () => {
    expect(MeasureOverrideSchema.safeParse({ version: '1', status: 'AT_RISK', reason: ' ' }).success).toBe(false)
    expect(MeasureOverrideSchema.parse({ version: '1', status: '', reason: '' })).toEqual({
      version: 1,
      status: null,
      reason: null,
    })
    expect(MeasureOverrideSchema.safeParse({ version: '1', status: 'BRILLIANT', reason: 'x' }).success).toBe(false)
  })

  it('reads the provisional checkbox strictly: "yes", "no" or not sent; anything else is refused', () => {
    expect(MeasureValueSchema.parse({ ...base, isProvisional: 'no' }).isProvisional).toBe(false)
    for (const bad of ['true', 'YES', 'x'.repeat(100_001), 'yes ']) {
      expect(MeasureValueSchema.safeParse({ ...base, isProvisional: bad }).success, bad.slice(0, 10)).toBe(false)
    }
  })
})
