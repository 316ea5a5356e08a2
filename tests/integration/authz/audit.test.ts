import { describe, expect, it } from 'vitest'
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import { postActionUpdate } from '@/lib/data/progress/action-updates'
import { auditFilterOptions, listAuditEvents } from '@/lib/data/audit'
import type { Role } from '@/lib/permissions'
import { createAction, createArea, createUser } from '@/tests/factories'
import { MATRIX } from '../../authz/matrix'
import { db } from '../../setup/test-db'

async function session(role: Role, areaIds: string[]): Promise<SessionUser> {
  const u = await createUser(db().prisma, { role, areaIds })
  return (await findSessionUser(u.id, 1)) as SessionUser
}

describe('reading the audit trail', () => {
  it('shows each role the events it may read, per the matrix', async () => {
    const own = await createArea(db().prisma)
    const other = await createArea(db().prisma)
    const admin = await session('ADMIN', [])
    for (const area of [own, other]) {
      const action = await createAction(db().prisma, area.id, { status: 'ON_TRACK' })
      await postActionUpdate(admin, action.id, { version: 1, status: 'AT_RISK', progressPercent: 20, body: 'Update' })
    }
    // A sign-in-like event with no area.
    await db().prisma.auditEvent.create({
      data: { actorLabel: 'x@example.org', action: 'signed in', entityType: 'USER', entityId: admin.id },
    })

    for (const role of ['ADMIN', 'DELIVERY_TEAM', 'CHAIR', 'PARTNER'] as const) {
      const user = await session(role, role === 'ADMIN' ? [] : [own.id])
      const events = await listAuditEvents(user, {})
      const expected = MATRIX['read:audit'][role]
      if (!expected.ownArea) {
        expect(events).toBeNull()
        expect(await auditFilterOptions(user)).toBeNull()
        continue
      }
      const areas = new Set(events?.map((e) => e.area))
      expect(areas.has(own.name)).toBe(true)
      expect(areas.has(other.name)).toBe(expected.otherArea)
      expect(events?.some((e) => e.action === 'signed in')).toBe(expected.otherArea) // area-less events: admins only
    }
  })

  it('filters by what changed and who changed it, newest first', async () => {
    const area = await createArea(db().prisma)
    const admin = await session('ADMIN', [])
    const a1 = await createAction(db().prisma, area.id, {})
    await postActionUpdate(admin, a1.id, { version: 1, status: 'ON_TRACK', progressPercent: 10, body: 'First' })
    await postActionUpdate(admin, a1.id, { version: 2, status: 'AT_RISK', progressPercent: 20, body: 'Second' })
    await db().prisma.auditEvent.create({
      data: { actorLabel: 'someone', action: 'signed in', entityType: 'USER', entityId: 'u' },
    })
    const actions = await listAuditEvents(admin, { entityType: 'ACTION', actorId: admin.id })
    expect(actions?.map((e) => JSON.parse(e.after ?? '{}').update)).toEqual(['Second', 'First'])
    expect((await auditFilterOptions(admin))?.entityTypes).toEqual(['ACTION', 'USER'])
  })
})
