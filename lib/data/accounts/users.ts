/**
 * User administration: invitations with one-time set-password links, role and area changes,
 * disabling and re-enabling. Admins manage everyone; delivery teams manage board members
 * (PARTNER) whose areas are all their own. Every change is audited in its transaction, and
 * the last active admin can be neither disabled nor demoted.
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import type { Role } from '@/lib/generated/prisma/enums'
import { AppError, StaleWrite } from '@/lib/errors'
import { can, canAny, viewerOf, type Viewer } from '@/lib/permissions'
import { ROLES, type InviteUserInput, type UpdateAccessInput } from '@/lib/validation/users'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { recordAudit } from '@/lib/data/audit'
import { newToken } from '@/lib/data/accounts/password-links'

// ───────────── who may manage whom ─────────────

type Target = { role: Role; areaIds: readonly string[] }

/** Admins (manage:user) manage anyone; delivery teams (manage:partner) board members of their areas only. */
export function mayManage(viewer: Viewer, target: Target): boolean {
  const inEvery = (permission: 'manage:user' | 'manage:partner') =>
    target.areaIds.length > 0 && target.areaIds.every((areaId) => can(viewer, permission, { areaId }))
  if (target.areaIds.length === 0 ? canAny(viewer, 'manage:user') : inEvery('manage:user')) return true
  return target.role === 'PARTNER' && inEvery('manage:partner')
}

export type ManagerScope = { roles: Role[]; areas: { id: string; name: string }[] }

/** The roles and areas this user may give others; null when they may not manage users at all. */
export async function getManagerScope(user: SessionUser): Promise<ManagerScope | null> {
  const viewer = viewerOf(user)
  const db = await getDb()
  if (canAny(viewer, 'manage:user')) {
    return { roles: [...ROLES], areas: await db.area.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } }) }
  }
  if (!can(viewer, 'manage:partner')) return null
  return { roles: ['PARTNER'], areas: user.areas.filter((a) => can(viewer, 'manage:partner', { areaId: a.id })) }
}

// ───────────── reading ─────────────

export type UserState = 'active' | 'disabled' | 'invited' | 'link expired'

export type ManagedUserRow = {
  id: string
  name: string
  email: string
  role: Role
  areas: string[]
  state: UserState
  lastSignInAt: string | null
}

export const userSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  disabled: true,
  passwordHash: true,
  version: true,
  lastSignInAt: true,
  createdAt: true,
  areaScopes: { select: { area: { select: { id: true, slug: true, name: true } } }, orderBy: { area: { name: 'asc' } } },
  passwordTokens: { where: { usedAt: null }, orderBy: { createdAt: 'desc' }, take: 1, select: { expiresAt: true } },
} as const

type UserRecord = {
  role: Role
  disabled: boolean
  passwordHash: string | null
  areaScopes: { area: { id: string; slug: string; name: string } }[]
  passwordTokens: { expiresAt: Date }[]
}

function stateOf(u: UserRecord, now: Date): UserState {
  if (u.disabled) return 'disabled'
  if (u.passwordHash) return 'active'
  const link = u.passwordTokens[0]
  return link && link.expiresAt > now ? 'invited' : 'link expired'
}

export const targetOf = (u: UserRecord): Target => ({ role: u.role, areaIds: u.areaScopes.map((s) => s.area.id) })

/** The users this user may manage, by name; null when they may manage none. */
export async function listManagedUsers(user: SessionUser, now = new Date()): Promise<ManagedUserRow[] | null> {
  const viewer = viewerOf(user)
  const scope = canAny(viewer, 'manage:user') ? null : can(viewer, 'manage:partner') ? viewer.areaIds : undefined
  if (scope === undefined) return null
  const db = await getDb()
  const rows = await db.user.findMany({
    where: scope === null ? {} : { role: 'PARTNER', areaScopes: { some: { areaId: { in: [...scope] } } } },
    select: userSelect,
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
  })
  return rows
    .filter((u) => mayManage(viewer, targetOf(u)))
    .map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      role: u.role,
      areas: u.areaScopes.map((s) => s.area.name),
      state: stateOf(u, now),
      lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
    }))
}

export type ManagedUser = ManagedUserRow & {
  version: number
  areaIds: string[]
  createdAt: string
  linkExpiresAt: string | null
  isSelf: boolean
  history: { at: string; actor: string; action: string }[]
}

/** One user, if this user may manage them; null otherwise (the page answers 404). */
export async function getManagedUser(user: SessionUser, id: string, now = new Date()): Promise<ManagedUser | null> {
  const db = await getDb()
  const u = await db.user.findUnique({ where: { id }, select: userSelect })
  if (!u || !mayManage(viewerOf(user), targetOf(u))) return null
  const history = await db.auditEvent.findMany({
    where: { entityType: 'USER', entityId: id },
    orderBy: { at: 'desc' },
    take: 20,
    select: { at: true, actorLabel: true, action: true },
  })
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    areas: u.areaScopes.map((s) => s.area.name),
    areaIds: u.areaScopes.map((s) => s.area.id),
    state: stateOf(u, now),
    lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
    version: u.version,
    createdAt: u.createdAt.toISOString(),
    linkExpiresAt: u.passwordHash ? null : (u.passwordTokens[0]?.expiresAt.toISOString() ?? null),
    isSelf: u.id === user.id,
    history: history.map((h) => ({ at: h.at.toISOString(), actor: h.actorLabel, action: h.action })),
  }
}

// ───────────── changing ─────────────

export const notFound = (user: SessionUser, id: string) =>
  new AppError('NOT_FOUND', { message: `user ${id} not found or not manageable by ${user.id}` })

/** The page shows the user's details as they now are (the form has no table of its own for them). */
const conflict = (version: number) =>
  new StaleWrite(
    'Someone else changed this user while you were working. Check their details below and try again.',
    String(version),
  )

async function areaSlugs(ids: readonly string[]) {
  const db = await getDb()
  const areas = await db.area.findMany({ where: { id: { in: [...ids] } }, select: { id: true, slug: true } })
  if (areas.length !== new Set(ids).size) throw new AppError('INVALID_INPUT', { userMessage: 'Select areas from the list' })
  return areas.map((a) => a.slug).sort()
}

/**
 * Invites a user: creates them without a password and returns a one-time token for the
 * set-password link, which only its hash is stored for.
 */
export async function inviteUser(
  user: SessionUser,
  input: InviteUserInput,
  now = new Date(),
): Promise<{ userId: string; token: string; expiresAt: Date }> {
  const viewer = viewerOf(user)
  if (!mayManage(viewer, input)) {
    throw new AppError('FORBIDDEN', {
      userMessage: canAny(viewer, 'manage:user')
        ? 'You cannot invite this user'
        : 'You can only invite board members to your own areas',
    })
  }
  const slugs = await areaSlugs(input.areaIds)
  const db = await getDb()
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError('CONFLICT', { userMessage: 'There is already a user with this email address' })
  }
  const { token, tokenHash, expiresAt } = newToken(now)
  try {
    const created = await db.$transaction(async (tx) => {
      const u = await tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          role: input.role,
          areaScopes: { create: input.areaIds.map((areaId) => ({ areaId })) },
          passwordTokens: { create: { tokenHash, expiresAt, createdById: user.id } },
        },
        select: { id: true },
      })
      await recordAudit(tx, {
        actor: { id: user.id, label: user.email },
        action: 'invited user',
        entityType: 'USER',
        entityId: u.id,
        after: { name: input.name, email: input.email, role: input.role, areas: slugs },
      })
      return u
    })
    return { userId: created.id, token, expiresAt }
  } catch (error) {
    // Two invitations of one address at once: the unique index decides, and the loser is told plainly.
    if (error instanceof Error && 'code' in error && error.code === 'P2002') {
      throw new AppError('CONFLICT', { userMessage: 'There is already a user with this email address' })
    }
    throw error
  }
}

type Change = { role: Role; areaIds: string[]; disabled: boolean }

/**
 * Applies a change to a user, refusing it if the user was changed since `version` was read or
 * if it would leave no active admin. Active admin rows are locked first, so two admins
 * demoting each other at once cannot both succeed.
 */
async function changeUser(user: SessionUser, id: string, version: number, change: (current: Change) => Change, action: string) {
  const db = await getDb()
  const viewer = viewerOf(user)
  const current = await db.user.findUnique({ where: { id }, select: userSelect })
  if (!current || !mayManage(viewer, targetOf(current))) throw notFound(user, id)
  const before: Change = { role: current.role, areaIds: targetOf(current).areaIds.slice(), disabled: current.disabled }
  const after = change(before)
  if (!mayManage(viewer, after)) {
    throw new AppError('FORBIDDEN', { userMessage: 'You can only give board members access to your own areas' })
  }
  const [beforeSlugs, afterSlugs] = [current.areaScopes.map((s) => s.area.slug), await areaSlugs(after.areaIds)]
  const areasChanged = beforeSlugs.join() !== afterSlugs.join()
  const accessChanged = after.role !== before.role || areasChanged || after.disabled !== before.disabled

  await db.$transaction(async (tx) => {
    const losesAdmin = before.role === 'ADMIN' && !before.disabled && (after.role !== 'ADMIN' || after.disabled)
    if (losesAdmin) {
      const admins = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "User" WHERE role = 'ADMIN' AND NOT disabled FOR UPDATE`
      if (!admins.some((a) => a.id !== id)) {
        throw new AppError('INVALID_STATE', {
          userMessage: 'This is the only active national admin. Make someone else an admin first.',
        })
      }
    }
    const updated = await tx.user.updateMany({
      where: { id, version },
      data: {
        role: after.role,
        disabled: after.disabled,
        version: { increment: 1 },
        // Ends their sessions: the next request signs them out, with their new access in force.
        ...(accessChanged ? { sessionVersion: { increment: 1 } } : {}),
      },
    })
    if (updated.count !== 1)
      throw conflict((await tx.user.findUnique({ where: { id }, select: { version: true } }))?.version ?? version)
    if (areasChanged) {
      await tx.userAreaScope.deleteMany({ where: { userId: id } })
      await tx.userAreaScope.createMany({ data: after.areaIds.map((areaId) => ({ userId: id, areaId })) })
    }
    await recordAudit(tx, {
      actor: { id: user.id, label: user.email },
      action,
      entityType: 'USER',
      entityId: id,
      before: { role: before.role, areas: beforeSlugs, disabled: before.disabled },
      after: { role: after.role, areas: afterSlugs, disabled: after.disabled },
    })
  })
}

/** Changes a user's role and areas. */
export async function updateUserAccess(user: SessionUser, id: string, input: UpdateAccessInput): Promise<void> {
  await changeUser(user, id, input.version, (c) => ({ ...c, role: input.role, areaIds: input.areaIds }), 'changed user access')
}

/** Disables (signing them out at once) or re-enables a user. Nobody can disable themselves. */
export async function setUserDisabled(user: SessionUser, id: string, disabled: boolean, version: number): Promise<void> {
  if (disabled && id === user.id) {
    throw new AppError('INVALID_STATE', { userMessage: 'You cannot disable your own account' })
  }
  await changeUser(user, id, version, (c) => ({ ...c, disabled }), disabled ? 'disabled user' : 're-enabled user')
}
