/**
 * Milestones of an action, as the draft has them, and adding, editing or removing one (the
 * delivery team of the action's area, and admins). Like every plan edit, through the draft.
 */
import 'server-only'
import { saveEntityDraft } from '@/lib/data/plan/entity-save'
import { allowed } from '@/lib/data/guard'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import type { MilestoneEditInput } from '@/lib/validation/milestone'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { milestoneFields } from '@/lib/data/plan/entities'
import {
  isDraftId,
  loadDraft,
  newDraftId,
  PURPOSE_PERMISSION,
  tokenOf,
  type DraftChanges,
  type MilestonePlanFields,
  type Purpose,
} from '@/lib/data/plan/draft'
import { findDraftArea, loadEditableEntity } from '@/lib/data/plan/entity-area'

export type DraftMilestone = MilestonePlanFields & {
  id: string
  token: string
  drafted: boolean
  isNew: boolean
  removed: boolean
}

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null

/** The action's milestones with drafted edits laid over, and those the draft adds, by due date. */
export async function listDraftMilestones(
  actionId: string,
  versionId: string | undefined,
  draft: DraftChanges,
): Promise<DraftMilestone[]> {
  const db = await getDb()
  const published = await db.milestone.findMany({
    where: { actionId },
    select: { id: true, title: true, dueOn: true, completedOn: true },
  })
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

/** The action a milestone belongs to (as the draft has it, for one the draft adds); null if none. */
async function actionOf(id: string): Promise<string | null> {
  if (isDraftId(id)) {
    const areaId = await findDraftArea('milestones', id)
    return areaId && ((await loadDraft(areaId)).draft.milestones[id]?.fields.actionId ?? null)
  }
  const db = await getDb()
  return (await db.milestone.findUnique({ where: { id }, select: { actionId: true } }))?.actionId ?? null
}

async function formOn(action: MilestoneForEdit['action'], milestoneId: string | null): Promise<MilestoneForEdit | null> {
  const { open, draft } = await loadDraft(action.areaId)
  if (milestoneId === null) return { action, milestone: null, draftStatus: open?.status ?? null }
  const milestone = (await listDraftMilestones(action.id, open?.id, draft)).find((m) => m.id === milestoneId)
  return milestone ? { action, milestone, draftStatus: open?.status ?? null } : null
}

/** A milestone as the draft has it, with its action, to edit or to propose a change to (published only); null if not. */
export async function getMilestoneForm(
  user: SessionUser,
  id: string,
  purpose: Purpose = 'edit',
): Promise<MilestoneForEdit | null> {
  if (purpose === 'propose' && isDraftId(id)) return null
  const actionId = await actionOf(id)
  const action = actionId && (await editableAction(user, actionId, purpose))
  return action ? formOn(action, id) : null
}

/** A blank form to add a milestone to an action (or propose one); null if the user may not. */
export async function getNewMilestoneForm(
  user: SessionUser,
  parent: { actionId: string },
  purpose: Purpose = 'edit',
): Promise<MilestoneForEdit | null> {
  const action = await editableAction(user, parent.actionId, purpose)
  return action && formOn(action, null)
}

/** Adds a milestone to an action (published, or added by the draft) and returns its draft id. */
export async function addMilestone(user: SessionUser, parent: { actionId: string }, input: MilestoneEditInput): Promise<string> {
  const id = newDraftId()
  await write(user, parent.actionId, id, 'new', milestoneFields(parent.actionId, input))
  return id
}

/** Saves an edit of a milestone into the draft; it stays on its action. */
export async function editMilestone(user: SessionUser, id: string, input: MilestoneEditInput): Promise<void> {
  const actionId = await actionOf(id)
  if (!actionId) throw new AppError('NOT_FOUND', { message: `milestone ${id} not found` })
  await write(user, actionId, id, input.token, milestoneFields(actionId, input))
}

/** Removes a published milestone in the draft (the chair's approval deletes it). */
export async function removeMilestone(user: SessionUser, id: string, token: string): Promise<void> {
  const found = await getMilestoneForm(user, id)
  if (!found?.milestone) throw new AppError('NOT_FOUND', { message: `milestone ${id} not found or not editable by ${user.id}` })
  const m = found.milestone
  await write(
    user,
    found.action.id,
    id,
    token,
    { actionId: m.actionId, title: m.title, dueOn: m.dueOn, completedOn: m.completedOn },
    true,
  )
}

async function write(
  user: SessionUser,
  actionId: string,
  id: string,
  token: string,
  fields: MilestonePlanFields,
  remove = false,
): Promise<void> {
  const action = await editableAction(user, actionId)
  if (!action) throw new AppError('NOT_FOUND', { message: `action ${actionId} not found or not editable by ${user.id}` })
  await saveEntityDraft(user, {
    kind: 'milestones',
    id,
    areaId: action.areaId,
    token,
    fields,
    remove,
    ...(remove && {
      staleMessage:
        'Someone else has saved changes to this milestone since you opened the page. The page now shows them: check them first.',
    }),
  })
}
