/**
 * Recording measure values and overriding status: the authorisation matrix (edit:plan), the
 * automatic status following the values, corrections, ranges and stale overrides.
 */
import { describe, expect, it } from 'vitest'
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import { getMeasure, recordMeasureValue, setMeasureOverride } from '@/lib/data/progress/measure-values'
import type { Role } from '@/lib/permissions'
import { createArea, createSuccessMeasure, createUser } from '@/tests/factories'
import { MATRIX } from '../../authz/matrix'
import { db } from '../../setup/test-db'

const value = (
  period: string,
  v: number,
  extra: Partial<{ isProvisional: boolean; localInsight: string | null; version: number | null }> = {},
) => ({
  version: null,
  period,
  value: v,
  isProvisional: false,
  localInsight: null,
  ...extra,
})

async function setUp(role: Role = 'DELIVERY_TEAM') {
  const own = await createArea(db().prisma)
  const other = await createArea(db().prisma)
  const u = await createUser(db().prisma, { role, areaIds: role === 'ADMIN' ? [] : [own.id] })
  const user = (await findSessionUser(u.id, 1)) as SessionUser
  return {
    user,
    ownArea: await createSuccessMeasure(db().prisma, own.id),
    otherArea: await createSuccessMeasure(db().prisma, other.id),
  }
}

describe('recording a measure value, per the authorisation matrix', () => {
  for (const role of ['ADMIN', 'DELIVERY_TEAM', 'CHAIR', 'PARTNER'] as Role[]) {
    for (const target of ['ownArea', 'otherArea'] as const) {
      const allowed = MATRIX['edit:plan'][role][target]
      it(`${role} on ${target}: ${allowed ? 'allowed' : 'refused, nothing written'}`, async () => {
        const s = await setUp(role)
        const call = recordMeasureValue(s.user, s[target].id, value('2019', 65))
        if (allowed) await expect(call).resolves.toBe('added')
        else await expect(call).rejects.toMatchObject({ code: 'NOT_FOUND' })
        expect(await db().prisma.measureValue.count()).toBe(allowed ? 1 : 0)
        expect(await db().prisma.auditEvent.count()).toBe(allowed ? 1 : 0)
      })
    }
  }
})

describe('measure values and status', () => {
  it('the status follows the values: too early, on track, at risk, off track', async () => {
    const { user, ownArea: m } = await setUp()
    expect((await getMeasure(user, m.id))?.status).toBe('TOO_EARLY')
    // The line from 60 (2017) to 70 (2021) expects 65 at the end of 2019.
    await recordMeasureValue(user, m.id, value('2019', 65))
    expect((await getMeasure(user, m.id))?.status).toBe('ON_TRACK')
    await recordMeasureValue(user, m.id, value('2019', 64.5, { version: 1 })) // a correction, 0.5 behind (within 10% of 10)
    expect((await getMeasure(user, m.id))?.status).toBe('AT_RISK')
    await recordMeasureValue(user, m.id, value('2020', 62, { isProvisional: true, localInsight: 'Two schools merged' }))
    const now = await getMeasure(user, m.id)
    expect(now).toMatchObject({ status: 'OFF_TRACK', latestValue: 62, latestPeriod: '2020' })
    expect(now?.values.map((v) => [v.period, v.value, v.isProvisional, v.localInsight])).toEqual([
      ['2019', 64.5, false, null],
      ['2020', 62, true, 'Two schools merged'],
    ])
    const audit = await db().prisma.auditEvent.findMany({ orderBy: { at: 'asc' }, select: { action: true, before: true } })
    expect(audit.map((a) => a.action)).toEqual(['recorded measure value', 'corrected measure value', 'recorded measure value'])
    expect(audit[1]?.before).toMatchObject({ value: 65 })
  })

  it('refuses a percentage outside 0 to 100, writing nothing', async () => {
    const { user, ownArea: m } = await setUp()
    await expect(recordMeasureValue(user, m.id, value('2019', 101))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      userMessage: 'A percentage must be from 0 to 100',
    })
    expect(await db().prisma.measureValue.count()).toBe(0)
  })

  it('an override shows instead of the computed status, with its reason, until cleared; a stale one is refused', async () => {
    const { user, ownArea: m } = await setUp()
    await recordMeasureValue(user, m.id, value('2019', 65))
    await setMeasureOverride(user, m.id, { version: 1, status: 'AT_RISK', reason: 'The 2020 tests were cancelled' })
    expect(await getMeasure(user, m.id)).toMatchObject({
      status: 'AT_RISK',
      statusIsOverride: true,
      statusOverrideReason: 'The 2020 tests were cancelled',
    })
    await expect(setMeasureOverride(user, m.id, { version: 1, status: null, reason: null })).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    await setMeasureOverride(user, m.id, { version: 2, status: null, reason: null })
    expect(await getMeasure(user, m.id)).toMatchObject({ status: 'ON_TRACK', statusIsOverride: false })
    const actions = (await db().prisma.auditEvent.findMany({ where: { entityId: m.id }, orderBy: { at: 'asc' } })).map(
      (a) => a.action,
    )
    expect(actions).toEqual(['overrode measure status', 'cleared measure status override'])
  })
})
