/**
 * Editing an action follows the authorisation matrix in the data layer: each role on an action
 * of its own area and of another. Allowed edits go into the area's draft, never the published
 * plan; refused ones write and audit nothing.
 */
import { describe, expect, it } from 'vitest'
import { editAction } from '@/lib/data/plan/actions'
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import type { Role } from '@/lib/permissions'
import { buildActionEdit as editInput, createAction, createArea, createUser } from '@/tests/factories'
import { MATRIX } from '../../authz/matrix'
import { db } from '../../setup/test-db'

const ROLES: Role[] = ['ADMIN', 'DELIVERY_TEAM', 'CHAIR', 'PARTNER']

describe('editing an action, per the authorisation matrix', () => {
  for (const role of ROLES) {
    for (const target of ['ownArea', 'otherArea'] as const) {
      const allowed = MATRIX['edit:plan'][role][target]
      it(`${role} on ${target}: ${allowed ? 'allowed, into the draft' : 'refused, nothing changes'}`, async () => {
        const own = await createArea(db().prisma)
        const other = await createArea(db().prisma)
        const u = await createUser(db().prisma, { role, areaIds: role === 'ADMIN' ? [] : [own.id] })
        const user = (await findSessionUser(u.id, 1)) as SessionUser
        // The partner owns it, so ownership alone must not be enough to edit the plan.
        const action = await createAction(db().prisma, target === 'ownArea' ? own.id : other.id, { ownerId: u.id })
        const before = await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } })
        if (allowed) {
          await editAction(user, action.id, editInput({ ownerId: null }))
          const draft = await db().prisma.planVersion.findFirstOrThrow({ where: { areaId: action.areaId } })
          expect(draft).toMatchObject({ status: 'DRAFT', number: 1 })
          expect(draft.snapshot).toMatchObject({
            actions: { [action.id]: { rev: 1, fields: { title: 'Edited title', dueOn: '2019-07-31' } } },
          })
          const audit = await db().prisma.auditEvent.findFirstOrThrow({ where: { entityId: action.id } })
          expect(audit).toMatchObject({ action: 'drafted action edit', actorId: u.id, areaId: action.areaId })
          expect(audit.after).toMatchObject({ title: 'Edited title', dueOn: '2019-07-31' })
        } else {
          await expect(editAction(user, action.id, editInput())).rejects.toMatchObject({ code: 'NOT_FOUND' })
          expect(await db().prisma.planVersion.count()).toBe(0)
          expect(await db().prisma.auditEvent.count()).toBe(0)
        }
        // Either way the published plan is untouched.
        expect(await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } })).toEqual(before)
      })
    }
  }
})
