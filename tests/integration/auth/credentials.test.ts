import { hash, verify } from '@node-rs/argon2'
import { describe, expect, it } from 'vitest'
import {
  changePassword,
  endSession,
  findSessionUser,
  isSessionEnded,
  signOutEverywhere,
  verifyCredentials,
} from '@/lib/data/accounts/auth'
import { AppError } from '@/lib/errors'
import { createArea, createUser } from '@/tests/factories'
import { db } from '../../setup/test-db'

const PASSWORD = 'correct horse battery'

async function member(overrides: { disabled?: boolean } = {}) {
  const area = await createArea(db().prisma)
  return createUser(db().prisma, {
    email: 'member@example.org',
    role: 'PARTNER',
    passwordHash: await hash(PASSWORD),
    areaIds: [area.id],
    ...overrides,
  })
}

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 24, 12, 0, seconds))
const attempt = (password: string, now: Date, ip = '203.0.113.9', email = 'member@example.org') =>
  verifyCredentials({ email, password }, ip, now)

describe('signing in with a password', () => {
  it('returns the user, with their areas, for the right password and records the sign-in', async () => {
    const user = await member()
    const signedIn = await attempt(PASSWORD, at(0))
    expect(signedIn).toMatchObject({ id: user.id, role: 'PARTNER', sessionVersion: 1 })
    expect(signedIn?.areas).toHaveLength(1)
    const audit = await db().prisma.auditEvent.findMany({ where: { entityId: user.id } })
    expect(audit.map((a) => a.action)).toEqual(['signed in'])
  })

  it('refuses a wrong password, an unknown email and a disabled account alike, recording each failure', async () => {
    await member({ disabled: true })
    expect(await attempt('wrong', at(0))).toBeNull()
    expect(await attempt(PASSWORD, at(1))).toBeNull() // disabled
    expect(await attempt(PASSWORD, at(2), '198.51.100.1', 'nobody@example.org')).toBeNull()
    const actions = (await db().prisma.auditEvent.findMany({ orderBy: { at: 'asc' } })).map((a) => a.action)
    expect(actions).toEqual(['sign-in failed', 'sign-in refused: account disabled', 'sign-in failed'])
  })

  it('slows down after 5 failures with a growing but bounded wait, and lets the right password through afterwards', async () => {
    await member()
    for (let i = 0; i < 5; i++) expect(await attempt('wrong', at(i))).toBeNull()
    // 5 failures: the next attempt must wait 2 s from the last one.
    await expect(attempt(PASSWORD, at(5))).rejects.toThrow(AppError)
    await expect(attempt(PASSWORD, at(5))).rejects.toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 1 })
    expect(await attempt('wrong', at(7))).toBeNull() // 6th failure: wait 4 s
    await expect(attempt(PASSWORD, at(8))).rejects.toMatchObject({ retryAfterSeconds: 3 })
    expect(await attempt(PASSWORD, at(11))).not.toBeNull()
    // Success clears the account's count; the IP's count remains.
    expect(await db().prisma.signInThrottle.findUnique({ where: { key: 'account:member@example.org' } })).toBeNull()
    expect(await db().prisma.signInThrottle.findUnique({ where: { key: 'ip:203.0.113.9' } })).toMatchObject({ failures: 6 })
  })

  it('never makes anyone wait more than a minute, and forgets failures after 15 minutes', async () => {
    await member()
    for (let i = 0; i < 30; i++) await attempt('wrong', at(i * 61)).catch(() => null)
    const last = at(29 * 61)
    await expect(attempt(PASSWORD, new Date(last.getTime() + 1000))).rejects.toMatchObject({ retryAfterSeconds: 59 })
    expect(await attempt(PASSWORD, new Date(last.getTime() + 60_000))).not.toBeNull()
  })

  it('checks no more attempts sent at once than it would one after another (41 at once, 5 checked)', async () => {
    await member()
    const outcomes = await Promise.all(
      Array.from({ length: 41 }, (_, i) =>
        attempt('wrong', at(0), `198.51.100.${i}`).then(
          () => 'checked',
          (error: AppError) => error.code,
        ),
      ),
    )
    expect(outcomes.filter((o) => o === 'checked')).toHaveLength(5)
    expect(outcomes.filter((o) => o === 'RATE_LIMITED')).toHaveLength(36)
    expect(await db().prisma.signInThrottle.findUnique({ where: { key: 'account:member@example.org' } })).toMatchObject({
      failures: 5,
    })
    await expect(attempt(PASSWORD, at(1))).rejects.toMatchObject({ code: 'RATE_LIMITED' })
  })

  it('limits by IP address too, whichever account is tried', async () => {
    await member()
    for (let i = 0; i < 5; i++) await attempt('wrong', at(i), '192.0.2.7', `guess${i}@example.org`)
    await expect(attempt(PASSWORD, at(5), '192.0.2.7')).rejects.toMatchObject({ code: 'RATE_LIMITED' })
    expect(await attempt(PASSWORD, at(5), '192.0.2.8')).not.toBeNull()
  })
})

describe('sessions', () => {
  it('end at once when the user is disabled or their session version moves on', async () => {
    const user = await member()
    expect(await findSessionUser(user.id, 1)).not.toBeNull()
    const signedIn = await findSessionUser(user.id, 1)
    if (!signedIn) throw new Error('expected a session user')
    await signOutEverywhere(signedIn)
    expect(await findSessionUser(user.id, 1)).toBeNull()
    expect(await findSessionUser(user.id, 2)).not.toBeNull()
    await db().prisma.user.update({ where: { id: user.id }, data: { disabled: true } })
    expect(await findSessionUser(user.id, 2)).toBeNull()
  })

  it('signed out on one device stays ended until its token would have expired, then the record goes', async () => {
    const ends = new Date(Date.now() + 60_000)
    expect(await isSessionEnded('session-a')).toBe(false)
    await endSession('session-a', ends)
    await endSession('session-a', ends) // signing out twice is one record
    expect(await isSessionEnded('session-a')).toBe(true)
    expect(await isSessionEnded('session-b')).toBe(false)
    await db().prisma.endedSession.create({ data: { id: 'long-gone', expiresAt: new Date(Date.now() - 1000) } })
    await endSession('session-b', ends)
    expect((await db().prisma.endedSession.findMany({ orderBy: { id: 'asc' } })).map((s) => s.id)).toEqual([
      'session-a',
      'session-b',
    ])
  })
})

describe('changing a password', () => {
  it('needs the current password, then ends every session and is audited', async () => {
    const user = await member()
    const session = await findSessionUser(user.id, 1)
    if (!session) throw new Error('expected a session user')
    await expect(
      changePassword(session, {
        currentPassword: 'wrong',
        newPassword: 'a new long phrase',
        confirmPassword: 'a new long phrase',
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    await changePassword(session, {
      currentPassword: PASSWORD,
      newPassword: 'a new long phrase',
      confirmPassword: 'a new long phrase',
    })
    const after = await db().prisma.user.findUniqueOrThrow({ where: { id: user.id } })
    expect(after.sessionVersion).toBe(2)
    expect(await verify(after.passwordHash ?? '', 'a new long phrase')).toBe(true)
    expect(await findSessionUser(user.id, 1)).toBeNull()
    expect((await db().prisma.auditEvent.findMany({ where: { entityId: user.id } })).map((a) => a.action)).toEqual([
      'changed password',
    ])
  })
})
