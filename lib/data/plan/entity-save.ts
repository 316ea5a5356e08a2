/**
 * The two steps every plan entity's write shares: a new entity starts as a server-made draft id
 * in an area the user may edit; any entity's fields are saved into the draft with its kind's
 * published reader, audit type and name (ENTITY_KINDS), so each kind's file says only what is
 * its own (its checks, its fields).
 */
import 'server-only'
import { requireArea } from '@/lib/data/guard'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { newDraftId, saveDraftEdit, type DraftEdit } from '@/lib/data/plan/draft'
import { ENTITY_KINDS } from '@/lib/data/plan/entities'
import type { DraftKind } from '@/lib/plan-fields'

export type EntityEdit<K extends DraftKind> = Omit<DraftEdit<K>, 'loadLive' | 'entityType' | 'what'>

export function saveEntityDraft<K extends DraftKind>(user: SessionUser, edit: EntityEdit<K>): Promise<void> {
  const k = ENTITY_KINDS[edit.kind]
  return saveDraftEdit(user, {
    ...edit,
    loadLive: (tx) => k.live(tx, edit.id),
    entityType: k.entityType,
    what: k.what,
  } as DraftEdit<K>)
}

/** Where every addition starts: the area, if the user may edit its plan, and a new draft id. */
export async function startAddition(user: SessionUser, slug: string) {
  const area = await requireArea(user, slug, 'edit:plan')
  return { area, id: newDraftId() }
}
