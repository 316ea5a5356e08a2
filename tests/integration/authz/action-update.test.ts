/**
 * The data layer enforces the authorisation matrix itself: posting an action update directly,
 * as each role, on its own area, another area and its own action. Denied calls change nothing.
 */
import { describe, expect, it } from 'vitest'
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import { postActionUpdate } from '@/lib/data/progress/action-updates'
import type { Role } from '@/lib/permissions'
import { createAction, createArea, createUser } from '@/tests/factories'
import { MATRIX } from '../../authz/matrix'
import { db } from '../../setup/test-db'

const ROLES: Role[] = ['ADMIN', 'DELIVERY_TEAM', 'CHAIR', 'PARTNER']
const INPUT = { version: 1, status: 'AT_RISK' as const, progressPercent: 40, body: 'Two schools have joined.' }

async function setUp(role: Role) {
  const own = await createArea(db().prisma)
  const other = await createArea(db().prisma)
  const u = await createUser(db().prisma, { role, areaIds: role === 'ADMIN' ? [] : [own.id] })
  const user = (await findSessionUser(u.id, 1)) as SessionUser
  const someoneElse = await createUser(db().prisma, { role: 'PARTNER', areaIds: [own.id] })
  return {
    user,
    ownArea: await createAction(db().prisma, own.id, { ownerId: someoneElse.id, status: 'ON_TRACK', progressPercent: 10 }),
    otherArea: await createAction(db().prisma, other.id, { ownerId: u.id, status: 'ON_TRACK', progressPercent: 10 }),
    ownRow: await createAction(db().prisma, own.id, { ownerId: u.id, status: 'ON_TRACK', progressPercent: 10 }),
  }
}

async function snapshot(actionId: string) {
  const { prisma } = db()
  return {
    action: await prisma.action.findUniqueOrThrow({
      where: { id: actionId },
      select: { status: true, progressPercent: true, version: true },
    }),
    updates: await prisma.statusUpdate.count({ where: { actionId } }),
    audit: await prisma.auditEvent.count({ where: { entityId: actionId } }),
  }
}

describe('posting an action update, per the authorisation matrix', () => {
  for (const role of ROLES) {
    const expected = MATRIX['post:action-update'][role]
    for (const target of ['ownArea', 'otherArea', 'ownRow'] as const) {
      const allowed = expected[target] ?? false
      it(`${role} on ${target}: ${allowed ? 'allowed' : 'refused, nothing changes'}`, async () => {
        const s = await setUp(role)
        const action = s[target]
        const before = await snapshot(action.id)
        if (allowed) {
          await postActionUpdate(s.user, action.id, INPUT)
          const after = await snapshot(action.id)
          expect(after).toEqual({
            action: { status: 'AT_RISK', progressPercent: 40, version: before.action.version + 1 },
            updates: 1,
            audit: 1,
          })
          const audit = await db().prisma.auditEvent.findFirstOrThrow({ where: { entityId: action.id } })
          expect(audit).toMatchObject({
            actorId: s.user.id,
            action: 'posted action update',
            entityType: 'ACTION',
            areaId: action.areaId,
          })
          expect(audit.before).toEqual({ status: 'ON_TRACK', progressPercent: 10 })
        } else {
          await expect(postActionUpdate(s.user, action.id, INPUT)).rejects.toMatchObject({ code: 'NOT_FOUND' })
          expect(await snapshot(action.id)).toEqual(before)
        }
      })
    }
  }
})
