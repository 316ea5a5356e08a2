/**
 * User administration follows the authorisation matrix in the data layer: inviting a board
 * member to one's own area or another, and changing an existing one, as each role. Denied
 * calls create, change and audit nothing.
 */
import { describe, expect, it } from 'vitest'
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import { inviteUser, setUserDisabled, updateUserAccess } from '@/lib/data/accounts/users'
import type { Role } from '@/lib/permissions'
import { createArea, createUser } from '@/tests/factories'
import { MATRIX } from '../../authz/matrix'
import { db } from '../../setup/test-db'

const ROLES: Role[] = ['ADMIN', 'DELIVERY_TEAM', 'CHAIR', 'PARTNER']

async function setUp(role: Role) {
  const own = await createArea(db().prisma)
  const other = await createArea(db().prisma)
  const u = await createUser(db().prisma, { role, areaIds: role === 'ADMIN' ? [] : [own.id] })
  const user = (await findSessionUser(u.id, 1)) as SessionUser
  const partners = {
    ownArea: await createUser(db().prisma, { role: 'PARTNER', areaIds: [own.id] }),
    otherArea: await createUser(db().prisma, { role: 'PARTNER', areaIds: [other.id] }),
  }
  return { user, areas: { ownArea: own, otherArea: other }, partners }
}

const counts = async () => ({
  users: await db().prisma.user.count(),
  audit: await db().prisma.auditEvent.count(),
  tokens: await db().prisma.passwordToken.count(),
})

describe('managing board members, per the authorisation matrix', () => {
  for (const role of ROLES) {
    for (const target of ['ownArea', 'otherArea'] as const) {
      const allowed = MATRIX['manage:partner'][role][target]
      it(`${role} inviting a board member to ${target}: ${allowed ? 'allowed' : 'refused, nothing written'}`, async () => {
        const s = await setUp(role)
        const before = await counts()
        const invite = () =>
          inviteUser(s.user, { name: 'New Member', email: 'new@example.org', role: 'PARTNER', areaIds: [s.areas[target].id] })
        if (allowed) {
          const { userId, token } = await invite()
          expect(token).toMatch(/^[\w-]{43}$/)
          expect(await counts()).toEqual({ users: before.users + 1, audit: before.audit + 1, tokens: 1 })
          const created = await db().prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { areaScopes: true } })
          expect(created).toMatchObject({ role: 'PARTNER', passwordHash: null, disabled: false })
          expect(created.areaScopes.map((a) => a.areaId)).toEqual([s.areas[target].id])
        } else {
          await expect(invite()).rejects.toMatchObject({ code: 'FORBIDDEN' })
          expect(await counts()).toEqual(before)
        }
      })

      it(`${role} disabling a board member of ${target}: ${allowed ? 'allowed' : 'refused, nothing written'}`, async () => {
        const s = await setUp(role)
        const partner = s.partners[target]
        const before = await counts()
        if (allowed) {
          await setUserDisabled(s.user, partner.id, true, partner.version)
          expect(await db().prisma.user.findUniqueOrThrow({ where: { id: partner.id } })).toMatchObject({ disabled: true })
          expect((await counts()).audit).toBe(before.audit + 1)
        } else {
          await expect(setUserDisabled(s.user, partner.id, true, partner.version)).rejects.toMatchObject({ code: 'NOT_FOUND' })
          expect(await db().prisma.user.findUniqueOrThrow({ where: { id: partner.id } })).toMatchObject({ disabled: false })
          expect(await counts()).toEqual(before)
        }
      })
    }
  }

  it('a delivery team cannot invite or promote anyone beyond a board member, even in its own area', async () => {
    const s = await setUp('DELIVERY_TEAM')
    const before = await counts()
    for (const role of ['CHAIR', 'DELIVERY_TEAM', 'ADMIN'] as const) {
      await expect(
        inviteUser(s.user, {
          name: 'X',
          email: `x-${role}@example.org`,
          role,
          areaIds: role === 'ADMIN' ? [] : [s.areas.ownArea.id],
        }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
    const partner = s.partners.ownArea
    await expect(
      updateUserAccess(s.user, partner.id, { role: 'CHAIR', areaIds: [s.areas.ownArea.id], version: partner.version }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(
      updateUserAccess(s.user, partner.id, {
        role: 'PARTNER',
        areaIds: [s.areas.ownArea.id, s.areas.otherArea.id],
        version: partner.version,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await counts()).toEqual(before)
    expect(await db().prisma.user.findUniqueOrThrow({ where: { id: partner.id } })).toMatchObject({ role: 'PARTNER', version: 1 })
  })
})
