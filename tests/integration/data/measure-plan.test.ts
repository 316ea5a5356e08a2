/** A success measure's definition and targets in the draft: applied on approval, status follows. */
import { describe, expect, it } from 'vitest'
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import { addMeasure, getMeasureForm, getNewMeasureForm, editMeasure } from '@/lib/data/plan/measures'
import { getWorkingPlan } from '@/lib/data/plan/working-plan'
import { measureStatus, measureStatusSelect } from '@/lib/data/public/measure-status'
import { DraftConflict } from '@/lib/data/plan/draft'
import { listPublishedVersions } from '@/lib/data/public/plan-history'
import { approveOrReturnPlan, submitPlanForApproval } from '@/lib/data/plan/approval'
import type { MeasurePlanFields } from '@/lib/plan-fields'
import { createArea, createMeasureValue, createSuccessMeasure, createUser, draftVersionOf } from '@/tests/factories'
import { db } from '../../setup/test-db'

const session = async (role: 'DELIVERY_TEAM' | 'CHAIR' | 'PARTNER', areaId: string) =>
  (await findSessionUser((await createUser(db().prisma, { role, areaIds: [areaId] })).id, 1)) as SessionUser

async function setUp() {
  const area = await createArea(db().prisma, { slug: `mp-${Math.random().toString(36).slice(2, 8)}` })
  const measure = await createSuccessMeasure(db().prisma, area.id)
  return { area, measure, delivery: await session('DELIVERY_TEAM', area.id), chair: await session('CHAIR', area.id) }
}

const statusOf = async (id: string) =>
  measureStatus(
    await db().prisma.successMeasure.findUniqueOrThrow({
      where: { id },
      select: { ...measureStatusSelect, definition: { select: { polarity: true, unit: true } } },
    }),
  )

describe('success measure definitions and targets in the draft plan', () => {
  it('a local measure: new words, baseline, trajectory and target are published on approval, and the status follows', async () => {
    const { area, measure, delivery, chair } = await setUp()
    await createMeasureValue(db().prisma, measure.id, { period: '2019', periodEnd: new Date('2019-08-31'), value: 64.5 })
    // Published line 60 (2017) → 70 (2021): 64.5 in 2019 is just behind the expected 65.
    expect((await statusOf(measure.id)).status).toBe('AT_RISK')

    const form = await getMeasureForm(delivery, measure.id)
    expect(form).toMatchObject({ isLocal: true, token: 'published', fields: { baselineValue: 60, trajectory: [] } })
    const fields: MeasurePlanFields = {
      ...form!.fields,
      name: 'Children reading well by age 7',
      dataSource: 'Key stage 1 results',
      trajectory: [{ period: '2019', value: 62 }],
      targetValue: 72,
      targetPeriod: '2022',
    }
    await editMeasure(delivery, measure.id, { token: form!.token, ...fields })
    // Nothing published yet: the status still uses the published line.
    expect((await statusOf(measure.id)).status).toBe('AT_RISK')
    expect((await db().prisma.measureDefinition.findUniqueOrThrow({ where: { id: measure.definitionId } })).name).toMatch(
      /^Test measure/,
    )

    await submitPlanForApproval(delivery, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      changeSummary: 'Trajectory agreed with schools',
    })
    await approveOrReturnPlan(chair, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      decision: 'approve',
      note: 'Agreed',
    })
    const live = await db().prisma.successMeasure.findUniqueOrThrow({
      where: { id: measure.id },
      include: { definition: true, trajectory: true },
    })
    expect(live).toMatchObject({ targetValue: 72, targetPeriod: '2022', version: 2 })
    expect(live.definition).toMatchObject({ name: 'Children reading well by age 7', dataSource: 'Key stage 1 results' })
    expect(live.trajectory.map((t) => [t.period, t.value, t.periodEnd.toISOString().slice(0, 10)])).toEqual([
      ['2019', 62, '2019-08-31'],
    ])
    // Against the new trajectory point (62 in 2019), 64.5 is on track.
    expect((await statusOf(measure.id)).status).toBe('ON_TRACK')

    const [log] = (await listPublishedVersions(area.slug)) ?? []
    expect(log?.changes[0]).toMatchObject({ kindLabel: 'Success measure', title: 'Children reading well by age 7' })
    expect(log?.changes[0]?.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'trajectory', before: null, after: '2019: 62' }),
        expect.objectContaining({ field: 'targetValue', before: '70', after: '72' }),
      ]),
    )
  })

  it('a national core measure keeps its shared words whatever the form sends; its targets are the area’s own', async () => {
    const { area, delivery, chair } = await setUp()
    const core = await db().prisma.measureDefinition.create({
      data: { name: `Core ${area.slug}`, code: `core-${area.slug}`, unit: 'PERCENT', isCore: true },
    })
    const measure = await db().prisma.successMeasure.create({
      data: { areaId: area.id, definitionId: core.id, baselineValue: 50, baselinePeriod: '2017' },
    })
    const form = await getMeasureForm(delivery, measure.id)
    expect(form?.isLocal).toBe(false)
    await editMeasure(delivery, measure.id, {
      token: form!.token,
      ...form!.fields,
      name: 'Forged',
      unit: 'COUNT',
      targetValue: 55,
      targetPeriod: '2020',
    })
    await submitPlanForApproval(delivery, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      changeSummary: 'Target set',
    })
    await approveOrReturnPlan(chair, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      decision: 'approve',
      note: 'Agreed',
    })
    expect(await db().prisma.measureDefinition.findUniqueOrThrow({ where: { id: core.id } })).toMatchObject({
      name: `Core ${area.slug}`,
      unit: 'PERCENT',
      version: 1,
    })
    expect(await db().prisma.successMeasure.findUniqueOrThrow({ where: { id: measure.id } })).toMatchObject({
      targetValue: 55,
      targetPeriod: '2020',
    })
  })

  it('stale saves conflict; partners and other areas are refused; a priority from another area is refused', async () => {
    const { area, measure, delivery } = await setUp()
    const form = await getMeasureForm(delivery, measure.id)
    await editMeasure(delivery, measure.id, { token: form!.token, ...form!.fields, targetValue: 75 })
    await expect(
      editMeasure(delivery, measure.id, { token: form!.token, ...form!.fields, targetValue: 80 }),
    ).rejects.toBeInstanceOf(DraftConflict)
    const partner = await session('PARTNER', area.id)
    expect(await getMeasureForm(partner, measure.id)).toBeNull()
    await expect(editMeasure(partner, measure.id, { token: 'published', ...form!.fields })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    const other = await createArea(db().prisma, { slug: `o-${area.slug}` })
    const foreign = await db().prisma.priority.create({ data: { areaId: other.id, number: 1, title: 'Elsewhere' } })
    const now = await getMeasureForm(delivery, measure.id)
    await expect(
      editMeasure(delivery, measure.id, { token: now!.token, ...now!.fields, priorityId: foreign.id }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' })
  })
})

describe('adding a success measure in the draft', () => {
  it('a local measure gets a definition of its own; a national one uses the shared definition; both created on approval', async () => {
    const { area, delivery, chair } = await setUp()
    const priority = await db().prisma.priority.create({ data: { areaId: area.id, number: 1, title: 'Early years' } })
    const core = await db().prisma.measureDefinition.create({
      data: { name: `Core GLD ${area.slug}`, code: `gld-${area.slug}`, unit: 'PERCENT', isCore: true },
    })
    const form = await getNewMeasureForm(delivery, { slug: area.slug })
    expect(form).toMatchObject({ id: '', token: 'new', isNew: true, isLocal: true })
    expect(form?.options.coreDefinitions.map((d) => d.label)).toContain(`Core GLD ${area.slug}`)
    const blank = form!.fields
    const local = await addMeasure(
      delivery,
      { slug: area.slug },
      {
        ...blank,
        token: 'new',
        priorityId: priority.id,
        name: 'Two-year-olds taking up funded places',
        dataSource: 'Local authority returns',
        baselineValue: 58,
        baselinePeriod: '2017',
        targetValue: 75,
        targetPeriod: '2020',
      },
    )
    // A forged form cannot rename the national definition it adds.
    const national = await addMeasure(
      delivery,
      { slug: area.slug },
      { ...blank, token: 'new', definitionId: core.id, name: 'Forged', unit: 'COUNT', baselineValue: 60, baselinePeriod: '2017' },
    )
    await expect(
      addMeasure(delivery, { slug: area.slug }, { ...blank, token: 'new', definitionId: priority.id }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    const plan = await getWorkingPlan(delivery, area.slug)
    expect(plan?.priorities.find((p) => p.id === priority.id)?.measures).toMatchObject([
      { id: local, isNew: true, status: 'TOO_EARLY' },
    ])
    expect((await getMeasureForm(delivery, national))?.fields).toMatchObject({
      name: `Core GLD ${area.slug}`,
      unit: 'PERCENT',
      definitionId: core.id,
    })
    expect(await db().prisma.successMeasure.count({ where: { areaId: area.id } })).toBe(1) // the set-up's own

    await submitPlanForApproval(delivery, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      changeSummary: 'Two measures',
    })
    await approveOrReturnPlan(chair, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      decision: 'approve',
      note: 'Agreed',
    })
    const created = await db().prisma.successMeasure.findMany({
      where: {
        areaId: area.id,
        definition: { name: { in: ['Two-year-olds taking up funded places', `Core GLD ${area.slug}`] } },
      },
      include: { definition: true },
      orderBy: { position: 'asc' },
    })
    expect(created.map((m) => [m.definition.name, m.definition.areaId === area.id, m.priorityId, m.baselineValue])).toEqual([
      ['Two-year-olds taking up funded places', true, priority.id, 58],
      [`Core GLD ${area.slug}`, false, null, 60],
    ])
    const [log] = (await listPublishedVersions(area.slug)) ?? []
    expect(
      log?.changes
        .filter((c) => c.added)
        .map((c) => c.title)
        .sort(),
    ).toEqual([`Core GLD ${area.slug}`, 'Two-year-olds taking up funded places'])
    expect(log?.changes.find((c) => c.title === `Core GLD ${area.slug}`)?.fields).toContainEqual({
      field: 'definitionId',
      label: 'National core measure',
      before: null,
      after: `Core GLD ${area.slug}`,
    })
  })
})
