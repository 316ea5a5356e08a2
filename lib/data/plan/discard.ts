/**
 * Taking something back out of the draft plan (delivery teams of the area, and admins): a
 * priority, action, success measure or milestone the draft adds is removed from it; a
 * published one's drafted changes (a milestone's drafted removal too) are undone, so it stays
 * as published. Through saveDraftEdit like every plan edit: token checked, audited.
 */
import 'server-only'
import { saveEntityDraft } from '@/lib/data/plan/entity-save'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import type { DraftKind, FieldsOf } from '@/lib/plan-fields'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { ENTITY_KINDS } from '@/lib/data/plan/entities'
import { isDraftId, loadDraft, type DraftChanges } from '@/lib/data/plan/draft'
import { loadEditableEntity } from '@/lib/data/plan/entity-area'
import { renumberPriorities } from '@/lib/data/plan/priorities'

export type DiscardableKind = DraftKind

/** Removes an entity the draft adds, or undoes a published one's drafted changes. Returns the area's slug. */
export async function discardFromDraft(user: SessionUser, kind: DiscardableKind, id: string, token: string): Promise<string> {
  const entity = await loadEditableEntity(user, kind, id, 'edit')
  if (!entity) throw new AppError('NOT_FOUND', { message: `${kind} ${id} not found or not editable by ${user.id}` })
  const k = ENTITY_KINDS[kind]
  const added = isDraftId(id)
  const { draft } = await loadDraft(entity.areaId)
  if (!added && !draft[kind][id]) {
    throw new AppError('INVALID_INPUT', { userMessage: `This ${k.what} has no changes in the draft plan to undo.` })
  }
  const live = added ? null : await k.live(await getDb(), id)
  await saveEntityDraft(user, {
    kind,
    id,
    areaId: entity.areaId,
    token,
    // An addition is removed (its fields are ignored); a published entity goes back to its published fields.
    fields: (live ?? draft[kind][id]?.fields) as FieldsOf<DiscardableKind>,
    remove: added,
    // A stale page must not remove (or undo) what someone saved since: they reload and see it first.
    staleMessage: 'Someone else has saved changes to this since you opened the page. The page now shows them: check them first.',
    // The milestones drafted for an action the draft adds go with it.
    ...(kind === 'actions' &&
      added && {
        alsoChange: async (_tx, d) => {
          for (const [mid, e] of Object.entries(d.milestones)) if (e.fields.actionId === id) delete d.milestones[mid]
        },
      }),
    ...(kind === 'priorities' && {
      alsoChange: async (tx, d) => {
        if (added) refuseIfLinked(d, id)
        // The others close the gap a removed priority leaves, or make room for one back in its place.
        await renumberPriorities(tx, entity.areaId, d, added ? null : id)
      },
    }),
  })
  return entity.area.slug
}

/** A priority the draft adds cannot go while drafted actions or measures sit under it. */
function refuseIfLinked(draft: DraftChanges, priorityId: string) {
  const under = [...Object.values(draft.actions), ...Object.values(draft.measures)].filter(
    (e) => !e.removed && e.fields.priorityId === priorityId,
  ).length
  if (under > 0) {
    throw new AppError('INVALID_STATE', {
      userMessage: `Move the ${under === 1 ? 'action or success measure' : `${under} actions and success measures`} under this priority to another one, or remove ${under === 1 ? 'it' : 'them'} from the draft, first.`,
    })
  }
}
