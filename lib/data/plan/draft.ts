/**
 * An area's draft plan: the open PlanVersion row (DRAFT, SUBMITTED or RETURNED) whose
 * `snapshot` holds the drafted plan edits, keyed by kind and entity. The plan tables themselves
 * always hold the published plan, so every public read (pages, search, open data, caches)
 * shows published content only; approving a draft applies its edits to them (ADR 006).
 *
 * Every change to an area's draft first locks the area's row, so edits, submission and
 * decisions on one area happen one at a time, whatever the number of server instances.
 * Saves are optimistic: a form carries a token naming the state it was made from —
 * "published" when the entity had no drafted edit, "new" for an entity being added, otherwise
 * the draft's id and the edit's revision — and a save from any other state is refused with the
 * newer values, so nobody silently overwrites someone else's change.
 */
import 'server-only'
import { claimDraftId, isDraftId } from './draft-ids'
import { getDb } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { EntityType, PlanVersionStatus } from '@/lib/generated/prisma/enums'
import { AppError, StaleWrite } from '@/lib/errors'
import {
  PLAN_FIELDS,
  type ActionPlanFields,
  type DraftKind,
  type FieldsOf,
  type MeasurePlanFields,
  type MilestonePlanFields,
  type PriorityPlanFields,
} from '@/lib/plan-fields'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { recordAudit } from '@/lib/data/audit'

export type {
  ActionPlanFields,
  DraftKind,
  FieldsOf,
  MeasurePlanFields,
  MilestonePlanFields,
  PriorityPlanFields,
} from '@/lib/plan-fields'

/**
 * One drafted entity: its fields as edited, a revision counter, and whether the draft adds it
 * or removes it (only milestones can be removed so far).
 */
export type DraftEntry<F> = {
  rev: number
  fields: F
  isNew?: true
  /** For an entity the draft adds: 1 for the first added of its kind, 2 for the next… (JSON keys keep no order). */
  seq?: number
  removed?: true
}
export type DraftChanges = {
  actions: Record<string, DraftEntry<ActionPlanFields>>
  priorities: Record<string, DraftEntry<PriorityPlanFields>>
  measures: Record<string, DraftEntry<MeasurePlanFields>>
  milestones: Record<string, DraftEntry<MilestonePlanFields>>
}

/** What a published version records, per kind: each changed entity's fields before and after. */
export type PublishedChange = {
  title: string
  added?: true
  removed?: true
  before: Record<string, unknown>
  after: Record<string, unknown>
}
export type PublishedChanges = Partial<Record<DraftKind, Record<string, PublishedChange>>>

export const DRAFT_KINDS = ['priorities', 'actions', 'milestones', 'measures'] as const satisfies readonly DraftKind[]
export const OPEN_STATUSES: PlanVersionStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED']

/** An edit form is opened to edit the draft, or to propose a change to it (lib/data/proposals.ts). */
export type Purpose = 'edit' | 'propose'
export const PURPOSE_PERMISSION = { edit: 'edit:plan', propose: 'create:proposal' } as const

export { isDraftId, newDraftId } from './draft-ids'

type Tx = Prisma.TransactionClient

/** Serialises draft changes per area (see the module comment). */
export async function lockArea(tx: Tx, areaId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Area" WHERE id = ${areaId} FOR UPDATE`
}

export function readDraft(snapshot: Prisma.JsonValue | null): DraftChanges {
  const s = snapshot as Partial<DraftChanges> | null
  return {
    actions: s?.actions ?? {},
    priorities: s?.priorities ?? {},
    measures: s?.measures ?? {},
    milestones: s?.milestones ?? {},
  }
}

/** A kind's entries in the order to apply them: edits first, then additions in the order they were made. */
export function inOrder<F>(entries: Record<string, DraftEntry<F>>): [string, DraftEntry<F>][] {
  return Object.entries(entries).sort(([, a], [, b]) => (a.seq ?? 0) - (b.seq ?? 0))
}

export const draftSize = (draft: DraftChanges) => DRAFT_KINDS.reduce((n, k) => n + Object.keys(draft[k]).length, 0)

export function pick<F extends object, K extends keyof F>(fields: F, keys: readonly K[]): Pick<F, K> {
  return Object.fromEntries(keys.map((k) => [k, fields[k]])) as Pick<F, K>
}

/** Field values compare by their JSON form (trajectories are arrays). */
export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** The area's open version, if any. */
export function findOpenVersion(tx: Pick<Tx, 'planVersion'>, areaId: string) {
  return tx.planVersion.findFirst({
    where: { areaId, status: { in: OPEN_STATUSES } },
    orderBy: { number: 'desc' },
    select: {
      id: true,
      number: true,
      status: true,
      snapshot: true,
      changeSummary: true,
      submittedAt: true,
      decisionNote: true,
      decidedAt: true,
      version: true,
      submittedBy: { select: { name: true } },
      decidedBy: { select: { name: true } },
    },
  })
}

export async function nextVersionNumber(tx: Pick<Tx, 'planVersion'>, areaId: string): Promise<number> {
  const last = await tx.planVersion.findFirst({ where: { areaId }, orderBy: { number: 'desc' }, select: { number: true } })
  return (last?.number ?? 0) + 1
}

/** The token a form must carry to save this entity (see the module comment). */
export function tokenOf(versionId: string | undefined, draft: DraftChanges, kind: DraftKind, id: string): string {
  const entry = draft[kind][id]
  if (entry && versionId) return `${versionId}:${entry.rev}`
  return isDraftId(id) ? 'new' : 'published'
}

/** The area's draft as the editing pages read it (outside any transaction). */
export async function loadDraft(areaId: string) {
  const db = await getDb()
  const open = await findOpenVersion(db, areaId)
  return { open, draft: readDraft(open?.snapshot ?? null) }
}

/**
 * Thrown when the entity changed since the edit began: the one stale-write refusal
 * (lib/errors.ts) with the draft token the form must now carry and what the entity holds now.
 */
export class DraftConflict<F = unknown> extends StaleWrite<F> {
  readonly current: { token: string; fields: F }
  /**
   * With a message of its own (a button with no fields, like taking something out of the draft)
   * the newer values are not handed to the form: the page is shown again with them instead.
   */
  constructor(what: string, current: { token: string; fields: F }, userMessage?: string) {
    super(
      userMessage ?? `Someone else saved changes to this ${what} while you were editing it. Their values are shown below.`,
      current.token,
      { newer: userMessage ? undefined : current.fields, field: 'token' },
    )
    this.current = current
  }
}

export type DraftEdit<K extends DraftKind> = {
  kind: K
  /** An existing entity's id, a draft id from an earlier save, or a fresh newDraftId() to add one. */
  id: string
  areaId: string
  token: string
  /**
   * The entity's fields after the edit; or, to change some fields of whatever the entity holds
   * at that moment (accepting a proposal), a function of its current fields — then the token
   * is not checked, as nothing the user saw can be stale.
   */
  fields: FieldsOf<K> | ((current: FieldsOf<K>) => FieldsOf<K>)
  /** The published fields of an existing entity, read in the transaction; null if it is gone. */
  loadLive: (tx: Tx) => Promise<FieldsOf<K> | null>
  entityType: EntityType
  /** "action", "priority"…: used in messages. */
  what: string
  /** Removes the entity in the draft instead (the fields are then ignored). */
  remove?: boolean
  /** What a stale save is told, when the form shows no values to compare (taking something out). */
  staleMessage?: string
  /** Changes the edit implies elsewhere in the draft (e.g. the places of other priorities). */
  alsoChange?: (tx: Tx, draft: DraftChanges) => Promise<void>
}

/**
 * Saves one entity's edit into the area's draft (creating the draft if there is none). An edit
 * back to the published values drops the entity from the draft.
 */
export async function saveDraftEdit<K extends DraftKind>(user: SessionUser, edit: DraftEdit<K>): Promise<void> {
  const db = await getDb()
  await db.$transaction((tx) => saveDraftEditIn(tx, user, edit))
}

/** A change laid over the entity (accepting a proposal) needs something there, not removed in the draft. */
function refuseLaidOver<K extends DraftKind>(edit: DraftEdit<K>, before: unknown, entry: DraftEntry<unknown> | undefined) {
  if (!before) throw new AppError('NOT_FOUND', { message: `${edit.kind} ${edit.id} has nothing to change` })
  // It would bring the entity back unasked.
  if (entry?.removed) {
    throw new AppError('INVALID_STATE', {
      userMessage: `This ${edit.what} is removed in the draft plan, so the change cannot be made to it.`,
    })
  }
}

/** Stores the draft on the area's open version, or opens one. Editing a returned draft makes it a draft again. */
async function writeDraft(tx: Tx, areaId: string, openId: string | null, draft: DraftChanges) {
  const snapshot = draft as unknown as Prisma.InputJsonObject
  return openId
    ? tx.planVersion.update({
        where: { id: openId },
        data: { snapshot, status: 'DRAFT', version: { increment: 1 } },
        select: { id: true },
      })
    : tx.planVersion.create({
        data: { areaId, number: await nextVersionNumber(tx, areaId), status: 'DRAFT', snapshot },
        select: { id: true },
      })
}

/** saveDraftEdit inside the caller's transaction, so it can change other rows with it. */
export async function saveDraftEditIn<K extends DraftKind>(tx: Tx, user: SessionUser, edit: DraftEdit<K>): Promise<void> {
  const { kind, id, areaId } = edit
  await lockArea(tx, areaId)
  const open = await findOpenVersion(tx, areaId)
  if (open?.status === 'SUBMITTED') {
    throw new AppError('INVALID_STATE', {
      userMessage: 'This plan is waiting for the chair’s decision. You can edit it again once it is approved or returned.',
    })
  }
  const draft = readDraft(open?.snapshot ?? null)
  const entries = draft[kind] as Record<string, DraftEntry<FieldsOf<K>>>
  const entry = entries[id]
  const live = isDraftId(id) ? null : await edit.loadLive(tx)
  if (!isDraftId(id) && !live) throw new AppError('NOT_FOUND', { message: `${kind} ${id} no longer exists` })
  // A draft id with no entry was either just made here for an addition, or removed.
  if (isDraftId(id) && !entry && !(edit.token === 'new' && claimDraftId(id))) {
    throw new AppError('NOT_FOUND', { userMessage: `This ${edit.what} is no longer in the draft plan.` })
  }
  const current = tokenOf(open?.id, draft, kind, id)
  const before = (entry?.fields ?? live) as FieldsOf<K> | null
  if (typeof edit.fields !== 'function' && edit.token !== current) {
    throw new DraftConflict(edit.what, { token: current, fields: before }, edit.staleMessage)
  }
  if (typeof edit.fields === 'function') refuseLaidOver(edit, before, entry)

  const fields = PLAN_FIELDS[kind] as unknown as readonly (keyof FieldsOf<K> & string)[]
  // Only the kind's plan fields are ever stored, whatever else the caller's object carries.
  const asked = pick(typeof edit.fields === 'function' ? edit.fields(before as FieldsOf<K>) : edit.fields, fields) as FieldsOf<K>
  // A removal keeps the entity's fields as they stand, for the record.
  const next = edit.remove && before ? before : asked
  // The draft's own version, which only goes up: a token once used (then undone, say) never comes back.
  const rev = (open?.version ?? 0) + 1
  const changed = fields.filter((k) => !before || !sameValue(before[k], next[k]))
  const backToPublished = !edit.remove && live !== null && fields.every((k) => sameValue(live[k], next[k]))
  if (backToPublished || (edit.remove && isDraftId(id))) delete entries[id]
  else if (edit.remove && live) entries[id] = { rev, fields: live, removed: true }
  else {
    const seq = entry?.seq ?? Math.max(0, ...Object.values(entries).map((e) => e.seq ?? 0)) + 1
    entries[id] = { rev, fields: next, ...(isDraftId(id) ? { isNew: true as const, seq } : {}) }
  }
  await edit.alsoChange?.(tx, draft)

  const version = await writeDraft(tx, areaId, open?.id ?? null, draft)
  const action = edit.remove
    ? `drafted removal of ${edit.what}`
    : backToPublished
      ? `drafted ${edit.what} edit (back to the published values)`
      : `drafted ${isDraftId(id) && !entry ? 'new ' : ''}${edit.what}${isDraftId(id) && !entry ? '' : ' edit'}`
  await recordAudit(tx, {
    actor: { id: user.id, label: user.email },
    action,
    entityType: edit.entityType,
    entityId: id,
    areaId,
    before: before ? (Object.fromEntries(changed.map((k) => [k, before[k]])) as Prisma.InputJsonObject) : undefined,
    after: { ...(Object.fromEntries(changed.map((k) => [k, next[k]])) as Prisma.InputJsonObject), planVersionId: version.id },
  })
}
