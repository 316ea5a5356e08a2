/**
 * Editing an action follows the authorisation matrix in the data layer: each role on an action
 * of its own area and of another. Refused calls change and audit nothing.
 */
import { describe, expect, it } from 'vitest'
import { updateAction } from '@/lib/data/action-edit'
import { findSessionUser, type SessionUser } from '@/lib/data/auth'
import type { Role } from '@/lib/permissions'
import { buildActionEdit as editInput, createAction, createArea, createUser } from '@/tests/factories'
import { MATRIX } from '../../authz/matrix'
import { db } from '../../setup/test-db'

const ROLES: Role[] = ['ADMIN', 'DELIVERY_TEAM', 'CHAIR', 'PARTNER']

describe('editing an action, per the authorisation matrix', () => {
  for (const role of ROLES) {
    for (const target of ['ownArea', 'otherArea'] as const) {
      const allowed = MATRIX['edit:plan'][role][target]
      it(`${role} on ${target}: ${allowed ? 'allowed' : 'refused, nothing changes'}`, async () => {
        const own = await createArea(db().prisma)
        const other = await createArea(db().prisma)
        const u = await createUser(db().prisma, { role, areaIds: role === 'ADMIN' ? [] : [own.id] })
        const user = (await findSessionUser(u.id, 1)) as SessionUser
        // The partner owns it, so ownership alone must not be enough to edit the plan.
        const action = await createAction(db().prisma, target === 'ownArea' ? own.id : other.id, { ownerId: u.id })
        const before = await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } })
        if (allowed) {
          await updateAction(user, action.id, editInput({ ownerId: null }))
          const after = await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } })
          expect(after).toMatchObject({ title: 'Edited title', status: 'AT_RISK', progressPercent: 55, version: 2 })
          const audit = await db().prisma.auditEvent.findFirstOrThrow({ where: { entityId: action.id } })
          expect(audit).toMatchObject({ action: 'edited action', actorId: u.id, areaId: action.areaId })
          expect(audit.after).toMatchObject({ title: 'Edited title', dueOn: '2019-07-31', progressPercent: 55 })
        } else {
          await expect(updateAction(user, action.id, editInput())).rejects.toMatchObject({ code: 'NOT_FOUND' })
          expect(await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } })).toEqual(before)
          expect(await db().prisma.auditEvent.count()).toBe(0)
        }
      })
    }
  }
})
