/** Priorities in the draft: adding, editing and reordering, applied only on approval. */
import { describe, expect, it } from 'vitest'
import { getActionForm, editAction } from '@/lib/data/plan/actions'
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import { DraftConflict, loadDraft } from '@/lib/data/plan/draft'
import { diffVersions, listPublishedVersions } from '@/lib/data/public/plan-history'
import { approveOrReturnPlan, submitPlanForApproval } from '@/lib/data/plan/approval'
import { getPriorityForm, listDraftPriorities, addPriority, editPriority } from '@/lib/data/plan/priorities'
import type { PriorityEditInput } from '@/lib/validation/priority'
import { buildActionEdit, createAction, createArea, createPriority, createUser, draftVersionOf } from '@/tests/factories'
import { db } from '../../setup/test-db'

const session = async (role: 'DELIVERY_TEAM' | 'CHAIR' | 'PARTNER', areaId: string) =>
  (await findSessionUser((await createUser(db().prisma, { role, areaIds: [areaId] })).id, 1)) as SessionUser

const input = (overrides: Partial<PriorityEditInput> = {}): PriorityEditInput => ({
  token: 'published',
  lifeStageId: null,
  title: 'A priority',
  description: null,
  origin: null,
  position: 1,
  ...overrides,
})

async function setUp() {
  const area = await createArea(db().prisma, { slug: `prio-${Math.random().toString(36).slice(2, 8)}` })
  const [one, two, three] = await Promise.all(
    [1, 2, 3].map((n) => createPriority(db().prisma, area.id, { number: n, position: n, title: `Priority ${n} title` })),
  )
  return {
    area,
    priorities: [one!, two!, three!] as const,
    delivery: await session('DELIVERY_TEAM', area.id),
    chair: await session('CHAIR', area.id),
  }
}

const order = async (areaId: string) => (await listDraftPriorities(areaId, (await loadDraft(areaId)).draft)).map((p) => p.title)

describe('priorities in the draft plan', () => {
  it('added and moved in the draft, published on approval with the actions moved under them', async () => {
    const { area, priorities, delivery, chair } = await setUp()
    const stage = await db().prisma.lifeStage.create({
      data: {
        slug: `stage-${area.slug}`,
        name: 'Early years',
        description: 'x',
        position: 900 + Math.floor(Math.random() * 1e6),
      },
    })
    const newId = await addPriority(
      delivery,
      { slug: area.slug },
      input({ title: 'Family learning', origin: 'LOCAL_PARTNER', lifeStageId: stage.id, position: 2 }),
    )
    expect(newId).toMatch(/^new-/)
    // The new one takes place 2; the others keep their order around it.
    expect(await order(area.id)).toEqual(['Priority 1 title', 'Family learning', 'Priority 2 title', 'Priority 3 title'])

    // Priority 3 moves to the top.
    const three = await getPriorityForm(delivery, priorities[2].id)
    await editPriority(delivery, priorities[2].id, input({ ...three!.fields, token: three!.token, position: 1 }))
    expect(await order(area.id)).toEqual(['Priority 3 title', 'Priority 1 title', 'Family learning', 'Priority 2 title'])

    // An action moves under the new priority; nothing public has changed yet.
    const action = await createAction(db().prisma, area.id, { priorityId: priorities[0].id })
    const form = await getActionForm(delivery, action.id)
    expect(form?.options.priorities.map((p) => p.label)).toContain('New priority: Family learning')
    await editAction(delivery, action.id, buildActionEdit({ title: action.title, priorityId: newId }))
    expect(await db().prisma.priority.count({ where: { areaId: area.id } })).toBe(3)

    await submitPlanForApproval(delivery, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      changeSummary: 'Family learning added first-class',
    })
    await approveOrReturnPlan(chair, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      decision: 'approve',
      note: 'Agreed',
    })
    const published = await db().prisma.priority.findMany({ where: { areaId: area.id }, orderBy: { position: 'asc' } })
    expect(published.map((p) => [p.position, p.number, p.title])).toEqual([
      [1, 3, 'Priority 3 title'],
      [2, 1, 'Priority 1 title'],
      [3, 4, 'Family learning'],
      [4, 2, 'Priority 2 title'],
    ])
    const added = published.find((p) => p.title === 'Family learning')
    expect(added).toMatchObject({ origin: 'LOCAL_PARTNER', lifeStageId: stage.id })
    expect((await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } })).priorityId).toBe(added?.id)

    const [log] = (await listPublishedVersions(area.slug)) ?? []
    const newEntry = log?.changes.find((c) => c.added)
    expect(newEntry).toMatchObject({ kindLabel: 'Priority', title: 'Family learning' })
    expect(newEntry?.fields).toEqual(
      expect.arrayContaining([
        { field: 'lifeStageId', label: 'Life stage', before: null, after: 'Early years' },
        { field: 'origin', label: 'Proposed by', before: null, after: 'A local partner' },
      ]),
    )
    expect(log?.changes.find((c) => c.kind === 'actions')?.fields).toContainEqual({
      field: 'priorityId',
      label: 'Priority',
      before: 'Priority 1: Priority 1 title',
      after: 'Priority 4: Family learning',
    })
  })

  it('the diff between two versions is net: a field changed and changed back is not shown; added stays added', async () => {
    const { area, priorities, delivery, chair } = await setUp()
    const publish = async (note: string) => {
      await submitPlanForApproval(delivery, area.slug, {
        version: await draftVersionOf(db().prisma, area.slug),
        changeSummary: note,
      })
      await approveOrReturnPlan(chair, area.slug, {
        version: await draftVersionOf(db().prisma, area.slug),
        decision: 'approve',
        note,
      })
    }
    const edit = async (id: string, changes: Partial<PriorityEditInput>) => {
      const form = await getPriorityForm(delivery, id)
      await editPriority(delivery, id, input({ ...form!.fields, token: form!.token, ...changes }))
    }
    await edit(priorities[0].id, { title: 'Renamed once', description: 'Why' })
    await publish('v1')
    await edit(priorities[0].id, { title: 'Priority 1 title' })
    await addPriority(delivery, { slug: area.slug }, input({ title: 'Added in v2', position: 4 }))
    await publish('v2')
    await edit(priorities[1].id, { title: 'Renamed in v3' })
    await publish('v3')

    const all = await diffVersions(area.slug, 0, 3)
    expect(all?.versions).toEqual([1, 2, 3])
    expect(all?.changes.map((c) => [c.added, c.title, c.fields.map((f) => `${f.field}: ${f.before} → ${f.after}`)])).toEqual([
      [false, 'Priority 1 title', ['description: null → Why']],
      [true, 'Added in v2', expect.arrayContaining(['title: null → Added in v2', 'position: null → 4'])],
      [false, 'Renamed in v3', ['title: Priority 2 title → Renamed in v3']],
    ])
    // Either order gives the same comparison; a version with itself shows nothing.
    expect((await diffVersions(area.slug, 3, 1))?.changes.map((c) => c.title)).toEqual([
      'Priority 1 title',
      'Added in v2',
      'Renamed in v3',
    ])
    expect((await diffVersions(area.slug, 2, 2))?.changes).toEqual([])
  })

  it('a stale save is refused with the newer values; other areas and partners are refused', async () => {
    const { area, priorities, delivery } = await setUp()
    const colleague = await session('DELIVERY_TEAM', area.id)
    const form = await getPriorityForm(delivery, priorities[1].id)
    await editPriority(colleague, priorities[1].id, input({ ...form!.fields, token: form!.token, title: 'Theirs' }))
    const stale = editPriority(delivery, priorities[1].id, input({ ...form!.fields, token: form!.token, title: 'Mine' }))
    await expect(stale).rejects.toBeInstanceOf(DraftConflict)
    expect(((await stale.catch((e: unknown) => e)) as DraftConflict).current.fields).toMatchObject({ title: 'Theirs' })

    const partner = await session('PARTNER', area.id)
    expect(await getPriorityForm(partner, priorities[1].id)).toBeNull()
    await expect(addPriority(partner, { slug: area.slug }, input())).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const other = await createArea(db().prisma, { slug: `other-${area.slug}` })
    const outsider = await session('DELIVERY_TEAM', other.id)
    await expect(editPriority(outsider, priorities[0].id, input())).rejects.toMatchObject({ code: 'NOT_FOUND' })
    // A priority id from another area cannot be edited through this one.
    const foreign = await createPriority(db().prisma, other.id)
    await expect(editPriority(delivery, foreign.id, input())).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await loadDraft(other.id)).open).toBeNull()
  })
})
