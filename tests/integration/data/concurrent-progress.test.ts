/**
 * Many people saving progress at once (50 concurrent calls, as the hardening probe sent): of
 * saves made from one page, exactly one lands and the rest are told it changed, with nothing
 * lost, repeated or half-written; never an unexpected error.
 */
import { describe, expect, it } from 'vitest'
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import { postActionUpdate } from '@/lib/data/progress/action-updates'
import { recordMeasureValue } from '@/lib/data/progress/measure-values'
import { createAction, createArea, createSuccessMeasure, createUser } from '@/tests/factories'
import { db } from '../../setup/test-db'

const N = 50

async function setUp() {
  const area = await createArea(db().prisma, { slug: `race-${Math.random().toString(36).slice(2, 8)}` })
  const account = await createUser(db().prisma, { role: 'DELIVERY_TEAM', areaIds: [area.id] })
  return { area, user: (await findSessionUser(account.id, 1)) as SessionUser }
}

/** Each call's outcome: "saved", an AppError code, or the unexpected error's message. */
async function race(calls: (() => Promise<unknown>)[]) {
  const settled = await Promise.allSettled(calls.map((c) => c()))
  return settled.map((s) =>
    s.status === 'fulfilled' ? 'saved' : ((s.reason as { code?: string }).code ?? String((s.reason as Error).message)),
  )
}
const tally = (outcomes: string[]) =>
  Object.fromEntries([...new Set(outcomes)].map((o) => [o, outcomes.filter((x) => x === o).length]))

describe(`${N} concurrent saves from one page`, () => {
  it('of corrections to one value, one lands; the audit trail has one correction, before → after', async () => {
    const { area, user } = await setUp()
    const m = await createSuccessMeasure(db().prisma, area.id)
    await recordMeasureValue(user, m.id, { version: null, period: '2019', value: 60, isProvisional: false, localInsight: null })
    const outcomes = await race(
      Array.from(
        { length: N },
        (_, i) => () =>
          recordMeasureValue(user, m.id, {
            version: 1,
            period: '2019',
            value: 60 + (i + 1) / 10,
            isProvisional: false,
            localInsight: null,
          }),
      ),
    )
    expect(tally(outcomes)).toEqual({ saved: 1, CONFLICT: N - 1 })
    const corrections = await db().prisma.auditEvent.findMany({ where: { areaId: area.id, action: { contains: 'corrected' } } })
    expect(corrections).toHaveLength(1)
    expect(corrections[0]?.before).toMatchObject({ value: 60 })
    expect(await db().prisma.measureValue.findFirstOrThrow({ where: { successMeasureId: m.id } })).toMatchObject({ version: 2 })
  })

  it('of first values for a new period, one lands and the rest are told a value now exists (no 500)', async () => {
    const { area, user } = await setUp()
    const m = await createSuccessMeasure(db().prisma, area.id)
    const outcomes = await race(
      Array.from(
        { length: N },
        (_, i) => () =>
          recordMeasureValue(user, m.id, {
            version: null,
            period: '2020',
            value: 50 + i,
            isProvisional: false,
            localInsight: null,
          }),
      ),
    )
    expect(tally(outcomes)).toEqual({ saved: 1, CONFLICT: N - 1 })
    expect(await db().prisma.measureValue.count({ where: { successMeasureId: m.id } })).toBe(1)
    expect(await db().prisma.auditEvent.count({ where: { areaId: area.id } })).toBe(1)
  })

  it('of status updates on one action, one lands and the action shows its newest update', async () => {
    const { area, user } = await setUp()
    const action = (await createAction(db().prisma, area.id, { status: 'ON_TRACK', progressPercent: 10 }))!
    const statuses = ['AT_RISK', 'OFF_TRACK', 'COMPLETE', 'ON_TRACK'] as const
    const outcomes = await race(
      Array.from(
        { length: N },
        (_, i) => () =>
          postActionUpdate(user, action.id, { version: 1, status: statuses[i % 4]!, progressPercent: i, body: `Update ${i}` }),
      ),
    )
    expect(tally(outcomes)).toEqual({ saved: 1, CONFLICT: N - 1 })
    const updates = await db().prisma.statusUpdate.findMany({ where: { actionId: action.id } })
    expect(updates).toHaveLength(1)
    expect(await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({
      status: updates[0]?.status,
      progressPercent: updates[0]?.progressPercent,
      version: 2,
    })
  })
})
