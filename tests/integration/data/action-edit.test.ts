/** Saving action edits: stale versions, many concurrent edits, and choices from another area. */
import { describe, expect, it } from 'vitest'
import { ActionConflict, getActionForEdit, updateAction } from '@/lib/data/action-edit'
import { findSessionUser, type SessionUser } from '@/lib/data/auth'
import { buildActionEdit as editInput, createAction, createArea, createPriority, createUser } from '@/tests/factories'
import { db } from '../../setup/test-db'

async function setUp() {
  const area = await createArea(db().prisma)
  const u = await createUser(db().prisma, { role: 'DELIVERY_TEAM', areaIds: [area.id] })
  const user = (await findSessionUser(u.id, 1)) as SessionUser
  const action = await createAction(db().prisma, area.id, { title: 'Original', status: 'ON_TRACK', progressPercent: 10 })
  return { area, user, action }
}

describe('saving an action edit', () => {
  it('refuses an edit from a stale version, returning the newer values, and keeps the first save', async () => {
    const { user, action } = await setUp()
    await updateAction(user, action.id, editInput({ title: 'First save' }))
    const stale = updateAction(user, action.id, editInput({ title: 'Second save, from version 1' }))
    await expect(stale).rejects.toBeInstanceOf(ActionConflict)
    const error = (await stale.catch((e: unknown) => e)) as ActionConflict
    expect(error.current.version).toBe(2)
    expect(error.current.fields).toMatchObject({ title: 'First save', dueOn: '2019-07-31' })
    expect(await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({ title: 'First save', version: 2 })
    // Saving again from the newer version (the user has now seen it) goes through.
    await updateAction(user, action.id, editInput({ title: 'Second save, from version 2', version: 2 }))
    expect(await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({ version: 3 })
  })

  it('of many concurrent edits from one version exactly one lands, whole, per version; nothing is lost or half-written', async () => {
    const { user, action } = await setUp()
    const EDITORS = 12
    for (let version = 1; version <= 3; version++) {
      const results = await Promise.allSettled(
        Array.from({ length: EDITORS }, (_, i) =>
          updateAction(user, action.id, editInput({ version, title: `v${version} editor ${i}`, progressPercent: i, evidenceStrand: `strand ${i}` })),
        ),
      )
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []))
      expect(won, `version ${version}`).toHaveLength(1)
      expect(results.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason instanceof ActionConflict)).toBe(true)
      const row = await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } })
      const i = won[0] as number
      // Every field of the winning edit, none of a losing one.
      expect(row).toMatchObject({ version: version + 1, title: `v${version} editor ${i}`, progressPercent: i, evidenceStrand: `strand ${i}` })
    }
    expect(await db().prisma.auditEvent.count({ where: { entityId: action.id, action: 'edited action' } })).toBe(3)
  })

  it('refuses a priority or owner from another area, writing nothing', async () => {
    const { user, action } = await setUp()
    const other = await createArea(db().prisma)
    const foreignPriority = await createPriority(db().prisma, other.id)
    const foreignOwner = await createUser(db().prisma, { role: 'PARTNER', areaIds: [other.id] })
    for (const bad of [{ priorityId: foreignPriority.id }, { ownerId: foreignOwner.id }, { leadOrganisationId: 'nope' }]) {
      await expect(updateAction(user, action.id, editInput(bad))).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    }
    expect(await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({ title: 'Original', version: 1 })
  })

  it('offers only the choices of the action’s own area', async () => {
    const { area, user, action } = await setUp()
    const other = await createArea(db().prisma)
    await createPriority(db().prisma, area.id, { title: 'Ours' })
    await createPriority(db().prisma, other.id, { title: 'Theirs' })
    await createUser(db().prisma, { role: 'PARTNER', areaIds: [other.id], name: 'Elsewhere' })
    const form = await getActionForEdit(user, action.id)
    expect(form?.options.priorities.map((p) => p.label)).toEqual([expect.stringContaining('Ours')])
    expect(form?.options.owners.map((o) => o.label).join()).not.toContain('Elsewhere')
  })
})
