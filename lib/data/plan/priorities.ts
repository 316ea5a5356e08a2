/**
 * Priorities of an area's plan, as the draft has them, and adding or editing one (delivery
 * teams of that area, and admins). Like every plan edit, it goes into the draft (ADR 006).
 */
import 'server-only'
import { saveEntityDraft, startAddition } from '@/lib/data/plan/entity-save'
import { areaFor, type AreaRef } from '@/lib/data/guard'
import { getDb } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { PlanVersionStatus } from '@/lib/generated/prisma/enums'
import { PRIORITY_PLAN_FIELDS } from '@/lib/plan-fields'
import { AppError } from '@/lib/errors'
import type { PriorityEditInput } from '@/lib/validation/priority'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { livePriority } from '@/lib/data/plan/entities'
import {
  loadDraft,
  PURPOSE_PERMISSION,
  sameValue,
  tokenOf,
  type DraftChanges,
  type PriorityPlanFields,
  type Purpose,
} from '@/lib/data/plan/draft'
import { loadEditableEntity } from '@/lib/data/plan/entity-area'

export type DraftPriority = {
  id: string
  /** The published plan's number; null for a priority the draft adds. */
  number: number | null
  title: string
  lifeStageId: string | null
  position: number
  drafted: boolean
  isNew: boolean
}

/** "Priority 2: …", or "New priority: …" before it has a number. */
export const priorityLabel = (p: Pick<DraftPriority, 'number' | 'title'>) =>
  `${p.number === null ? 'New priority' : `Priority ${p.number}`}: ${p.title}`

/** The area's priorities with drafted edits laid over, then those the draft adds, in plan order. */
export async function listDraftPriorities(areaId: string, draft: DraftChanges): Promise<DraftPriority[]> {
  const db = await getDb()
  const published = await db.priority.findMany({
    where: { areaId },
    select: { id: true, number: true, title: true, lifeStageId: true, position: true },
  })
  const rows: DraftPriority[] = [
    ...published.map((p) => {
      const f = draft.priorities[p.id]?.fields
      return {
        ...p,
        ...(f && { title: f.title, lifeStageId: f.lifeStageId, position: f.position }),
        drafted: Boolean(f),
        isNew: false,
      }
    }),
    ...Object.entries(draft.priorities)
      .filter(([, e]) => e.isNew)
      .map(([id, e]) => ({
        id,
        number: null,
        title: e.fields.title,
        lifeStageId: e.fields.lifeStageId,
        position: e.fields.position,
        drafted: true,
        isNew: true,
      })),
  ]
  return rows.sort((a, b) => a.position - b.position || (a.number ?? 1e9) - (b.number ?? 1e9))
}

/** A priority of the area as the draft has it (published, or added by the draft); null if not. */
export async function knownPriority(areaId: string, priorityId: string): Promise<DraftPriority | null> {
  const { draft } = await loadDraft(areaId)
  return (await listDraftPriorities(areaId, draft)).find((p) => p.id === priorityId) ?? null
}

export type PriorityForEdit = {
  area: { id: string; slug: string; name: string }
  /** Empty when adding a priority. */
  id: string
  number: number | null
  token: string
  fields: PriorityPlanFields
  drafted: boolean
  draftStatus: PlanVersionStatus | null
  options: { lifeStages: { id: string; label: string }[]; positions: number }
}

/** The priority as the draft has it (a blank one when `priorityId` is null), in an area the user may edit (or propose to). */
async function formIn(area: AreaRef, priorityId: string | null): Promise<PriorityForEdit | null> {
  const db = await getDb()
  const [{ open, draft }, lifeStages] = await Promise.all([
    loadDraft(area.id),
    db.lifeStage.findMany({ orderBy: { position: 'asc' }, select: { id: true, name: true } }),
  ])
  const priorities = await listDraftPriorities(area.id, draft)
  const options = {
    lifeStages: lifeStages.map((l) => ({ id: l.id, label: l.name })),
    positions: priorities.length + (priorityId === null ? 1 : 0),
  }
  const base = { area, draftStatus: open?.status ?? null, options }
  if (priorityId === null) {
    const fields = { lifeStageId: null, title: '', description: null, origin: null, position: priorities.length + 1 }
    return { ...base, id: '', number: null, token: 'new', fields, drafted: false }
  }
  const listed = priorities.find((p) => p.id === priorityId)
  if (!listed) return null
  const entry = draft.priorities[priorityId]
  const fields = entry?.fields ?? (await livePriority(db, priorityId))
  if (!fields) return null
  return {
    ...base,
    id: priorityId,
    number: listed.number,
    token: tokenOf(open?.id, draft, 'priorities', priorityId),
    fields,
    drafted: Boolean(entry),
  }
}

/** A priority as the draft has it, to edit or to propose a change to; null if the user may not. */
export async function getPriorityForm(user: SessionUser, id: string, purpose: Purpose = 'edit'): Promise<PriorityForEdit | null> {
  const entity = await loadEditableEntity(user, 'priorities', id, purpose)
  return entity && formIn(entity.area, id)
}

/** A blank form to add a priority to the area's plan (or propose one); null if the user may not. */
export async function getNewPriorityForm(
  user: SessionUser,
  parent: { slug: string },
  purpose: Purpose = 'edit',
): Promise<PriorityForEdit | null> {
  const area = await areaFor(user, parent.slug, PURPOSE_PERMISSION[purpose])
  return area && formIn(area, null)
}

/** Adds a priority to the area's draft plan, in the place it asks for, and returns its draft id. */
export async function addPriority(user: SessionUser, parent: { slug: string }, input: PriorityEditInput): Promise<string> {
  const { area, id } = await startAddition(user, parent.slug)
  await save(user, area.id, id, { ...input, token: 'new' })
  return id
}

/** Saves an edit of a priority (published, or added by the draft) into the draft. */
export async function editPriority(user: SessionUser, id: string, input: PriorityEditInput): Promise<void> {
  const entity = await loadEditableEntity(user, 'priorities', id, 'edit')
  if (!entity) throw new AppError('NOT_FOUND', { message: `priority ${id} not found or not editable by ${user.id}` })
  await save(user, entity.areaId, id, input)
}

async function save(user: SessionUser, areaId: string, id: string, input: PriorityEditInput) {
  const db = await getDb()
  if (input.lifeStageId && !(await db.lifeStage.findUnique({ where: { id: input.lifeStageId }, select: { id: true } }))) {
    throw new AppError('INVALID_INPUT', { userMessage: 'Choose the life stage from the list' })
  }
  const { token, ...fields } = input
  await saveEntityDraft(user, {
    kind: 'priorities',
    id,
    areaId,
    token,
    fields,
    alsoChange: (tx, draft) => renumberPriorities(tx, areaId, draft, id),
  })
}

/**
 * Puts `movedId` in the place its fields ask for and numbers every priority's place 1, 2, 3…
 * in the draft, so "place 2" means second: the others keep their order around it (with no
 * `movedId`, they simply close up). A priority whose place ends where it is published, with
 * nothing else changed, leaves the draft.
 */
export async function renumberPriorities(
  tx: Prisma.TransactionClient,
  areaId: string,
  draft: DraftChanges,
  movedId: string | null,
) {
  const live = await tx.priority.findMany({
    where: { areaId },
    select: { id: true, number: true, lifeStageId: true, title: true, description: true, origin: true, position: true },
  })
  const current = [
    ...live.map(({ id, number, ...published }) => ({ id, number, published, fields: draft.priorities[id]?.fields ?? published })),
    ...Object.entries(draft.priorities)
      .filter(([, e]) => e.isNew)
      .map(([id, e]) => ({ id, number: Number.MAX_SAFE_INTEGER, published: null, fields: e.fields })),
  ]
  const moved = current.find((p) => p.id === movedId)
  if (movedId !== null && !moved) return
  const others = current
    .filter((p) => p.id !== movedId)
    .sort((a, b) => a.fields.position - b.fields.position || a.number - b.number)
  if (moved) others.splice(Math.min(moved.fields.position, others.length + 1) - 1, 0, moved)
  others.forEach((p, i) => {
    const position = i + 1
    if (p.fields.position === position) return
    const entry = draft.priorities[p.id]
    const fields = { ...p.fields, position }
    if (p.published && PRIORITY_PLAN_FIELDS.every((k) => sameValue(p.published[k], fields[k]))) delete draft.priorities[p.id]
    else draft.priorities[p.id] = { ...entry, rev: (entry?.rev ?? 0) + 1, fields }
  })
}
