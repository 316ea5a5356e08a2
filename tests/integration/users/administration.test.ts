/**
 * Inviting, set-password links, access changes, disabling, the last-admin rule and lost
 * updates, on the real database.
 */
import { describe, expect, it } from 'vitest'
import { findSessionUser, verifyCredentials, type SessionUser } from '@/lib/data/accounts/auth'
import { findPasswordLink, issuePasswordLink, setPasswordFromLink } from '@/lib/data/accounts/password-links'
import { getManagedUser, inviteUser, listManagedUsers, setUserDisabled, updateUserAccess } from '@/lib/data/accounts/users'
import { createArea, createUser } from '@/tests/factories'
import { db } from '../../setup/test-db'

const PASSWORD = 'a long enough passphrase'
const NOW = new Date('2026-11-24T12:00:00Z')
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000)

async function admin(email = 'admin@example.org') {
  const u = await createUser(db().prisma, { role: 'ADMIN', email })
  return (await findSessionUser(u.id, 1)) as SessionUser
}

const reload = (id: string) => db().prisma.user.findUniqueOrThrow({ where: { id }, include: { areaScopes: true } })

describe('inviting a user', () => {
  it('makes a one-time link that sets their password and lets them sign in', async () => {
    const area = await createArea(db().prisma)
    const me = await admin()
    const { userId, token } = await inviteUser(
      me,
      { name: 'Ada Chair', email: 'ada@example.org', role: 'CHAIR', areaIds: [area.id] },
      NOW,
    )

    expect(await getManagedUser(me, userId, NOW)).toMatchObject({ state: 'invited', role: 'CHAIR', areas: [area.name] })
    expect(await verifyCredentials({ email: 'ada@example.org', password: PASSWORD }, null)).toBeNull()
    expect(await findPasswordLink(token, NOW)).toEqual({ name: 'Ada Chair', email: 'ada@example.org' })

    await setPasswordFromLink(token, { newPassword: PASSWORD, confirmPassword: PASSWORD }, days(1))
    expect(await verifyCredentials({ email: 'ada@example.org', password: PASSWORD }, null)).toMatchObject({
      id: userId,
      role: 'CHAIR',
    })
    expect(await getManagedUser(me, userId, NOW)).toMatchObject({ state: 'active' })

    // Spent: neither the page nor a second submission accepts it.
    expect(await findPasswordLink(token, days(1))).toBeNull()
    await expect(
      setPasswordFromLink(token, { newPassword: 'another passphrase', confirmPassword: 'another passphrase' }, days(1)),
    ).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    const actions = (await db().prisma.auditEvent.findMany({ where: { entityId: userId }, orderBy: { at: 'asc' } })).map(
      (a) => a.action,
    )
    expect(actions).toEqual(['invited user', 'sign-in failed', 'set password from link', 'signed in'])
    // Only the hash of the token is stored.
    const stored = await db().prisma.passwordToken.findFirstOrThrow({ where: { userId } })
    expect(stored.tokenHash).not.toContain(token)
  })

  it('refuses an expired link and a made-up one; a new link replaces the old', async () => {
    const me = await admin()
    const { userId, token } = await inviteUser(me, { name: 'Bo', email: 'bo@example.org', role: 'ADMIN', areaIds: [] }, NOW)
    expect(await findPasswordLink(token, days(8))).toBeNull()
    expect(await getManagedUser(me, userId, days(8))).toMatchObject({ state: 'link expired' })
    await expect(setPasswordFromLink(token, { newPassword: PASSWORD, confirmPassword: PASSWORD }, days(8))).rejects.toMatchObject(
      {
        code: 'INVALID_STATE',
      },
    )
    expect(await findPasswordLink('made-up', NOW)).toBeNull()

    const { token: fresh } = await issuePasswordLink(me, userId, days(8))
    expect(await findPasswordLink(token, NOW)).toBeNull() // the old one is gone
    await setPasswordFromLink(fresh, { newPassword: PASSWORD, confirmPassword: PASSWORD }, days(9))
    expect((await reload(userId)).passwordHash).toBeTruthy()
  })

  it('of two uses of one link at once, exactly one sets the password', async () => {
    const me = await admin()
    const { userId, token } = await inviteUser(me, { name: 'Cy', email: 'cy@example.org', role: 'ADMIN', areaIds: [] }, NOW)
    const results = await Promise.allSettled(
      ['first passphrase', 'second passphrase'].map((p) =>
        setPasswordFromLink(token, { newPassword: p, confirmPassword: p }, days(1)),
      ),
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(await db().prisma.auditEvent.count({ where: { entityId: userId, action: 'set password from link' } })).toBe(1)
  })

  it('refuses an email address that is already used, writing nothing', async () => {
    const me = await admin()
    await createUser(db().prisma, { email: 'taken@example.org' })
    const before = await db().prisma.user.count()
    await expect(inviteUser(me, { name: 'T', email: 'taken@example.org', role: 'ADMIN', areaIds: [] })).rejects.toMatchObject({
      code: 'CONFLICT',
      userMessage: 'There is already a user with this email address',
    })
    expect(await db().prisma.user.count()).toBe(before)
  })

  it('refuses an area that does not exist', async () => {
    const me = await admin()
    await expect(
      inviteUser(me, { name: 'T', email: 't@example.org', role: 'PARTNER', areaIds: ['no-such-area'] }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    expect(await db().prisma.user.count()).toBe(1)
  })
})

describe('changing access', () => {
  it('changes role and areas at once, ends their sessions and audits before and after', async () => {
    const [a, b] = [await createArea(db().prisma, { slug: 'aaa' }), await createArea(db().prisma, { slug: 'bbb' })]
    const me = await admin()
    const target = await createUser(db().prisma, { role: 'PARTNER', areaIds: [a.id] })
    await updateUserAccess(me, target.id, { role: 'CHAIR', areaIds: [b.id, a.id], version: 1 })

    const after = await reload(target.id)
    expect(after).toMatchObject({ role: 'CHAIR', version: 2, sessionVersion: 2 })
    expect(after.areaScopes.map((s) => s.areaId).sort()).toEqual([a.id, b.id].sort())
    expect(await findSessionUser(target.id, 1)).toBeNull() // the old session stops at the next request
    const audit = await db().prisma.auditEvent.findFirstOrThrow({ where: { entityId: target.id } })
    expect(audit).toMatchObject({ action: 'changed user access', actorId: me.id })
    expect(audit.before).toEqual({ role: 'PARTNER', areas: ['aaa'], disabled: false })
    expect(audit.after).toEqual({ role: 'CHAIR', areas: ['aaa', 'bbb'], disabled: false })
  })

  it('refuses a change made from a stale version and keeps the newer values', async () => {
    const area = await createArea(db().prisma)
    const me = await admin()
    const target = await createUser(db().prisma, { role: 'PARTNER', areaIds: [area.id] })
    await updateUserAccess(me, target.id, { role: 'CHAIR', areaIds: [area.id], version: 1 })
    await expect(
      updateUserAccess(me, target.id, { role: 'DELIVERY_TEAM', areaIds: [area.id], version: 1 }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    expect(await reload(target.id)).toMatchObject({ role: 'CHAIR', version: 2 })
    expect(await db().prisma.auditEvent.count({ where: { entityId: target.id } })).toBe(1)
  })

  it('disabling signs the user out at once and stops sign-in; re-enabling restores it', async () => {
    const area = await createArea(db().prisma)
    const me = await admin()
    const { hash } = await import('@node-rs/argon2')
    const target = await createUser(db().prisma, {
      role: 'PARTNER',
      areaIds: [area.id],
      email: 'p@example.org',
      passwordHash: await hash(PASSWORD),
    })
    await setUserDisabled(me, target.id, true, 1)
    expect(await findSessionUser(target.id, 1)).toBeNull()
    expect(await findSessionUser(target.id, 2)).toBeNull()
    expect(await verifyCredentials({ email: 'p@example.org', password: PASSWORD }, null)).toBeNull()
    await setUserDisabled(me, target.id, false, 2)
    expect(await verifyCredentials({ email: 'p@example.org', password: PASSWORD }, null)).toMatchObject({ id: target.id })
  })

  it('nobody can disable themselves', async () => {
    const me = await admin()
    await admin('second@example.org')
    await expect(setUserDisabled(me, me.id, true, 1)).rejects.toMatchObject({ code: 'INVALID_STATE' })
  })
})

describe('the last active admin', () => {
  it('cannot be demoted or disabled; with a second admin, one of them can', async () => {
    const me = await admin()
    await expect(
      updateUserAccess(me, me.id, { role: 'PARTNER', areaIds: [(await createArea(db().prisma)).id], version: 1 }),
    ).rejects.toMatchObject({
      code: 'INVALID_STATE',
      userMessage: 'This is the only active national admin. Make someone else an admin first.',
    })
    const other = await admin('other@example.org')
    await setUserDisabled(me, other.id, true, 1)
    // Now `me` is the only active admin again.
    await expect(
      updateUserAccess(me, me.id, { role: 'CHAIR', areaIds: [(await createArea(db().prisma)).id], version: 1 }),
    ).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    expect(await db().prisma.user.count({ where: { role: 'ADMIN', disabled: false } })).toBe(1)
  })

  it('two admins demoting each other at once: one succeeds, one admin remains', async () => {
    const area = await createArea(db().prisma)
    const a = await admin('a@example.org')
    const b = await admin('b@example.org')
    const results = await Promise.allSettled([
      updateUserAccess(a, b.id, { role: 'PARTNER', areaIds: [area.id], version: 1 }),
      updateUserAccess(b, a.id, { role: 'PARTNER', areaIds: [area.id], version: 1 }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    expect(await db().prisma.user.count({ where: { role: 'ADMIN', disabled: false } })).toBe(1)
  })
})

describe('listing users', () => {
  it('shows admins everyone and delivery teams only the board members of their own areas', async () => {
    const [own, other] = [await createArea(db().prisma), await createArea(db().prisma)]
    const me = await admin()
    const dt = await createUser(db().prisma, { role: 'DELIVERY_TEAM', areaIds: [own.id], name: 'Dee' })
    await createUser(db().prisma, { role: 'PARTNER', areaIds: [own.id], name: 'Own partner' })
    await createUser(db().prisma, { role: 'PARTNER', areaIds: [other.id], name: 'Other partner' })
    await createUser(db().prisma, { role: 'PARTNER', areaIds: [own.id, other.id], name: 'Shared partner' })
    await createUser(db().prisma, { role: 'CHAIR', areaIds: [own.id], name: 'Own chair' })

    expect((await listManagedUsers(me))?.map((u) => u.name)).toHaveLength(6)
    const delivery = (await findSessionUser(dt.id, 1)) as SessionUser
    // A member who also sits on another area's board is managed by an admin, not one delivery team.
    expect((await listManagedUsers(delivery))?.map((u) => u.name)).toEqual(['Own partner'])
    const chair = (await findSessionUser(
      (await createUser(db().prisma, { role: 'CHAIR', areaIds: [own.id] })).id,
      1,
    )) as SessionUser
    expect(await listManagedUsers(chair)).toBeNull()
  })
})
