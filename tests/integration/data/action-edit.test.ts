/** Drafting action edits: stale tokens, many concurrent edits, and choices from another area. */
import { describe, expect, it } from 'vitest'
import { addAction, getActionForm, getNewActionForm, editAction } from '@/lib/data/plan/actions'
import { getWorkingPlan } from '@/lib/data/plan/working-plan'
import { listPublishedVersions } from '@/lib/data/public/plan-history'
import { approveOrReturnPlan, submitPlanForApproval } from '@/lib/data/plan/approval'
import { DraftConflict } from '@/lib/data/plan/draft'
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import {
  buildActionEdit as editInput,
  createAction,
  createArea,
  createPriority,
  createUser,
  draftVersionOf,
} from '@/tests/factories'
import { db } from '../../setup/test-db'

async function setUp() {
  const area = await createArea(db().prisma)
  const u = await createUser(db().prisma, { role: 'DELIVERY_TEAM', areaIds: [area.id] })
  const user = (await findSessionUser(u.id, 1)) as SessionUser
  const action = await createAction(db().prisma, area.id, { title: 'Original', status: 'ON_TRACK', progressPercent: 10 })
  return { area, user, action }
}

describe('drafting an action edit', () => {
  it('shows the drafted values to editors; a stale save is refused with the newer values; the published action stays', async () => {
    const { user, action } = await setUp()
    await editAction(user, action.id, editInput({ title: 'First save' }))
    const form = await getActionForm(user, action.id)
    expect(form).toMatchObject({ drafted: true, fields: { title: 'First save' }, draftStatus: 'DRAFT' })
    expect(form?.token).toMatch(/:1$/)

    const stale = editAction(user, action.id, editInput({ title: 'Second save, from the published action' }))
    await expect(stale).rejects.toBeInstanceOf(DraftConflict)
    const error = (await stale.catch((e: unknown) => e)) as DraftConflict
    expect(error.current).toEqual({ token: form?.token, fields: expect.objectContaining({ title: 'First save' }) })
    // Saving again from the newer state (the user has now seen it) goes through.
    await editAction(user, action.id, editInput({ title: 'Second save', token: error.current.token }))
    expect((await getActionForm(user, action.id))?.fields.title).toBe('Second save')
    expect(await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({
      title: 'Original',
      version: 1,
    })
  })

  it('of many concurrent edits from one state exactly one lands, whole; nothing is lost or half-written', async () => {
    const { user, action } = await setUp()
    const EDITORS = 12
    let token = 'published'
    for (let round = 1; round <= 3; round++) {
      const results = await Promise.allSettled(
        Array.from({ length: EDITORS }, (_, i) =>
          editAction(
            user,
            action.id,
            editInput({ token, title: `round ${round} editor ${i}`, evidenceStrand: `strand ${round}.${i}` }),
          ),
        ),
      )
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []))
      expect(won, `round ${round}`).toHaveLength(1)
      expect(
        results.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason instanceof DraftConflict),
      ).toBe(true)
      const form = await getActionForm(user, action.id)
      const i = won[0] as number
      // Every field of the winning edit, none of a losing one.
      expect(form?.fields).toMatchObject({ title: `round ${round} editor ${i}`, evidenceStrand: `strand ${round}.${i}` })
      token = form?.token ?? ''
    }
    expect(await db().prisma.auditEvent.count({ where: { entityId: action.id, action: 'drafted action edit' } })).toBe(3)
    expect(await db().prisma.planVersion.count()).toBe(1)
  })

  it('an edit back to the published values leaves nothing to publish', async () => {
    const { user, action } = await setUp()
    await editAction(user, action.id, editInput({ title: 'Changed' }))
    const token = (await getActionForm(user, action.id))?.token ?? ''
    await editAction(user, action.id, {
      ...editInput({ token, title: 'Original', dueOn: null, evidenceStrand: null, evidenceStrength: null }),
    })
    expect(await getActionForm(user, action.id)).toMatchObject({ drafted: false, token: 'published' })
  })

  it('refuses a priority or owner from another area, writing nothing', async () => {
    const { user, action } = await setUp()
    const other = await createArea(db().prisma)
    const foreignPriority = await createPriority(db().prisma, other.id)
    const foreignOwner = await createUser(db().prisma, { role: 'PARTNER', areaIds: [other.id] })
    for (const bad of [{ priorityId: foreignPriority.id }, { ownerId: foreignOwner.id }, { leadOrganisationId: 'nope' }]) {
      await expect(editAction(user, action.id, editInput(bad))).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    }
    expect(await db().prisma.planVersion.count()).toBe(0)
    expect(await db().prisma.auditEvent.count()).toBe(0)
  })

  it('offers only the choices of the action’s own area', async () => {
    const { area, user, action } = await setUp()
    const other = await createArea(db().prisma)
    await createPriority(db().prisma, area.id, { title: 'Ours' })
    await createPriority(db().prisma, other.id, { title: 'Theirs' })
    await createUser(db().prisma, { role: 'PARTNER', areaIds: [other.id], name: 'Elsewhere' })
    const form = await getActionForm(user, action.id)
    expect(form?.options.priorities.map((p) => p.label)).toEqual([expect.stringContaining('Ours')])
    expect(form?.options.owners.map((o) => o.label).join()).not.toContain('Elsewhere')
  })
})

describe('adding an action in the draft', () => {
  it('is listed in the working plan as new, edited by its draft id, and created on approval', async () => {
    const area = await createArea(db().prisma, { slug: `add-${Math.random().toString(36).slice(2, 8)}` })
    const priority = await createPriority(db().prisma, area.id, { title: 'Reading' })
    const session = async (role: 'DELIVERY_TEAM' | 'CHAIR' | 'PARTNER', areaId = area.id) =>
      (await findSessionUser((await createUser(db().prisma, { role, areaIds: [areaId] })).id, 1)) as SessionUser
    const [delivery, chair, partner] = [await session('DELIVERY_TEAM'), await session('CHAIR'), await session('PARTNER')]

    const form = await getNewActionForm(delivery, { slug: area.slug })
    expect(form).toMatchObject({ id: '', token: 'new', isNew: true, fields: { title: '' } })
    const id = await addAction(
      delivery,
      { slug: area.slug },
      editInput({ title: 'Book gifting for every newborn', priorityId: priority.id }),
    )
    const plan = await getWorkingPlan(delivery, area.slug)
    expect(plan?.priorities.find((p) => p.id === priority.id)?.actions).toMatchObject([
      { id, title: 'Book gifting for every newborn', isNew: true, canUpdate: false },
    ])
    expect(await db().prisma.action.count({ where: { areaId: area.id } })).toBe(0)

    const edit = await getActionForm(delivery, id)
    expect(edit).toMatchObject({ isNew: true, drafted: true, milestones: [] })
    await editAction(
      delivery,
      id,
      editInput({ token: edit!.token, title: 'Book gifting for every newborn and toddler', priorityId: priority.id }),
    )
    // Proposals and other people cannot reach a draft-only action.
    expect(await getActionForm(partner, id, 'propose')).toBeNull()
    expect(
      await getActionForm(await session('DELIVERY_TEAM', (await createArea(db().prisma, { slug: `o-${area.slug}` })).id), id),
    ).toBeNull()
    await expect(addAction(partner, { slug: area.slug }, editInput())).rejects.toMatchObject({ code: 'NOT_FOUND' })

    await submitPlanForApproval(delivery, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      changeSummary: 'Book gifting',
    })
    await approveOrReturnPlan(chair, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      decision: 'approve',
      note: 'Agreed',
    })
    expect(await db().prisma.action.findMany({ where: { areaId: area.id } })).toMatchObject([
      { title: 'Book gifting for every newborn and toddler', priorityId: priority.id, status: null },
    ])
    const [log] = (await listPublishedVersions(area.slug)) ?? []
    expect(log?.changes).toMatchObject([
      { kindLabel: 'Action', added: true, title: 'Book gifting for every newborn and toddler' },
    ])
  })
})
