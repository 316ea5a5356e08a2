/**
 * The two steps every plan entity's write shares: a new entity starts as a server-made draft id
 * in an area the user may edit; any entity's fields are saved into the draft with its kind's
 * published reader, audit type and name (ENTITY_KINDS), so each kind's file says only what is
 * its own (its checks, its fields).
 */
import 'server-only'
import { requireArea } from '@/lib/data/guard'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { newDraftId, saveDraftEdit, saveDraftEditIn, type DraftEdit } from '@/lib/data/plan/draft'
import type { Prisma } from '@/lib/generated/prisma/client'
import { ENTITY_KINDS } from '@/lib/data/plan/entities'
import type { DraftKind } from '@/lib/plan-fields'

type Tx = Prisma.TransactionClient

export type EntityEdit<K extends DraftKind> = Omit<DraftEdit<K>, 'loadLive' | 'entityType' | 'what'>

function withKind<K extends DraftKind>(edit: EntityEdit<K>): DraftEdit<K> {
  const k = ENTITY_KINDS[edit.kind]
  return { ...edit, loadLive: (tx) => k.live(tx, edit.id), entityType: k.entityType, what: k.what } as DraftEdit<K>
}

export function saveEntityDraft<K extends DraftKind>(user: SessionUser, edit: EntityEdit<K>): Promise<void> {
  return saveDraftEdit(user, withKind(edit))
}

/** saveEntityDraft inside the caller's transaction (a board decision that adds an action with it). */
export function saveEntityDraftIn<K extends DraftKind>(tx: Tx, user: SessionUser, edit: EntityEdit<K>): Promise<void> {
  return saveDraftEditIn(tx, user, withKind(edit))
}

/** Where every addition starts: the area, if the user may edit its plan, and a new draft id. */
export async function startAddition(user: SessionUser, slug: string) {
  const area = await requireArea(user, slug, 'edit:plan')
  return { area, id: newDraftId() }
}
