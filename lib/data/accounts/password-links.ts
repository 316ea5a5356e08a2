/**
 * One-time set-password links: made on invitation or on request by whoever manages the user,
 * valid for LINK_LIFETIME_DAYS days and usable once. Only a hash of each token is stored.
 */
import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import { hash } from '@node-rs/argon2'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { viewerOf } from '@/lib/permissions'
import type { SetPasswordInput } from '@/lib/validation/users'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { recordAudit } from '@/lib/data/audit'
import { mayManage, notFound, targetOf, userSelect } from '@/lib/data/accounts/users'

/** How long a set-password link works. */
export const LINK_LIFETIME_DAYS = 7

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

export function newToken(now: Date) {
  const token = randomBytes(32).toString('base64url')
  return { token, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + LINK_LIFETIME_DAYS * 86_400_000) }
}

/** Replaces any unused set-password link of the user with a new one (lost or expired links). */
export async function issuePasswordLink(
  user: SessionUser,
  id: string,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date; name: string; email: string }> {
  const db = await getDb()
  const current = await db.user.findUnique({ where: { id }, select: userSelect })
  if (!current || !mayManage(viewerOf(user), targetOf(current))) throw notFound(user, id)
  if (current.disabled) throw new AppError('INVALID_STATE', { userMessage: 'Re-enable this user before making a link' })
  const { token, tokenHash, expiresAt } = newToken(now)
  await db.$transaction([
    db.passwordToken.deleteMany({ where: { userId: id, usedAt: null } }),
    db.passwordToken.create({ data: { userId: id, tokenHash, expiresAt, createdById: user.id } }),
    recordAudit(db, {
      actor: { id: user.id, label: user.email },
      action: 'made a set-password link',
      entityType: 'USER',
      entityId: id,
      after: { expiresAt: expiresAt.toISOString() },
    }),
  ])
  return { token, expiresAt, name: current.name, email: current.email }
}

// ───────────── using a link (signed out) ─────────────

const linkInvalid = () =>
  new AppError('INVALID_STATE', {
    userMessage: 'This link has expired or has already been used. Ask whoever invited you for a new one.',
  })

/** Whose link this is, while it is usable; null otherwise. */
export async function findPasswordLink(token: string, now = new Date()): Promise<{ name: string; email: string } | null> {
  if (token.length > 100) return null
  const db = await getDb()
  const row = await db.passwordToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { name: true, email: true, disabled: true } } },
  })
  if (!row || row.usedAt || row.expiresAt <= now || row.user.disabled) return null
  return { name: row.user.name, email: row.user.email }
}

/**
 * Sets the password from a link. The link is spent by a conditional update, so of two
 * requests with one link only one sets a password.
 */
export async function setPasswordFromLink(token: string, input: SetPasswordInput, now = new Date()): Promise<void> {
  if (!(await findPasswordLink(token, now))) throw linkInvalid()
  const passwordHash = await hash(input.newPassword)
  const db = await getDb()
  await db.$transaction(async (tx) => {
    const row = await tx.passwordToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true } })
    const spent = row
      ? await tx.passwordToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } })
      : { count: 0 }
    if (!row || spent.count !== 1) throw linkInvalid()
    const u = await tx.user.update({
      where: { id: row.userId, disabled: false },
      data: { passwordHash, sessionVersion: { increment: 1 }, version: { increment: 1 } },
      select: { email: true },
    })
    await recordAudit(tx, {
      actor: { id: row.userId, label: u.email },
      action: 'set password from link',
      entityType: 'USER',
      entityId: row.userId,
    })
  })
}
