/** Taking things back out of the draft: an addition removed, a published entity's drafted edit undone. */
import { describe, expect, it } from 'vitest'
import { addAction, getActionForm, editAction } from '@/lib/data/plan/actions'
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import { discardFromDraft } from '@/lib/data/plan/discard'
import { addMeasure, getNewMeasureForm } from '@/lib/data/plan/measures'
import { DraftConflict, loadDraft } from '@/lib/data/plan/draft'
import { submitPlanForApproval } from '@/lib/data/plan/approval'
import { getPriorityForm, listDraftPriorities, addPriority, editPriority } from '@/lib/data/plan/priorities'
import type { PriorityEditInput } from '@/lib/validation/priority'
import { buildActionEdit, createAction, createArea, createPriority, createUser, draftVersionOf } from '@/tests/factories'
import { db } from '../../setup/test-db'

const session = async (role: 'DELIVERY_TEAM' | 'CHAIR' | 'PARTNER', areaId: string) =>
  (await findSessionUser((await createUser(db().prisma, { role, areaIds: [areaId] })).id, 1)) as SessionUser

const priority = (overrides: Partial<PriorityEditInput> = {}): PriorityEditInput => ({
  token: 'new',
  lifeStageId: null,
  title: 'Family learning',
  description: null,
  origin: null,
  position: 1,
  ...overrides,
})

async function setUp() {
  const area = await createArea(db().prisma, { slug: `disc-${Math.random().toString(36).slice(2, 8)}` })
  const [one, two] = await Promise.all(
    [1, 2].map((n) => createPriority(db().prisma, area.id, { number: n, position: n, title: `P${n}` })),
  )
  const action = await createAction(db().prisma, area.id, { title: 'Reading volunteers', priorityId: one!.id })
  return {
    area,
    one: one!,
    two: two!,
    action,
    delivery: await session('DELIVERY_TEAM', area.id),
    partner: await session('PARTNER', area.id),
  }
}

const order = async (areaId: string) =>
  (await listDraftPriorities(areaId, (await loadDraft(areaId)).draft)).map((p) => [p.title, p.position])

describe('taking things back out of the draft', () => {
  it('an action the draft adds is removed; a published action’s drafted edit is undone; both audited', async () => {
    const { area, action, delivery } = await setUp()
    const added = await addAction(delivery, { slug: area.slug }, buildActionEdit({ token: 'new', title: 'Added by mistake' }))
    const form = await getActionForm(delivery, action.id)
    await editAction(
      delivery,
      action.id,
      buildActionEdit({ ...form!.fields, token: form!.token, startsOn: null, dueOn: null, title: 'Renamed' }),
    )

    await discardFromDraft(delivery, 'actions', added, (await getActionForm(delivery, added))!.token)
    const edited = await getActionForm(delivery, action.id)
    expect(await discardFromDraft(delivery, 'actions', action.id, edited!.token)).toBe(area.slug)
    const { open, draft } = await loadDraft(area.id)
    expect(draft.actions).toEqual({})
    expect(open).not.toBeNull()
    expect(await getActionForm(delivery, added)).toBeNull()
    expect((await getActionForm(delivery, action.id))?.fields.title).toBe('Reading volunteers')
    const audit = await db().prisma.auditEvent.findMany({
      where: { areaId: area.id, entityType: 'ACTION' },
      orderBy: { at: 'asc' },
    })
    expect(audit.map((a) => a.action)).toEqual([
      'drafted new action',
      'drafted action edit',
      'drafted removal of action',
      'drafted action edit (back to the published values)',
    ])
    // Nothing left to undo.
    await expect(discardFromDraft(delivery, 'actions', action.id, 'published')).rejects.toMatchObject({ code: 'INVALID_INPUT' })
  })

  it('from a stale page it is refused and the draft is unchanged', async () => {
    const { area, action, delivery } = await setUp()
    const form = await getActionForm(delivery, action.id)
    await editAction(
      delivery,
      action.id,
      buildActionEdit({ ...form!.fields, token: form!.token, startsOn: null, dueOn: null, title: 'Renamed' }),
    )
    const seen = (await getActionForm(delivery, action.id))!.token
    await editAction(
      delivery,
      action.id,
      buildActionEdit({ ...form!.fields, token: seen, startsOn: null, dueOn: null, title: 'Renamed again' }),
    )
    await expect(discardFromDraft(delivery, 'actions', action.id, seen)).rejects.toBeInstanceOf(DraftConflict)
    expect((await loadDraft(area.id)).draft.actions[action.id]?.fields.title).toBe('Renamed again')
  })

  it('a priority the draft adds goes only once nothing drafted sits under it; the others close up', async () => {
    const { area, delivery } = await setUp()
    const added = await addPriority(delivery, { slug: area.slug }, priority({ position: 1 }))
    expect(await order(area.id)).toEqual([
      ['Family learning', 1],
      ['P1', 2],
      ['P2', 3],
    ])
    const under = await addAction(
      delivery,
      { slug: area.slug },
      buildActionEdit({ token: 'new', title: 'Family reading nights', priorityId: added }),
    )
    const token = async () => (await getPriorityForm(delivery, added))!.token
    await expect(discardFromDraft(delivery, 'priorities', added, await token())).rejects.toMatchObject({ code: 'INVALID_STATE' })
    await discardFromDraft(delivery, 'actions', under, (await getActionForm(delivery, under))!.token)
    await discardFromDraft(delivery, 'priorities', added, await token())
    expect(await order(area.id)).toEqual([
      ['P1', 1],
      ['P2', 2],
    ])
    // Back as published: nothing is left in the draft.
    expect((await loadDraft(area.id)).draft.priorities).toEqual({})
  })

  it('undoing a moved priority puts it back and the others with it', async () => {
    const { area, two, delivery } = await setUp()
    const form = await getPriorityForm(delivery, two.id)
    await editPriority(delivery, two.id, { ...form!.fields, token: form!.token, position: 1 })
    expect(await order(area.id)).toEqual([
      ['P2', 1],
      ['P1', 2],
    ])
    await discardFromDraft(delivery, 'priorities', two.id, (await getPriorityForm(delivery, two.id))!.token)
    expect(await order(area.id)).toEqual([
      ['P1', 1],
      ['P2', 2],
    ])
    expect((await loadDraft(area.id)).draft.priorities).toEqual({})
  })

  it('a measure the draft adds is removed; only editors may, and not while the plan waits for the chair', async () => {
    const { area, action, delivery, partner } = await setUp()
    const blank = (await getNewMeasureForm(delivery, { slug: area.slug }))!.fields
    const added = await addMeasure(
      delivery,
      { slug: area.slug },
      { ...blank, token: 'new', name: 'Library joiners', baselineValue: 10, baselinePeriod: '2017' },
    )
    const { open } = await loadDraft(area.id)
    const token = `${open!.id}:1`
    await expect(discardFromDraft(partner, 'measures', added, token)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const outsider = await session('DELIVERY_TEAM', (await createArea(db().prisma, { slug: `o-${area.slug}` })).id)
    await expect(discardFromDraft(outsider, 'measures', added, token)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(discardFromDraft(partner, 'actions', action.id, 'published')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await submitPlanForApproval(delivery, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      changeSummary: 'A measure',
    })
    await expect(discardFromDraft(delivery, 'measures', added, token)).rejects.toMatchObject({ code: 'INVALID_STATE' })
    expect(Object.keys((await loadDraft(area.id)).draft.measures)).toEqual([added])
  })
})
