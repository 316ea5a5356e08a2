/** Milestones in the draft: added, changed and removed, published on approval. */
import { describe, expect, it } from 'vitest'
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import { addAction, getActionForm } from '@/lib/data/plan/actions'
import { discardFromDraft } from '@/lib/data/plan/discard'
import { getMilestoneForm, getNewMilestoneForm, removeMilestone, addMilestone, editMilestone } from '@/lib/data/plan/milestones'
import { DraftConflict, loadDraft, newDraftId, saveDraftEdit } from '@/lib/data/plan/draft'
import { diffVersions, listPublishedVersions } from '@/lib/data/public/plan-history'
import { approveOrReturnPlan, submitPlanForApproval } from '@/lib/data/plan/approval'
import type { MilestoneEditInput } from '@/lib/validation/milestone'
import { buildActionEdit, createAction, createArea, createUser, draftVersionOf } from '@/tests/factories'
import { db } from '../../setup/test-db'

const session = async (role: 'DELIVERY_TEAM' | 'CHAIR' | 'PARTNER', areaId: string) =>
  (await findSessionUser((await createUser(db().prisma, { role, areaIds: [areaId] })).id, 1)) as SessionUser

const input = (overrides: Partial<MilestoneEditInput> = {}): MilestoneEditInput => ({
  token: 'new',
  title: 'Every nursery has a trained lead',
  dueOn: new Date('2019-03-31'),
  completedOn: null,
  ...overrides,
})

async function setUp() {
  const area = await createArea(db().prisma, { slug: `ms-${Math.random().toString(36).slice(2, 8)}` })
  const action = await createAction(db().prisma, area.id, { title: 'Early language' })
  const kept = await db().prisma.milestone.create({
    data: { actionId: action.id, title: 'Training booked', dueOn: new Date('2018-09-30') },
  })
  const gone = await db().prisma.milestone.create({
    data: { actionId: action.id, title: 'Pilot in two nurseries', dueOn: new Date('2018-12-31') },
  })
  return { area, action, kept, gone, delivery: await session('DELIVERY_TEAM', area.id), chair: await session('CHAIR', area.id) }
}

describe('milestones in the draft plan', () => {
  it('never stores an addition under an id the server did not make (a client-chosen draft id and the token "new")', async () => {
    const { area, action, delivery } = await setUp()
    const chosen = {
      kind: 'milestones' as const,
      id: 'new-chosen-by-the-client',
      areaId: area.id,
      token: 'new',
      fields: { actionId: action.id, title: 'Forged', dueOn: '2019-03-31', completedOn: null },
      loadLive: async () => null,
      entityType: 'MILESTONE' as const,
      what: 'milestone',
    }
    await expect(saveDraftEdit(delivery, chosen)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await loadDraft(area.id)).draft.milestones).toEqual({})
    // The same edit under an id this server made for the addition is stored.
    await saveDraftEdit(delivery, { ...chosen, id: newDraftId() })
    expect(Object.keys((await loadDraft(area.id)).draft.milestones)).toHaveLength(1)
  })

  it('added, completed and removed in the draft; published on approval; in the change log and diff', async () => {
    const { area, action, kept, gone, delivery, chair } = await setUp()
    const added = await addMilestone(delivery, { actionId: action.id }, input())
    const keptForm = await getMilestoneForm(delivery, kept.id)
    await editMilestone(
      delivery,
      kept.id,
      input({
        token: keptForm!.milestone!.token,
        title: 'Training booked',
        dueOn: new Date('2018-09-30'),
        completedOn: new Date('2018-09-20'),
      }),
    )
    const goneForm = await getMilestoneForm(delivery, gone.id)
    await removeMilestone(delivery, gone.id, goneForm!.milestone!.token)
    // A milestone the draft added and then removed simply goes.
    const brief = await addMilestone(delivery, { actionId: action.id }, input({ title: 'Never mind' }))
    await removeMilestone(delivery, brief, (await getMilestoneForm(delivery, brief))!.milestone!.token)
    expect(await getMilestoneForm(delivery, brief)).toBeNull()
    expect((await getMilestoneForm(delivery, gone.id))?.milestone).toMatchObject({ removed: true })
    // Nothing published yet.
    expect(await db().prisma.milestone.count({ where: { actionId: action.id } })).toBe(2)

    await submitPlanForApproval(delivery, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      changeSummary: 'Milestones',
    })
    await approveOrReturnPlan(chair, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      decision: 'approve',
      note: 'Agreed',
    })
    const live = await db().prisma.milestone.findMany({ where: { actionId: action.id }, orderBy: { dueOn: 'asc' } })
    expect(live.map((m) => [m.title, m.completedOn?.toISOString().slice(0, 10) ?? null])).toEqual([
      ['Training booked', '2018-09-20'],
      ['Every nursery has a trained lead', null],
    ])
    expect(added).toMatch(/^new-/)

    const [log] = (await listPublishedVersions(area.slug)) ?? []
    expect(log?.changes.map((c) => [c.kindLabel, c.title, c.added, c.removed])).toEqual(
      expect.arrayContaining([
        ['Milestone', 'Every nursery has a trained lead', true, false],
        ['Milestone', 'Training booked', false, false],
        ['Milestone', 'Pilot in two nurseries', false, true],
      ]),
    )
    expect(log?.changes.find((c) => c.title === 'Training booked')?.fields).toEqual([
      { field: 'completedOn', label: 'Completed on', before: null, after: '20 September 2018' },
    ])
    expect(log?.changes.find((c) => c.added)?.fields).toContainEqual({
      field: 'actionId',
      label: 'Action',
      before: null,
      after: 'Early language',
    })
    expect((await diffVersions(area.slug, 0, 1))?.changes.filter((c) => c.removed).map((c) => c.title)).toEqual([
      'Pilot in two nurseries',
    ])
  })

  it('stale saves conflict; milestones of other actions and other people are refused', async () => {
    const { area, action, kept, delivery } = await setUp()
    const form = await getMilestoneForm(delivery, kept.id)
    await editMilestone(delivery, kept.id, input({ token: form!.milestone!.token, title: 'Theirs' }))
    await expect(
      editMilestone(delivery, kept.id, input({ token: form!.milestone!.token, title: 'Mine' })),
    ).rejects.toBeInstanceOf(DraftConflict)
    await expect(removeMilestone(delivery, kept.id, form!.milestone!.token)).rejects.toBeInstanceOf(DraftConflict)
    // An edit cannot move a milestone to another action: its action is its own, not the form's.
    const other = await createAction(db().prisma, area.id)
    await editMilestone(
      delivery,
      kept.id,
      input({ token: (await getMilestoneForm(delivery, kept.id))!.milestone!.token, title: 'Mine' }),
    )
    expect((await getMilestoneForm(delivery, kept.id))?.action.id).toBe(action.id)
    expect((await getActionForm(delivery, other.id))?.milestones).toEqual([])
    const partner = await session('PARTNER', area.id)
    expect(await getNewMilestoneForm(partner, { actionId: action.id })).toBeNull()
    await expect(addMilestone(partner, { actionId: action.id }, input())).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('an action the draft adds takes milestones; approval creates them on its new row; removing the action takes them with it', async () => {
    const { area, delivery, chair } = await setUp()
    const added = await addAction(delivery, { slug: area.slug }, buildActionEdit({ token: 'new', title: 'Story sacks' }))
    const m = await addMilestone(delivery, { actionId: added }, input({ title: 'Sacks delivered' }))
    expect((await getActionForm(delivery, added))?.milestones.map((x) => [x.title, x.isNew])).toEqual([['Sacks delivered', true]])
    expect((await getMilestoneForm(delivery, m))?.action).toMatchObject({ id: added, title: 'Story sacks' })
    // Board members cannot reach it, nor propose on it (proposals are for published actions).
    const partner = await session('PARTNER', area.id)
    expect(await getNewMilestoneForm(partner, { actionId: added })).toBeNull()
    expect(await getNewMilestoneForm(partner, { actionId: added }, 'propose')).toBeNull()

    // A second new action with a milestone, removed from the draft: its milestone goes too.
    const dropped = await addAction(delivery, { slug: area.slug }, buildActionEdit({ token: 'new', title: 'Dropped' }))
    await addMilestone(delivery, { actionId: dropped }, input({ title: 'Never happens' }))
    await discardFromDraft(delivery, 'actions', dropped, (await getActionForm(delivery, dropped))!.token)
    expect(Object.values((await loadDraft(area.id)).draft.milestones).map((e) => e.fields.title)).toEqual(['Sacks delivered'])

    await submitPlanForApproval(delivery, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      changeSummary: 'Story sacks',
    })
    await approveOrReturnPlan(chair, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      decision: 'approve',
      note: 'Agreed',
    })
    const row = await db().prisma.action.findFirstOrThrow({
      where: { areaId: area.id, title: 'Story sacks' },
      include: { milestones: true },
    })
    expect(row.milestones.map((x) => x.title)).toEqual(['Sacks delivered'])
    expect(await db().prisma.milestone.count({ where: { title: 'Never happens' } })).toBe(0)
    const [log] = (await listPublishedVersions(area.slug)) ?? []
    expect(log?.changes.find((c) => c.title === 'Sacks delivered')?.fields).toContainEqual({
      field: 'actionId',
      label: 'Action',
      before: null,
      after: 'Story sacks',
    })
  })
})
