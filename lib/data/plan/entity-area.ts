/**
 * Which area an entity of the plan belongs to — a published row's, or the open draft's that
 * adds it — and the one check every editing page and write makes with it: may this user edit
 * it (or propose a change to it) in that area?
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import type { DraftKind } from '@/lib/plan-fields'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { allowed } from '@/lib/data/guard'
import { isDraftId, OPEN_STATUSES, PURPOSE_PERMISSION, type Purpose } from '@/lib/data/plan/draft'

/** The area of the open draft that adds entity `id` of this kind (draft ids only); null if none. */
export async function findDraftArea(kind: DraftKind, id: string): Promise<string | null> {
  if (!isDraftId(id)) return null
  const db = await getDb()
  const [row] = await db.$queryRaw<{ areaId: string }[]>`
    SELECT "areaId" FROM "PlanVersion"
    WHERE status::text = ANY(${OPEN_STATUSES}) AND (snapshot->${kind}->${id}) IS NOT NULL LIMIT 1`
  return row?.areaId ?? null
}

/** The area of an entity of the plan, published or added by the open draft; null if there is none. */
export async function areaOfEntity(kind: DraftKind, id: string): Promise<string | null> {
  if (isDraftId(id)) return findDraftArea(kind, id)
  const db = await getDb()
  const where = { where: { id }, select: { areaId: true } }
  const row = await {
    actions: () => db.action.findUnique(where),
    priorities: () => db.priority.findUnique(where),
    measures: () => db.successMeasure.findUnique(where),
    milestones: async () =>
      (await db.milestone.findUnique({ where: { id }, select: { action: { select: { areaId: true } } } }))?.action,
  }[kind]()
  return row?.areaId ?? null
}

export type EditableEntity = { id: string; areaId: string; area: { id: string; slug: string; name: string } }

/**
 * An entity the user may edit (or propose a change to) with its area; null otherwise — someone
 * who may not learns nothing about it. Proposals are for published entities only.
 */
export async function loadEditableEntity(
  user: SessionUser,
  kind: DraftKind,
  id: string,
  purpose: Purpose,
): Promise<EditableEntity | null> {
  const areaId = purpose === 'propose' && isDraftId(id) ? null : await areaOfEntity(kind, id)
  if (!areaId || !allowed(user, PURPOSE_PERMISSION[purpose], { areaId })) return null
  const db = await getDb()
  const area = await db.area.findUnique({ where: { id: areaId }, select: { id: true, slug: true, name: true } })
  return area && { id, areaId, area }
}
