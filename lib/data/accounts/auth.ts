/**
 * Credentials, sessions and passwords. The authoritative checks for signing in live here: the
 * rate limit, the password hash and the disabled flag; and, on every request, that the
 * session's version still matches the user's (disabling a user, changing their role or signing
 * out everywhere bumps it, so old sessions stop at once).
 */
import 'server-only'
import { hash, verify } from '@node-rs/argon2'
import { getDb } from '@/lib/db/client'
import type { Role } from '@/lib/generated/prisma/enums'
import { WINDOW_MINUTES, waitSeconds } from '@/lib/auth/throttle-policy'
import { AppError } from '@/lib/errors'
import type { ChangePasswordInput, SignInInput } from '@/lib/validation/auth'
import { recordAudit } from '@/lib/data/audit'

export type SessionUser = {
  id: string
  name: string
  email: string
  role: Role
  areas: { id: string; slug: string; name: string }[]
  sessionVersion: number
}

// Verifying against a fixed hash when the email is unknown makes both cases take as long.
let dummyHash: Promise<string> | undefined
const dummy = () => (dummyHash ??= hash('not a real password: timing equaliser'))

const accountKey = (email: string) => `account:${email}`
const ipKey = (ip: string) => `ip:${ip}`

/**
 * Takes one attempt for each key, or refuses with the wait. Atomic: the keys' rows are locked
 * (in key order, so two attempts never deadlock) while the wait is read and the attempt is
 * counted, so attempts sent at once queue here and the 6th is refused exactly as a 6th sent
 * after the others. Every attempt counts as a failure until its password proves right.
 */
async function takeAttempt(keys: string[], now: Date): Promise<number> {
  const db = await getDb()
  const sorted = [...keys].sort()
  return db.$transaction(async (tx) => {
    await tx.signInThrottle.createMany({
      data: sorted.map((key) => ({ key, failures: 0, firstFailAt: now, lastFailAt: now })),
      skipDuplicates: true,
    })
    await tx.$queryRaw`SELECT key FROM "SignInThrottle" WHERE key = ANY(${sorted}::text[]) ORDER BY key FOR UPDATE`
    const rows = await tx.signInThrottle.findMany({ where: { key: { in: sorted } } })
    const wait = Math.max(0, ...rows.map((r) => waitSeconds(r, now)))
    if (wait > 0) return wait
    for (const row of rows) {
      const stale = now.getTime() - row.firstFailAt.getTime() > WINDOW_MINUTES * 60_000
      await tx.signInThrottle.update({
        where: { key: row.key },
        data: stale ? { failures: 1, firstFailAt: now, lastFailAt: now } : { failures: { increment: 1 }, lastFailAt: now },
      })
    }
    return 0
  })
}

/** Checks an email and password. Null when they do not match an active account. */
export async function verifyCredentials(input: SignInInput, ip: string | null, now = new Date()): Promise<SessionUser | null> {
  const db = await getDb()
  const keys = [accountKey(input.email), ...(ip ? [ipKey(ip)] : [])]
  const wait = await takeAttempt(keys, now)
  if (wait > 0) {
    throw new AppError('RATE_LIMITED', {
      message: `sign-in for ${input.email} throttled for ${wait}s`,
      userMessage: `Too many attempts to sign in. Wait ${wait} ${wait === 1 ? 'second' : 'seconds'} and try again.`,
      retryAfterSeconds: wait,
    })
  }
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { ...sessionUserSelect, passwordHash: true, disabled: true },
  })
  const ok = await verify(user?.passwordHash ?? (await dummy()), input.password).catch(() => false)
  if (!user || !user.passwordHash || !ok || user.disabled) {
    await recordAudit(db, {
      actor: user ? { id: user.id, label: user.email } : null,
      action: user?.disabled && ok ? 'sign-in refused: account disabled' : 'sign-in failed',
      entityType: 'USER',
      entityId: user?.id ?? '-',
    })
    return null
  }
  // The right password: the account's count starts again, and the address gets back the
  // attempt it was charged, so people signing in from one office do not slow each other.
  await db.$transaction([
    db.signInThrottle.deleteMany({ where: { key: accountKey(input.email) } }),
    ...(ip
      ? [db.signInThrottle.updateMany({ where: { key: ipKey(ip), failures: { gt: 0 } }, data: { failures: { decrement: 1 } } })]
      : []),
    db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } }),
    recordAudit(db, { actor: { id: user.id, label: user.email }, action: 'signed in', entityType: 'USER', entityId: user.id }),
  ])
  return toSessionUser(user)
}

const sessionUserSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  sessionVersion: true,
  areaScopes: { select: { area: { select: { id: true, slug: true, name: true } } }, orderBy: { area: { name: 'asc' } } },
} as const

function toSessionUser(u: {
  id: string
  name: string
  email: string
  role: Role
  sessionVersion: number
  areaScopes: { area: { id: string; slug: string; name: string } }[]
}): SessionUser {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    sessionVersion: u.sessionVersion,
    areas: u.areaScopes.map((s) => s.area),
  }
}

/** An existing, enabled user for single sign-on (matched by email); null otherwise. */
export async function findInvitedUser(email: string): Promise<SessionUser | null> {
  const db = await getDb()
  const user = await db.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { ...sessionUserSelect, disabled: true },
  })
  return user && !user.disabled ? toSessionUser(user) : null
}

/** Records that one session (a signed token, by its id) was signed out; it is refused from now on. */
export async function endSession(sessionId: string, expiresAt: Date): Promise<void> {
  const db = await getDb()
  await db.$transaction([
    // Rows outlive their token only until it would have expired anyway.
    db.endedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.endedSession.upsert({ where: { id: sessionId }, create: { id: sessionId, expiresAt }, update: {} }),
  ])
}

export async function isSessionEnded(sessionId: string): Promise<boolean> {
  const db = await getDb()
  return (await db.endedSession.count({ where: { id: sessionId } })) > 0
}

/** The user behind a session, or null if they were disabled or the session is out of date. */
export async function findSessionUser(id: string, sessionVersion: number): Promise<SessionUser | null> {
  const db = await getDb()
  const user = await db.user.findUnique({ where: { id }, select: { ...sessionUserSelect, disabled: true } })
  if (!user || user.disabled || user.sessionVersion !== sessionVersion) return null
  return toSessionUser(user)
}

/** A user as a session would see them, for work done on their behalf (their digest's briefing); null if disabled. */
export async function loadUserAsSession(id: string): Promise<SessionUser | null> {
  const db = await getDb()
  const user = await db.user.findUnique({ where: { id }, select: { ...sessionUserSelect, disabled: true } })
  return user && !user.disabled ? toSessionUser(user) : null
}

/** Changes the signed-in user's password and ends all their sessions, this one included. */
export async function changePassword(user: SessionUser, input: ChangePasswordInput): Promise<void> {
  const db = await getDb()
  const current = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } })
  if (!current?.passwordHash || !(await verify(current.passwordHash, input.currentPassword).catch(() => false))) {
    throw new AppError('INVALID_INPUT', { userMessage: 'Your current password is not correct' })
  }
  const passwordHash = await hash(input.newPassword)
  await db.$transaction([
    db.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    }),
    recordAudit(db, {
      actor: { id: user.id, label: user.email },
      action: 'changed password',
      entityType: 'USER',
      entityId: user.id,
    }),
  ])
}

/** Ends every session of the user, on every device. */
export async function signOutEverywhere(user: SessionUser): Promise<void> {
  const db = await getDb()
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } }),
    recordAudit(db, {
      actor: { id: user.id, label: user.email },
      action: 'signed out everywhere',
      entityType: 'USER',
      entityId: user.id,
    }),
  ])
}
