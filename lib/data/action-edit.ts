/**
 * Editing an action of an area's plan (delivery teams of that area, and admins). Edits go into
 * the area's draft (lib/data/plan-draft.ts), never straight into the published plan. Saves are
 * optimistic (see plan-draft.ts).
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import type { ActionStatus, PlanVersionStatus } from '@/lib/generated/prisma/enums'
import { AppError } from '@/lib/errors'
import { can, viewerOf } from '@/lib/permissions'
import type { ActionEditInput } from '@/lib/validation/action'
import type { SessionUser } from './auth'
import { actionFields, actionLiveSelect, liveAction } from './plan-entities'
import { PURPOSE_PERMISSION, loadDraft, saveDraftEdit, tokenOf, type ActionPlanFields, type Purpose } from './plan-draft'
import { listDraftMilestones, type DraftMilestone } from './milestone-edit'
import { knownPriority, listDraftPriorities, priorityLabel } from './priority-edit'

export type { ActionPlanFields } from './plan-draft'

export type ActionForEdit = {
  id: string
  token: string
  area: { id: string; slug: string; name: string }
  fields: ActionPlanFields
  /** True when the shown fields are a drafted edit not yet published. */
  drafted: boolean
  /** The open draft's state: edits wait while it is submitted. */
  draftStatus: PlanVersionStatus | null
  reported: { status: ActionStatus | null; progressPercent: number | null }
  /** Its milestones as the draft has them (editors only; empty for proposers). */
  milestones: DraftMilestone[]
  options: {
    priorities: { id: string; label: string }[]
    owners: { id: string; label: string }[]
    organisations: { id: string; label: string }[]
  }
}

const liveSelect = {
  ...actionLiveSelect,
  id: true,
  areaId: true,
  status: true,
  progressPercent: true,
  area: { select: { id: true, slug: true, name: true } },
} as const

async function loadEditable(user: SessionUser, id: string, purpose: Purpose = 'edit') {
  const db = await getDb()
  const action = await db.action.findUnique({ where: { id }, select: liveSelect })
  // Someone who may not edit this action learns nothing about it: both cases are "not found".
  if (!action || !can(viewerOf(user), PURPOSE_PERMISSION[purpose], { areaId: action.areaId })) return null
  return action
}

/** The action as the draft has it, with the choices its form offers; null if not editable. */
export async function getActionForEdit(user: SessionUser, id: string, purpose: Purpose = 'edit'): Promise<ActionForEdit | null> {
  const action = await loadEditable(user, id, purpose)
  if (!action) return null
  const db = await getDb()
  const [{ open, draft }, owners, organisations] = await Promise.all([
    loadDraft(action.areaId),
    // Only editors choose owners; people's e-mail addresses are not shown to proposers.
    purpose === 'propose'
      ? []
      : db.user.findMany({
          where: { disabled: false, areaScopes: { some: { areaId: action.areaId } } },
          orderBy: { name: 'asc' },
          select: { id: true, name: true, email: true },
        }),
    db.organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ])
  const entry = draft.actions[id]
  const [priorities, milestones] = await Promise.all([
    listDraftPriorities(action.areaId, draft),
    purpose === 'edit' ? listDraftMilestones(id, open?.id, draft) : [],
  ])
  return {
    id: action.id,
    token: tokenOf(open?.id, draft, 'actions', id),
    area: action.area,
    fields: entry?.fields ?? actionFields(action),
    drafted: Boolean(entry),
    draftStatus: open?.status ?? null,
    reported: { status: action.status, progressPercent: action.progressPercent },
    milestones,
    options: {
      priorities: priorities.map((p) => ({ id: p.id, label: priorityLabel(p) })),
      owners: owners.map((u) => ({ id: u.id, label: `${u.name} (${u.email})` })),
      organisations: organisations.map((o) => ({ id: o.id, label: o.name })),
    },
  }
}

/** Saves an edit into the area’s draft; an edit back to the published values drops it from the draft. */
export async function updateAction(user: SessionUser, id: string, input: ActionEditInput): Promise<void> {
  const action = await loadEditable(user, id)
  if (!action) throw new AppError('NOT_FOUND', { message: `action ${id} not found or not editable by user ${user.id}` })
  const db = await getDb()

  // Choices must belong to this action's area (a forged form cannot link another area's rows).
  const [priority, owner, organisation] = await Promise.all([
    input.priorityId ? knownPriority(action.areaId, input.priorityId) : null,
    input.ownerId
      ? db.user.findFirst({ where: { id: input.ownerId, areaScopes: { some: { areaId: action.areaId } } }, select: { id: true } })
      : null,
    input.leadOrganisationId ? db.organisation.findUnique({ where: { id: input.leadOrganisationId }, select: { id: true } }) : null,
  ])
  if ((input.priorityId && !priority) || (input.ownerId && !owner) || (input.leadOrganisationId && !organisation)) {
    throw new AppError('INVALID_INPUT', { userMessage: 'Choose the priority, owner and lead organisation from the lists' })
  }

  const { token, ...rest } = input
  await saveDraftEdit(user, {
    kind: 'actions',
    id,
    areaId: action.areaId,
    token,
    fields: actionFields(rest),
    loadLive: (tx) => liveAction(tx, id),
    entityType: 'ACTION',
    what: 'action',
  })
}
