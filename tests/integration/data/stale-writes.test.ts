/**
 * The one stale-write rule (ADR 008): every editable record is saved against the version the
 * user saw, and a save from an older one is refused with what the record holds now, changing
 * nothing. Includes the bugs this rule fixed, each of which this file caught before the fix.
 */
import { describe, expect, it } from 'vitest'
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import { getDashboard } from '@/lib/data/dashboard'
import { editAction, getActionForm } from '@/lib/data/plan/actions'
import { approveOrReturnPlan, getDraftChanges, getDraftSummary, submitPlanForApproval } from '@/lib/data/plan/approval'
import { postActionUpdate } from '@/lib/data/progress/action-updates'
import { getMeasure, recordMeasureValue } from '@/lib/data/progress/measure-values'
import { StaleWrite } from '@/lib/errors'
import type { Role } from '@/lib/permissions'
import { buildActionEdit, createAction, createArea, createSuccessMeasure, createUser, draftVersionOf } from '@/tests/factories'
import { db } from '../../setup/test-db'

const session = async (role: Role, areaIds: string[]) =>
  (await findSessionUser((await createUser(db().prisma, { role, areaIds })).id, 1)) as SessionUser

async function setUp() {
  const area = await createArea(db().prisma, { slug: `stale-${Math.random().toString(36).slice(2, 8)}` })
  return {
    area,
    delivery: await session('DELIVERY_TEAM', [area.id]),
    chair: await session('CHAIR', [area.id]),
    partner: await session('PARTNER', [area.id]),
  }
}

describe('correcting a measure value', () => {
  it('a blank form naming a period that has a value is refused with the recorded value, which keeps its insight and flag', async () => {
    const { area, delivery } = await setUp()
    const m = await createSuccessMeasure(db().prisma, area.id)
    await recordMeasureValue(delivery, m.id, {
      version: null,
      period: '2019',
      value: 64,
      isProvisional: true,
      localInsight: 'Two schools merged',
    })
    const refused = recordMeasureValue(delivery, m.id, {
      version: null,
      period: '2019',
      value: 66,
      isProvisional: false,
      localInsight: null,
    })
    await expect(refused).rejects.toBeInstanceOf(StaleWrite)
    const error = (await refused.catch((e: unknown) => e)) as StaleWrite
    expect(error).toMatchObject({ version: '1', newer: { value: 64, isProvisional: true, localInsight: 'Two schools merged' } })
    expect(await db().prisma.measureValue.findFirstOrThrow({ where: { successMeasureId: m.id } })).toMatchObject({
      value: 64,
      isProvisional: true,
      localInsight: 'Two schools merged',
    })
    expect(await db().prisma.auditEvent.count({ where: { entityType: 'MEASURE_VALUE' } })).toBe(1)
  })

  it('opened on the recorded value, a correction changes only what the user changed; of two from one page, one lands', async () => {
    const { area, delivery } = await setUp()
    const m = await createSuccessMeasure(db().prisma, area.id)
    await recordMeasureValue(delivery, m.id, {
      version: null,
      period: '2019',
      value: 64,
      isProvisional: true,
      localInsight: 'Two schools merged',
    })
    const shown = (await getMeasure(delivery, m.id))?.values.find((v) => v.period === '2019')
    expect(shown).toMatchObject({ value: 64, isProvisional: true, localInsight: 'Two schools merged', version: 1 })
    const correction = {
      version: shown!.version,
      period: '2019',
      value: 65,
      isProvisional: true,
      localInsight: 'Two schools merged',
    }
    const results = await Promise.allSettled([
      recordMeasureValue(delivery, m.id, correction),
      recordMeasureValue(delivery, m.id, { ...correction, value: 67 }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    const row = await db().prisma.measureValue.findFirstOrThrow({ where: { successMeasureId: m.id } })
    expect(row).toMatchObject({ isProvisional: true, localInsight: 'Two schools merged', version: 2 })
    expect([65, 67]).toContain(row.value)
  })
})

describe('draft tokens', () => {
  it('never come back: a form from before an edit was undone and made again is still stale', async () => {
    const { area, delivery } = await setUp()
    const action = await createAction(db().prisma, area.id, { title: 'Book gifting' })
    await editAction(delivery, action.id, buildActionEdit({ title: 'First' }))
    const old = (await getActionForm(delivery, action.id))!.token
    // Back to the published values: the action leaves the draft; then edited again.
    await editAction(
      delivery,
      action.id,
      buildActionEdit({ title: 'Book gifting', token: old, evidenceStrand: null, evidenceStrength: null, dueOn: null }),
    )
    const published = (await getActionForm(delivery, action.id))!.token
    await editAction(delivery, action.id, buildActionEdit({ title: 'Second', token: published }))
    expect((await getActionForm(delivery, action.id))!.token).not.toBe(old)
    await expect(
      editAction(delivery, action.id, buildActionEdit({ title: 'From the old page', token: old })),
    ).rejects.toBeInstanceOf(StaleWrite)
  })
})

describe('posting an action update', () => {
  it('is saved against the action the user saw: an update posted since is shown, and nothing is written', async () => {
    const { area, delivery } = await setUp()
    const action = await createAction(db().prisma, area.id, { status: 'ON_TRACK', progressPercent: 10 })
    await postActionUpdate(delivery, action.id, { version: 1, status: 'AT_RISK', progressPercent: 20, body: 'First' })
    const stale = postActionUpdate(delivery, action.id, { version: 1, status: 'COMPLETE', progressPercent: 100, body: 'Second' })
    await expect(stale).rejects.toMatchObject({
      code: 'CONFLICT',
      version: '2',
      newer: { status: 'AT_RISK', progressPercent: 20 },
    })
    expect(await db().prisma.statusUpdate.count({ where: { actionId: action.id } })).toBe(1)
    expect(await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({
      status: 'AT_RISK',
      version: 2,
    })
  })
})

describe('approving a plan', () => {
  it('shows the chair every drafted change before → after, writing nothing; a decision on a draft changed since is refused', async () => {
    const { area, delivery, chair } = await setUp()
    const action = await createAction(db().prisma, area.id, { title: 'Book gifting' })
    await editAction(delivery, action.id, buildActionEdit({ title: 'Book gifting at every two-year check' }))
    const before = await db().prisma.action.count()
    const changes = await getDraftChanges(chair, area.id)
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'actions',
        title: 'Book gifting at every two-year check',
        fields: expect.arrayContaining([
          { field: 'title', label: 'Title', before: 'Book gifting', after: 'Book gifting at every two-year check' },
        ]),
      }),
    ])
    // Worked out in a transaction that was rolled back: the plan tables are as they were.
    expect(await db().prisma.action.count()).toBe(before)
    expect(await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({
      title: 'Book gifting',
      version: 1,
    })
    expect(await getDraftChanges(await session('CHAIR', [(await createArea(db().prisma)).id]), area.id)).toBeNull()

    await submitPlanForApproval(delivery, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      changeSummary: 'Clearer title',
    })
    const seen = await draftVersionOf(db().prisma, area.slug)
    await expect(
      approveOrReturnPlan(chair, area.slug, {
        version: seen.replace(/:(\d+)$/, (_, v: string) => `:${Number(v) - 1}`),
        decision: 'approve',
        note: 'Yes',
      }),
    ).rejects.toBeInstanceOf(StaleWrite)
    expect(await getDraftSummary(chair, area.id)).toMatchObject({ status: 'SUBMITTED' })
    await approveOrReturnPlan(chair, area.slug, { version: seen, decision: 'approve', note: 'Yes' })
    expect(await getDraftSummary(chair, area.id)).toBeNull()
  })

  it('a returned draft tells the delivery team’s dashboard when, by whom and why', async () => {
    const { area, delivery, chair } = await setUp()
    const action = await createAction(db().prisma, area.id, {})
    await editAction(delivery, action.id, buildActionEdit())
    await submitPlanForApproval(delivery, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      changeSummary: 'One edit',
    })
    await approveOrReturnPlan(chair, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      decision: 'return',
      note: 'Name the lead school',
    })
    const health = (await getDashboard(delivery)).areas.find((a) => a.id === area.id)
    expect(health?.returned).toEqual({ at: expect.any(String), by: chair.name, reason: 'Name the lead school' })
  })
})

describe('reading a success measure', () => {
  it('board members of the area read it (not edit); others get nothing', async () => {
    const { area, delivery, chair, partner } = await setUp()
    const m = await createSuccessMeasure(db().prisma, area.id)
    expect(await getMeasure(delivery, m.id)).toMatchObject({ canEdit: true })
    expect(await getMeasure(chair, m.id)).toMatchObject({ canEdit: false, baseline: { value: 60 } })
    expect(await getMeasure(partner, m.id)).toMatchObject({ canEdit: false })
    expect(await getMeasure(await session('CHAIR', [(await createArea(db().prisma)).id]), m.id)).toBeNull()
    await expect(
      recordMeasureValue(chair, m.id, { version: null, period: '2019', value: 1, isProvisional: false, localInsight: null }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })
})
