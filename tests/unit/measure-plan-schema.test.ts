/** The success measure definition and targets form: numbers, periods, trajectory lines and their order. */
import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { MeasurePlanSchema, parseTrajectory } from '@/lib/validation/measure-plan'

const form = (overrides: Record<string, string> = {}) => ({
  token: 'published',
  priorityId: '',
  definitionId: '',
  name: 'Pupils reaching the expected standard',
  unit: 'PERCENT',
  polarity: 'HIGHER_IS_BETTER',
  dataSource: '',
  frequency: '',
  baselineValue: '60',
  baselinePeriod: '2017',
  baselineNote: '',
  trajectory: '',
  targetValue: '70',
  targetPeriod: '2021',
  targetNote: '',
  ...overrides,
})

const errors = (overrides: Record<string, string>) => {
  const r = MeasurePlanSchema.safeParse(form(overrides))
  return r.success ? {} : z.flattenError(r.error).fieldErrors
}

describe('the success measure targets form', () => {
  it('reads trajectory lines written with commas, colons or spaces, in period order', () => {
    expect(parseTrajectory('2020, 67\n\n2018/19: 63.5\n2019-03 1,204')).toEqual({
      points: [
        { period: '2019-03', value: 1204 },
        { period: '2018/19', value: 63.5 },
        { period: '2020', value: 67 },
      ],
      problems: [],
    })
    expect(parseTrajectory('2019, lots\nsoon, 5').problems).toEqual([
      'Line 1 of the trajectory must be a period and a number, like 2019, 64.5',
      'Line 2 of the trajectory must be a period and a number, like 2019, 64.5',
    ])
  })

  it('accepts a complete form and turns blanks into nothing', () => {
    const r = MeasurePlanSchema.parse(form({ trajectory: '2019, 64\n2020, 67', dataSource: '  ' }))
    expect(r).toMatchObject({
      baselineValue: 60,
      targetValue: 70,
      dataSource: null,
      trajectory: [
        { period: '2019', value: 64 },
        { period: '2020', value: 67 },
      ],
    })
    expect(
      MeasurePlanSchema.parse(
        form({ baselineValue: '', baselinePeriod: '', targetValue: '', targetPeriod: '', targetNote: 'Close the gap' }),
      ),
    ).toMatchObject({
      baselineValue: null,
      targetValue: null,
      targetNote: 'Close the gap',
    })
  })

  it('refuses values without periods, periods it cannot read, and percentages out of range', () => {
    expect(errors({ baselinePeriod: '' }).baselinePeriod).toEqual(['Enter the period of the baseline'])
    expect(errors({ targetPeriod: 'next year' }).targetPeriod?.[0]).toMatch(/^Enter the target period as a year/)
    expect(errors({ targetValue: '101' }).targetValue).toEqual(['A percentage must be from 0 to 100'])
    expect(errors({ baselineValue: 'sixty' }).baselineValue).toEqual(['Enter the baseline value as a number, like 71.5'])
    expect(errors({ unit: 'FURLONGS' }).unit).toEqual(['Select the unit'])
  })

  it('keeps the line in order: target after baseline, trajectory between them and each period once', () => {
    expect(errors({ targetPeriod: '2016' }).targetPeriod).toEqual(['The target period must be after the baseline period'])
    expect(errors({ trajectory: '2017, 61' }).trajectory).toEqual(['2017 must come after the baseline and before the target'])
    expect(errors({ trajectory: '2022, 71' }).trajectory).toEqual(['2022 must come after the baseline and before the target'])
    expect(errors({ trajectory: '2019, 64\n2019, 65' }).trajectory).toEqual(['The trajectory has 2019 more than once'])
    expect(errors({ trajectory: '2019, 140' }).trajectory).toEqual(['2019: a percentage must be from 0 to 100'])
  })
})
