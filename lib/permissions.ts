/**
 * Who may do what: one machine-readable matrix of role × permission × scope, and two pure
 * functions. lib/data enforces it on every read and write; the UI uses the same functions only
 * to hide what a user cannot do.
 *
 * Scopes:
 * - `any`: every area;
 * - `area`: rows of an area the user is scoped to (their board or delivery team);
 * - `owner`: rows of their areas that they own (a partner's own actions).
 */
export type Role = 'ADMIN' | 'DELIVERY_TEAM' | 'CHAIR' | 'PARTNER'
export type Scope = 'any' | 'area' | 'owner'

export const PERMISSIONS = [
  'read:dashboard',
  'read:draft-plan',
  'edit:plan',
  'submit:plan',
  'approve:plan',
  'post:action-update',
  'create:proposal',
  'respond:proposal',
  'edit:funding',
  'sign-off:funding',
  'manage:partner',
  'manage:user',
  'read:audit',
  'read:board',
  'manage:board',
  'propose:agenda-item',
  'set:agenda',
  'open:consultation',
  'respond:consultation',
  'post:comment',
  'answer:comment',
  'read:board-load',
  'correct:origin',
] as const
export type Permission = (typeof PERMISSIONS)[number]

export const ROLE_PERMISSIONS = {
  ADMIN: {
    'read:dashboard': 'any',
    'read:draft-plan': 'any',
    'edit:plan': 'any',
    'submit:plan': 'any',
    'approve:plan': 'any',
    'post:action-update': 'any',
    'create:proposal': 'any',
    'respond:proposal': 'any',
    'edit:funding': 'any',
    'sign-off:funding': 'any',
    'manage:partner': 'any',
    'manage:user': 'any',
    'read:audit': 'any',
    'read:board': 'any',
    'manage:board': 'any',
    'propose:agenda-item': 'any',
    'set:agenda': 'any',
    'open:consultation': 'any',
    'post:comment': 'any',
    'answer:comment': 'any',
    'read:board-load': 'any',
    'correct:origin': 'any',
    // Responses are a board member's own view: an admin reads them but does not give one.
  },
  DELIVERY_TEAM: {
    'read:dashboard': 'area',
    'read:draft-plan': 'area',
    'edit:plan': 'area',
    'submit:plan': 'area',
    'post:action-update': 'area',
    'respond:proposal': 'area',
    'edit:funding': 'area',
    'manage:partner': 'area',
    'read:audit': 'area',
    'read:board': 'area',
    'manage:board': 'area',
    'propose:agenda-item': 'area',
    'respond:consultation': 'area',
    'post:comment': 'area',
    // The delivery team and the chair answer for the board: their response is shown with the item.
    'answer:comment': 'area',
    'read:board-load': 'area',
  },
  CHAIR: {
    'read:dashboard': 'area',
    'read:draft-plan': 'area',
    'approve:plan': 'area',
    'sign-off:funding': 'area',
    'create:proposal': 'area',
    'respond:proposal': 'area',
    'read:audit': 'area',
    'read:board': 'area',
    'propose:agenda-item': 'area',
    // The chair sets the agenda: the board, not DfE, decides what it discusses.
    'set:agenda': 'area',
    // The chair consults the board on the draft, as the chair sets the agenda.
    'open:consultation': 'area',
    'respond:consultation': 'area',
    'post:comment': 'area',
    'answer:comment': 'area',
    // The chair keeps the board's burden fair: asks per member per month.
    'read:board-load': 'area',
    // The ledger measures how far DfE leads the board, so the board's chair (not the delivery
    // team) corrects where an item came from — with a reason that is published.
    'correct:origin': 'area',
  },
  PARTNER: {
    'read:dashboard': 'area',
    'read:draft-plan': 'area',
    'post:action-update': 'owner',
    'create:proposal': 'area',
    'read:board': 'area',
    'propose:agenda-item': 'area',
    'respond:consultation': 'area',
    'post:comment': 'area',
  },
} as const satisfies Record<Role, Partial<Record<Permission, Scope>>>

export type Viewer = { id: string; role: Role; areaIds: readonly string[] }
export type Resource = { areaId: string; ownerId?: string | null }

/** The policy's view of a signed-in user. */
export const viewerOf = (user: { id: string; role: Role; areas: readonly { id: string }[] }): Viewer => ({
  id: user.id,
  role: user.role,
  areaIds: user.areas.map((a) => a.id),
})

export function scopeOf(viewer: Viewer, permission: Permission): Scope | null {
  const granted: Partial<Record<Permission, Scope>> = ROLE_PERMISSIONS[viewer.role]
  return granted[permission] ?? null
}

/** True when the viewer may use the permission on every area (no filter needed). */
export function canAny(viewer: Viewer | null, permission: Permission): boolean {
  return viewer !== null && scopeOf(viewer, permission) === 'any'
}

/**
 * True when the viewer may use the permission on this row. Without a row (e.g. "may this user
 * ever create a proposal?"), any grant is enough.
 */
export function can(viewer: Viewer | null, permission: Permission, resource?: Resource): boolean {
  if (!viewer) return false
  const scope = scopeOf(viewer, permission)
  if (scope === null) return false
  if (scope === 'any' || !resource) return true
  if (!viewer.areaIds.includes(resource.areaId)) return false
  return scope === 'area' || (scope === 'owner' && resource.ownerId === viewer.id)
}

/** The areas a list may show: null means all of them. */
export function areaFilter(viewer: Viewer, permission: Permission): readonly string[] | null {
  if (canAny(viewer, permission)) return null
  return scopeOf(viewer, permission) ? viewer.areaIds : []
}
