/**
 * Milestones of an action, as the draft has them, and adding, editing or removing one (the
 * delivery team of the action's area, and admins). Like every plan edit, through the draft.
 */
import 'server-only'
import { allowed } from '@/lib/data/guard'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import type { MilestoneEditInput } from '@/lib/validation/milestone'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { liveMilestone, milestoneFields } from '@/lib/data/plan/entities'
import {
  isDraftId,
  loadDraft,
  loadEditableEntity,
  newDraftId,
  PURPOSE_PERMISSION,
  saveDraftEdit,
  tokenOf,
  type DraftChanges,
  type MilestonePlanFields,
  type Purpose,
} from '@/lib/data/plan/draft'

export type DraftMilestone = MilestonePlanFields & { id: string; token: string; drafted: boolean; isNew: boolean; removed: boolean }

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null

/** The action's milestones with drafted edits laid over, and those the draft adds, by due date. */
export async function listDraftMilestones(actionId: string, versionId: string | undefined, draft: DraftChanges): Promise<DraftMilestone[]> {
  const db = await getDb()
  const published = await db.milestone.findMany({ where: { actionId }, select: { id: true, title: true, dueOn: true, completedOn: true } })
  const token = (id: string) => tokenOf(versionId, draft, 'milestones', id)
  const rows: DraftMilestone[] = [
    ...published.map((m) => {
      const e = draft.milestones[m.id]
      const fields = e?.fields ?? { actionId, title: m.title, dueOn: day(m.dueOn) ?? '', completedOn: day(m.completedOn) }
      return { ...fields, id: m.id, token: token(m.id), drafted: Boolean(e), isNew: false, removed: Boolean(e?.removed) }
    }),
    ...Object.entries(draft.milestones)
      .filter(([, e]) => e.isNew && e.fields.actionId === actionId)
      .map(([id, e]) => ({ ...e.fields, id, token: token(id), drafted: true, isNew: true, removed: false })),
  ]
  return rows.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title))
}

/**
 * An action whose milestones the user may edit — published, or added by the draft (its
 * milestones are created with it on approval) — or propose changes to (published only).
 */
async function editableAction(user: SessionUser, actionId: string, purpose: Purpose = 'edit') {
  if (isDraftId(actionId)) {
    // Proposals are for published actions only: loadEditableEntity refuses a draft id for them.
    const entity = await loadEditableEntity(user, 'actions', actionId, purpose)
    if (!entity) return null
    const title = (await loadDraft(entity.areaId)).draft.actions[actionId]?.fields.title ?? ''
    return { id: actionId, title, areaId: entity.areaId, area: entity.area }
  }
  const db = await getDb()
  const action = await db.action.findUnique({
    where: { id: actionId },
    select: { id: true, title: true, areaId: true, area: { select: { slug: true, name: true } } },
  })
  return action && allowed(user, PURPOSE_PERMISSION[purpose], { areaId: action.areaId }) ? action : null
}

export type MilestoneForEdit = {
  action: { id: string; title: string; areaId: string; area: { slug: string; name: string } }
  milestone: DraftMilestone | null
  draftStatus: string | null
}

/**
 * A milestone of the action as the draft has it (null milestone: a blank form to add one).
 * Proposals are for published milestones only.
 */
export async function getMilestoneForEdit(
  user: SessionUser,
  actionId: string,
  milestoneId: string | null,
  purpose: Purpose = 'edit',
): Promise<MilestoneForEdit | null> {
  if (purpose === 'propose' && milestoneId && isDraftId(milestoneId)) return null
  const action = await editableAction(user, actionId, purpose)
  if (!action) return null
  const { open, draft } = await loadDraft(action.areaId)
  if (milestoneId === null) return { action, milestone: null, draftStatus: open?.status ?? null }
  const milestone = (await listDraftMilestones(actionId, open?.id, draft)).find((m) => m.id === milestoneId)
  return milestone ? { action, milestone, draftStatus: open?.status ?? null } : null
}

/** A published milestone, found by its id alone, for a board member to propose a change to. */
export async function getMilestoneToPropose(user: SessionUser, milestoneId: string): Promise<MilestoneForEdit | null> {
  if (isDraftId(milestoneId)) return null
  const db = await getDb()
  const m = await db.milestone.findUnique({ where: { id: milestoneId }, select: { actionId: true } })
  return m && getMilestoneForEdit(user, m.actionId, milestoneId, 'propose')
}

/** Saves a milestone into the draft and returns its id (a draft id when the draft adds it). */
export async function saveMilestone(user: SessionUser, actionId: string, milestoneId: string | null, input: MilestoneEditInput): Promise<string> {
  return write(user, actionId, milestoneId, input.token, milestoneFields(actionId, input), false)
}

/** Removes a milestone in the draft (one the draft added simply goes). */
export async function removeMilestone(user: SessionUser, actionId: string, milestoneId: string, token: string): Promise<void> {
  const found = await getMilestoneForEdit(user, actionId, milestoneId)
  if (!found?.milestone) throw new AppError('NOT_FOUND', { message: `milestone ${milestoneId} not on action ${actionId}` })
  const m = found.milestone
  await write(user, actionId, milestoneId, token, { actionId, title: m.title, dueOn: m.dueOn, completedOn: m.completedOn }, true)
}

async function write(
  user: SessionUser,
  actionId: string,
  milestoneId: string | null,
  token: string,
  fields: MilestonePlanFields,
  remove: boolean,
): Promise<string> {
  const action = await editableAction(user, actionId)
  if (!action) throw new AppError('NOT_FOUND', { message: `action ${actionId} not found or not editable by ${user.id}` })
  const db = await getDb()
  // A published milestone must belong to this action (a forged form cannot reach another's).
  if (milestoneId && !isDraftId(milestoneId) && !(await db.milestone.findFirst({ where: { id: milestoneId, actionId }, select: { id: true } }))) {
    throw new AppError('NOT_FOUND', { message: `milestone ${milestoneId} not on action ${actionId}` })
  }
  const id = milestoneId ?? newDraftId()
  await saveDraftEdit(user, {
    kind: 'milestones',
    id,
    areaId: action.areaId,
    token: milestoneId === null ? 'new' : token,
    fields,
    loadLive: (tx) => liveMilestone(tx, id),
    entityType: 'MILESTONE',
    what: 'milestone',
    remove,
  })
  return id
}
