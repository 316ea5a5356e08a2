/**
 * The one authorisation guard of the data layer (ADR 008). It authenticates nothing — the
 * caller passes the signed-in user — and authorises by name, for a row's own area, against the
 * one permission matrix (lib/permissions.ts):
 *
 *   allowed(user, 'edit:plan', { areaId })        → boolean, for what a page offers
 *   authorize(user, 'edit:plan', { areaId })      → throws NOT_FOUND when refused
 *   areaFor(user, slug, 'edit:plan')              → the area by its slug, or null when refused
 *   requireArea(user, slug, 'edit:plan')          → the area, or throws NOT_FOUND
 *
 * A refusal is NOT_FOUND, never FORBIDDEN: someone who may not touch a row learns nothing
 * about it, not even that it exists.
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { can, viewerOf, type Permission, type Resource } from '@/lib/permissions'
import type { SessionUser } from '@/lib/data/accounts/auth'

export type AreaRef = { id: string; slug: string; name: string }

export const allowed = (user: SessionUser, permission: Permission, resource: Resource): boolean =>
  can(viewerOf(user), permission, resource)

export function authorize(user: SessionUser, permission: Permission, resource: Resource): void {
  if (!allowed(user, permission, resource)) {
    throw new AppError('NOT_FOUND', { message: `${permission} refused to ${user.id} for area ${resource.areaId}` })
  }
}

/** The area with this slug if the user has `permission` in it; null if it does not exist or they may not. */
export async function areaFor(user: SessionUser, slug: string, permission: Permission): Promise<AreaRef | null> {
  const db = await getDb()
  const area = await db.area.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } })
  return area && allowed(user, permission, { areaId: area.id }) ? area : null
}

/** areaFor, refusing with NOT_FOUND. */
export async function requireArea(user: SessionUser, slug: string, permission: Permission): Promise<AreaRef> {
  const area = await areaFor(user, slug, permission)
  if (!area) throw new AppError('NOT_FOUND', { message: `area ${slug} not found or ${permission} refused to ${user.id}` })
  return area
}
