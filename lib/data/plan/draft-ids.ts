/**
 * Ids of entities the draft adds: their own ("new-<uuid>") until approval creates their rows.
 * Only ids this server made are accepted for an addition: one a client chose (or another
 * area's, sent with the token "new") is refused, so no one picks the id of a new entity.
 */
import 'server-only'
import { randomUUID } from 'node:crypto'

/** Made here and not yet stored; bounded, as an addition that fails never uses its id. */
const minted = new Set<string>()
const MAX_MINTED = 10_000

export function newDraftId(): string {
  if (minted.size >= MAX_MINTED) minted.clear()
  const id = `new-${randomUUID()}`
  minted.add(id)
  return id
}

export const isDraftId = (id: string) => id.startsWith('new-')

/** True once for an id this server made: the addition may be stored under it. */
export const claimDraftId = (id: string) => minted.delete(id)
