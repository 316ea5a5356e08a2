/**
 * CSV uploads at the documented row limit save in full (a 2,000-row file once ran past the
 * transaction's 5 s default and saved nothing), and a value or action changed by someone else
 * between the check and the write refuses the file instead of overwriting the change.
 */
import { describe, expect, it } from 'vitest'
import { MAX_CSV_ROWS } from '@/lib/csv-upload'
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import { ACTION_UPDATES_CSV } from '@/lib/data/uploads/action-updates'
import { checkRows } from '@/lib/data/uploads/csv-kind'
import { importMeasureCsv, MEASURE_VALUES_CSV } from '@/lib/data/uploads/measure-values'
import { createAction, createArea, createMeasureValue, createSuccessMeasure, createUser } from '@/tests/factories'
import { db } from '../../setup/test-db'

const HEADER = 'measure_id,measure,period,value,provisional,local_insight'

async function setUp() {
  const area = await createArea(db().prisma)
  const measure = await createSuccessMeasure(db().prisma, area.id)
  const account = await createUser(db().prisma, { role: 'DELIVERY_TEAM', areaIds: [area.id] })
  return { area, measure, user: (await findSessionUser(account.id, 1)) as SessionUser }
}

const day = (i: number) => new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10)

describe('CSV uploads at the limit and under concurrent change', () => {
  it(`saves ${MAX_CSV_ROWS} new values and then ${MAX_CSV_ROWS} corrections, each audited`, { timeout: 120_000 }, async () => {
    const { area, measure, user } = await setUp()
    const file = (value: (i: number) => string) =>
      [HEADER, ...Array.from({ length: MAX_CSV_ROWS }, (_, i) => `${measure.id},x,${day(i)},${value(i)}`)].join('\n')
    const progress: number[] = []
    expect(
      await importMeasureCsv(
        user,
        area.slug,
        file(() => '50,no,'),
        (done) => progress.push(done),
      ),
    ).toBe(MAX_CSV_ROWS)
    expect(progress.at(-1)).toBe(MAX_CSV_ROWS)
    expect(progress.length).toBeGreaterThan(1)
    expect(
      await importMeasureCsv(
        user,
        area.slug,
        file((i) => `${i % 100},yes,Recount ${i}`),
      ),
    ).toBe(MAX_CSV_ROWS)

    const values = await db().prisma.measureValue.findMany({
      where: { successMeasureId: measure.id },
      orderBy: { period: 'asc' },
    })
    expect(values).toHaveLength(MAX_CSV_ROWS)
    expect(values[7]).toMatchObject({ period: day(7), value: 7, isProvisional: true, localInsight: 'Recount 7', version: 2 })
    const audits = await db().prisma.auditEvent.groupBy({ by: ['action'], where: { areaId: area.id }, _count: true })
    expect(Object.fromEntries(audits.map((a) => [a.action, a._count]))).toEqual({
      'recorded measure value (CSV)': MAX_CSV_ROWS,
      'corrected measure value (CSV)': MAX_CSV_ROWS,
    })
    const one = await db().prisma.auditEvent.findFirstOrThrow({
      where: { entityId: values[7]?.id, action: { startsWith: 'corrected' } },
    })
    expect(one.before).toEqual({ period: day(7), value: 50 })
  })

  it('refuses a correction when the value changed after the file was checked, and writes nothing', async () => {
    const { area, measure, user } = await setUp()
    const value = await createMeasureValue(db().prisma, measure.id, {
      period: '2019',
      periodEnd: new Date('2019-08-31'),
      value: 50,
    })
    const loaded = await MEASURE_VALUES_CSV.load(user, area.slug)
    const { rows, problems } = checkRows(
      MEASURE_VALUES_CSV,
      loaded,
      `${HEADER}\n${measure.id},x,2019,61,no,\n${measure.id},x,2020,62,no,`,
    )
    expect(problems).toEqual([])
    await db().prisma.measureValue.update({ where: { id: value.id }, data: { value: 55, version: { increment: 1 } } })

    await expect(db().prisma.$transaction((tx) => MEASURE_VALUES_CSV.write(tx, user, loaded, rows))).rejects.toMatchObject({
      code: 'CONFLICT',
      userMessage: expect.stringMatching(/^Someone recorded values for this area while your file was being saved/),
    })
    expect((await db().prisma.measureValue.findMany({ where: { successMeasureId: measure.id } })).map((v) => v.value)).toEqual([
      55,
    ])
    expect(await db().prisma.auditEvent.count({ where: { areaId: area.id } })).toBe(0)
  })

  it('refuses an action update when the action changed after the file was checked, and writes nothing', async () => {
    const { area, user } = await setUp()
    const action = (await createAction(db().prisma, area.id, { title: 'Alpha', status: 'ON_TRACK', progressPercent: 40 }))!
    const loaded = await ACTION_UPDATES_CSV.load(user, area.slug)
    const { rows } = checkRows(
      ACTION_UPDATES_CSV,
      loaded,
      `action_id,action,status,progress_percent,update\n${action.id},A,At risk,45,Slipped`,
    )
    expect(rows).toHaveLength(1)
    await db().prisma.action.update({ where: { id: action.id }, data: { status: 'COMPLETE', version: { increment: 1 } } })

    await expect(db().prisma.$transaction((tx) => ACTION_UPDATES_CSV.write(tx, user, loaded, rows))).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    expect(await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({
      status: 'COMPLETE',
      progressPercent: 40,
    })
    expect(await db().prisma.statusUpdate.count({ where: { actionId: action.id } })).toBe(0)
  })
})
