/** CSV bulk update of measure values: every problem reported by line and column, all or nothing. */
import { describe, expect, it } from 'vitest'
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import { checkMeasureCsv, importMeasureCsv, measureCsvTemplate } from '@/lib/data/uploads/measure-values'
import { createArea, createMeasureValue, createSuccessMeasure, createUser } from '@/tests/factories'
import { db } from '../../setup/test-db'

const HEADER = 'measure_id,measure,period,value,provisional,local_insight'

async function setUp() {
  const area = await createArea(db().prisma)
  const m1 = await createSuccessMeasure(db().prisma, area.id)
  const m2 = await createSuccessMeasure(db().prisma, area.id)
  const other = await createSuccessMeasure(db().prisma, (await createArea(db().prisma)).id)
  const user = (await findSessionUser(
    (await createUser(db().prisma, { role: 'DELIVERY_TEAM', areaIds: [area.id] })).id,
    1,
  )) as SessionUser
  return { area, m1, m2, other, user }
}

describe('CSV bulk update of measure values', () => {
  it('offers a template with one row per measure of the area', async () => {
    const { area, m1, m2, user } = await setUp()
    const lines = (await measureCsvTemplate(user, area.slug)).trim().split('\n')
    expect(lines[0]).toBe(HEADER)
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([m1.id, m2.id])
  })

  it('reports every bad row by line and column and writes nothing; the fixed file applies all rows at once', async () => {
    const { area, m1, m2, other, user } = await setUp()
    await createMeasureValue(db().prisma, m2.id, { period: '2018', periodEnd: new Date('2018-08-31'), value: 50 })
    const bad = [
      HEADER,
      `${m1.id},A,2019,65,no,`,
      `${other.id},B,2019,65,no,`, // another area's measure
      `${m1.id},A,Spring 2019,65,no,`,
      `${m1.id},A,2020,101,maybe,`,
      `${m2.id},C,2018,abc,no,`,
      `${m1.id},A,2019,66,no,`, // duplicate of line 2
    ].join('\n')
    const check = await checkMeasureCsv(user, area.slug, bad)
    expect(check.problems).toEqual([
      { line: 3, column: 'measure_id', message: 'Unknown measure: use the ids from this area’s template' },
      {
        line: 4,
        column: 'period',
        message:
          'Enter the period as a year (2019), a school year (2018/19), a financial year (FY2018/19), a month (2019-03) or a day (2019-03-14)',
      },
      { line: 5, column: 'value', message: 'A percentage must be from 0 to 100' },
      { line: 5, column: 'provisional', message: 'Enter yes or no' },
      { line: 6, column: 'value', message: 'Enter the value as a number, like 71.5' },
      { line: 7, column: 'period', message: 'This measure and period are also on line 2' },
    ])
    await expect(importMeasureCsv(user, area.slug, bad)).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    expect(await db().prisma.measureValue.count()).toBe(1)
    expect(await db().prisma.auditEvent.count()).toBe(0)

    const good = [HEADER, `${m1.id},A,2019,65,no,`, `${m1.id},A,2020,67.5,yes,New count`, `${m2.id},C,2018,"52.0",no,`].join('\n')
    const preview = await checkMeasureCsv(user, area.slug, good)
    expect(preview.problems).toEqual([])
    expect(preview.rows.map((r) => [r.line, r.period, r.value, r.replaces])).toEqual([
      [2, '2019', 65, null],
      [3, '2020', 67.5, null],
      [4, '2018', 52, 50],
    ])
    expect(await importMeasureCsv(user, area.slug, good)).toBe(3)
    expect(await db().prisma.measureValue.count()).toBe(3)
    const actions = (await db().prisma.auditEvent.findMany({ orderBy: { at: 'asc' } })).map((a) => a.action).sort()
    expect(actions).toEqual(['corrected measure value (CSV)', 'recorded measure value (CSV)', 'recorded measure value (CSV)'])
  })

  it('refuses a cell with a NUL or other hidden control character by line and column', async () => {
    const { area, m1, user } = await setUp()
    const check = await checkMeasureCsv(user, area.slug, `${HEADER}\n${m1.id},A,2019,65,no,Count\u0000ed\n${m1.id},A,2020,66,no,`)
    expect(check.problems).toEqual([
      { line: 2, column: 'local_insight', message: 'Remove the hidden control character from this cell' },
    ])
    expect(check.rows.map((r) => r.period)).toEqual(['2020'])
  })

  it('refuses wrong headers, a non-UTF-8 file, an empty file and an oversized one', async () => {
    const { area, m1, user } = await setUp()
    const first = async (text: string) => (await checkMeasureCsv(user, area.slug, text)).problems[0]?.message
    expect(await first(`id,period,value\n${m1.id},2019,65`)).toMatch(
      /^The header row must have the columns .* Missing: measure_id, measure, provisional, local_insight$/,
    )
    expect(await first(`${HEADER}\n${m1.id},Caf\uFFFD,2019,65,no,`)).toMatch(/not UTF-8/)
    expect(await first(HEADER)).toBe('The file has no rows under its header row')
    expect(await first(`${HEADER}\n${`${m1.id},A,2019,65,no,${'x'.repeat(1000)}\n`.repeat(600)}`)).toBe(
      'The file must be 512 KB or smaller',
    )
    expect(await first(`${HEADER}\n"unclosed,2019`)).toMatch(/could not be read as CSV/)
  })

  it('is refused to people who may not edit the plan', async () => {
    const { area } = await setUp()
    const partner = (await findSessionUser(
      (await createUser(db().prisma, { role: 'PARTNER', areaIds: [area.id] })).id,
      1,
    )) as SessionUser
    await expect(checkMeasureCsv(partner, area.slug, HEADER)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(importMeasureCsv(partner, area.slug, HEADER)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
