/** Draft → submit → approve (publish) or return, with the change log and who may do what. */
import { describe, expect, it } from 'vitest'
import { getActionForm, editAction } from '@/lib/data/plan/actions'
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import { listPublishedVersions } from '@/lib/data/public/plan-history'
import { approveOrReturnPlan, getDraftSummary, submitPlanForApproval } from '@/lib/data/plan/approval'
import { buildActionEdit as editInput, createAction, createArea, createUser, draftVersionOf } from '@/tests/factories'
import { db } from '../../setup/test-db'

const session = async (role: 'DELIVERY_TEAM' | 'CHAIR' | 'PARTNER', areaId: string) =>
  (await findSessionUser((await createUser(db().prisma, { role, areaIds: [areaId] })).id, 1)) as SessionUser

async function setUp() {
  const area = await createArea(db().prisma, { slug: `plan-area-${Math.random().toString(36).slice(2, 8)}` })
  const action = await createAction(db().prisma, area.id, { title: 'Original title', status: 'ON_TRACK', progressPercent: 30 })
  return { area, action, delivery: await session('DELIVERY_TEAM', area.id), chair: await session('CHAIR', area.id) }
}

describe('the plan approval workflow', () => {
  it('submitted, approved with a note: the edit reaches the plan tables and the change log', async () => {
    const { area, action, delivery, chair } = await setUp()
    await editAction(delivery, action.id, editInput({ title: 'Better title', dueOn: new Date('2020-03-31') }))
    expect(await getDraftSummary(chair, area.id)).toMatchObject({ status: 'DRAFT', changeCount: 1, canDecide: false })

    await submitPlanForApproval(delivery, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      changeSummary: 'Clearer title and a firm date',
    })
    expect(await getDraftSummary(chair, area.id)).toMatchObject({
      status: 'SUBMITTED',
      canDecide: true,
      changeSummary: 'Clearer title and a firm date',
    })
    // While it waits, nobody edits it.
    const token = (await getActionForm(delivery, action.id))?.token ?? ''
    await expect(editAction(delivery, action.id, editInput({ token, title: 'Sneaky' }))).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })

    await approveOrReturnPlan(chair, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      decision: 'approve',
      note: 'Agreed at the March board',
    })
    const live = await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } })
    // The plan fields changed; the reported status and progress were left alone.
    expect(live).toMatchObject({ title: 'Better title', status: 'ON_TRACK', progressPercent: 30, version: 2 })
    expect(live.dueOn?.toISOString().slice(0, 10)).toBe('2020-03-31')
    expect(await getDraftSummary(chair, area.id)).toBeNull()

    const log = await listPublishedVersions(area.slug)
    expect(log).toEqual([
      expect.objectContaining({
        number: 1,
        summary: 'Clearer title and a firm date',
        note: 'Agreed at the March board',
        changes: [
          {
            kind: 'actions',
            kindLabel: 'Action',
            title: 'Better title',
            added: false,
            removed: false,
            fields: expect.arrayContaining([
              { field: 'title', label: 'Title', before: 'Original title', after: 'Better title' },
              { field: 'dueOn', label: 'Due date', before: null, after: '31 March 2020' },
            ]),
          },
        ],
      }),
    ])
    const actions = (
      await db().prisma.auditEvent.findMany({ where: { entityType: 'PLAN_VERSION' }, orderBy: { at: 'asc' } })
    ).map((a) => a.action)
    expect(actions).toEqual(['submitted plan for approval', 'approved and published plan'])

    // The next edit starts version 2; the first is superseded when it is published.
    const token2 = (await getActionForm(delivery, action.id))?.token ?? ''
    await editAction(delivery, action.id, editInput({ token: token2, title: 'Third title' }))
    await submitPlanForApproval(delivery, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      changeSummary: 'Again',
    })
    await approveOrReturnPlan(chair, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      decision: 'approve',
      note: 'Fine',
    })
    expect((await db().prisma.planVersion.findMany({ orderBy: { number: 'asc' } })).map((v) => [v.number, v.status])).toEqual([
      [1, 'SUPERSEDED'],
      [2, 'PUBLISHED'],
    ])
    expect((await listPublishedVersions(area.slug))?.map((v) => v.number)).toEqual([2, 1])
  })

  it('returned with a reason: nothing is published, and the draft can be edited and submitted again', async () => {
    const { area, action, delivery, chair } = await setUp()
    await editAction(delivery, action.id, editInput({ title: 'Draft title' }))
    await submitPlanForApproval(delivery, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      changeSummary: 'New title',
    })
    await approveOrReturnPlan(chair, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      decision: 'return',
      note: 'Say who leads it',
    })
    expect(await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({ title: 'Original title' })
    expect(await getDraftSummary(delivery, area.id)).toMatchObject({
      status: 'RETURNED',
      decisionNote: 'Say who leads it',
      canSubmit: true,
    })
    expect(await listPublishedVersions(area.slug)).toEqual([])
    const token = (await getActionForm(delivery, action.id))?.token ?? ''
    await editAction(delivery, action.id, editInput({ token, title: 'Draft title, led by the trust' }))
    await submitPlanForApproval(delivery, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      changeSummary: 'Lead added',
    })
    expect(await getDraftSummary(chair, area.id)).toMatchObject({ status: 'SUBMITTED', decisionNote: null })
  })

  it('only delivery teams submit and only chairs decide; refused calls change nothing', async () => {
    const { area, action, delivery, chair } = await setUp()
    const partner = await session('PARTNER', area.id)
    await editAction(delivery, action.id, editInput())
    for (const who of [chair, partner]) {
      await expect(
        submitPlanForApproval(who, area.slug, { version: await draftVersionOf(db().prisma, area.slug), changeSummary: 'x' }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
    await expect(
      submitPlanForApproval(delivery, area.slug, { version: await draftVersionOf(db().prisma, area.slug), changeSummary: 'ok' }),
    ).resolves.toBeUndefined()
    for (const who of [delivery, partner]) {
      await expect(
        approveOrReturnPlan(who, area.slug, {
          version: await draftVersionOf(db().prisma, area.slug),
          decision: 'approve',
          note: 'x',
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
    const otherChair = await session('CHAIR', (await createArea(db().prisma)).id)
    await expect(
      approveOrReturnPlan(otherChair, area.slug, {
        version: await draftVersionOf(db().prisma, area.slug),
        decision: 'approve',
        note: 'x',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await getDraftSummary(chair, area.id)).toMatchObject({ status: 'SUBMITTED' })
    expect(await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({ title: 'Original title' })
  })

  it('refuses to submit with no changes, or to decide twice', async () => {
    const { area, action, delivery, chair } = await setUp()
    await expect(
      submitPlanForApproval(delivery, area.slug, {
        version: await draftVersionOf(db().prisma, area.slug),
        changeSummary: 'nothing',
      }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' })
    await editAction(delivery, action.id, editInput())
    await submitPlanForApproval(delivery, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      changeSummary: 'one',
    })
    const [a, b] = await Promise.allSettled([
      approveOrReturnPlan(chair, area.slug, {
        version: await draftVersionOf(db().prisma, area.slug),
        decision: 'approve',
        note: 'yes',
      }),
      approveOrReturnPlan(chair, area.slug, {
        version: await draftVersionOf(db().prisma, area.slug),
        decision: 'return',
        note: 'no',
      }),
    ])
    expect([a.status, b.status].sort()).toEqual(['fulfilled', 'rejected'])
    expect(
      await db().prisma.auditEvent.count({
        where: { entityType: 'PLAN_VERSION', action: { not: 'submitted plan for approval' } },
      }),
    ).toBe(1)
  })
})
