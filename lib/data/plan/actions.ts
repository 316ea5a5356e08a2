/**
 * Adding and editing the actions of an area's plan (delivery teams of that area, and admins).
 * Edits go into the area's draft (lib/data/plan-draft.ts), never straight into the published
 * plan; an action the draft adds has a draft id until approval creates its row. Saves are
 * optimistic (see plan-draft.ts).
 */
import 'server-only'
import { saveEntityDraft, saveEntityDraftIn, startAddition } from '@/lib/data/plan/entity-save'
import { areaFor } from '@/lib/data/guard'
import { getDb } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ActionStatus, PlanVersionStatus } from '@/lib/generated/prisma/enums'
import { AppError } from '@/lib/errors'
import type { ActionEditInput } from '@/lib/validation/action'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { listDraftMilestones, type DraftMilestone } from '@/lib/data/plan/milestones'
import { actionFields, actionLiveSelect } from '@/lib/data/plan/entities'
import {
  isDraftId,
  loadDraft,
  newDraftId,
  PURPOSE_PERMISSION,
  tokenOf,
  type ActionPlanFields,
  type Purpose,
} from '@/lib/data/plan/draft'
import { loadEditableEntity, type EditableEntity } from '@/lib/data/plan/entity-area'
import { knownPriority, listDraftPriorities, priorityLabel } from '@/lib/data/plan/priorities'

export type { ActionPlanFields } from '@/lib/data/plan/draft'

export type ActionForEdit = {
  /** Empty when adding an action. */
  id: string
  token: string
  area: { id: string; slug: string; name: string }
  fields: ActionPlanFields
  /** True when the shown fields are a drafted edit not yet published. */
  drafted: boolean
  /** True for an action the draft adds (not published yet). */
  isNew: boolean
  /** The open draft's state: edits wait while it is submitted. */
  draftStatus: PlanVersionStatus | null
  reported: { status: ActionStatus | null; progressPercent: number | null }
  /** Its milestones as the draft has them (none while adding). */
  milestones: DraftMilestone[]
  options: {
    priorities: { id: string; label: string }[]
    owners: { id: string; label: string }[]
    organisations: { id: string; label: string }[]
  }
}

const BLANK: ActionPlanFields = {
  priorityId: null,
  title: '',
  description: null,
  leadOrganisationId: null,
  ownerId: null,
  startsOn: null,
  dueOn: null,
  evidenceStrand: null,
  evidenceStrength: null,
  legacyStatus: null,
}

/** An action as the draft has it, with its choices, to edit or to propose a change to; null if the user may not. */
export async function getActionForm(user: SessionUser, id: string, purpose: Purpose = 'edit'): Promise<ActionForEdit | null> {
  const action = await loadEditableEntity(user, 'actions', id, purpose)
  return action && formFor(action, purpose)
}

/** A blank form to add an action to the area's plan (or propose one); null if the user may not. */
export async function getNewActionForm(
  user: SessionUser,
  parent: { slug: string },
  purpose: Purpose = 'edit',
): Promise<ActionForEdit | null> {
  const area = await areaFor(user, parent.slug, PURPOSE_PERMISSION[purpose])
  return area && formFor({ id: '', areaId: area.id, area }, purpose)
}

async function formFor(action: EditableEntity, purpose: Purpose): Promise<ActionForEdit> {
  const db = await getDb()
  const { id, areaId } = action
  const published = id && !isDraftId(id)
  const [{ open, draft }, live, owners, organisations] = await Promise.all([
    loadDraft(areaId),
    published
      ? db.action.findUnique({ where: { id }, select: { ...actionLiveSelect, status: true, progressPercent: true } })
      : null,
    // Only editors choose owners; people's e-mail addresses are not shown to proposers.
    purpose === 'propose'
      ? []
      : db.user.findMany({
          where: { disabled: false, areaScopes: { some: { areaId } } },
          orderBy: { name: 'asc' },
          select: { id: true, name: true, email: true },
        }),
    db.organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ])
  const entry = id ? draft.actions[id] : undefined
  const [priorities, milestones] = await Promise.all([
    listDraftPriorities(areaId, draft),
    id ? listDraftMilestones(id, open?.id, draft) : [],
  ])
  return {
    id,
    token: id ? tokenOf(open?.id, draft, 'actions', id) : 'new',
    area: action.area,
    fields: entry?.fields ?? (live ? actionFields(live) : BLANK),
    drafted: Boolean(entry),
    isNew: !published,
    draftStatus: open?.status ?? null,
    reported: { status: live?.status ?? null, progressPercent: live?.progressPercent ?? null },
    milestones,
    options: {
      priorities: priorities.map((p) => ({ id: p.id, label: priorityLabel(p) })),
      owners: owners.map((u) => ({ id: u.id, label: `${u.name} (${u.email})` })),
      organisations: organisations.map((o) => ({ id: o.id, label: o.name })),
    },
  }
}

/** Choices must belong to the action's area (a forged form cannot link another area's rows). */
async function checkChoices(areaId: string, input: ActionEditInput) {
  const db = await getDb()
  const [priority, owner, organisation] = await Promise.all([
    input.priorityId ? knownPriority(areaId, input.priorityId) : null,
    input.ownerId
      ? db.user.findFirst({ where: { id: input.ownerId, areaScopes: { some: { areaId } } }, select: { id: true } })
      : null,
    input.leadOrganisationId
      ? db.organisation.findUnique({ where: { id: input.leadOrganisationId }, select: { id: true } })
      : null,
  ])
  if ((input.priorityId && !priority) || (input.ownerId && !owner) || (input.leadOrganisationId && !organisation)) {
    throw new AppError('INVALID_INPUT', { userMessage: 'Choose the priority, owner and lead organisation from the lists' })
  }
}

async function save(user: SessionUser, action: EditableEntity, id: string, input: ActionEditInput, token: string) {
  await checkChoices(action.areaId, input)
  await saveEntityDraft(user, { kind: 'actions', id, areaId: action.areaId, token, fields: actionFields(input) })
}

/** Saves an edit into the area’s draft; an edit back to the published values drops it from the draft. */
export async function editAction(user: SessionUser, id: string, input: ActionEditInput): Promise<void> {
  const action = await loadEditableEntity(user, 'actions', id, 'edit')
  if (!action) throw new AppError('NOT_FOUND', { message: `action ${id} not found or not editable by user ${user.id}` })
  await save(user, action, id, input, input.token)
}

/** Adds an action to the area's draft plan and returns its draft id. */
export async function addAction(user: SessionUser, parent: { slug: string }, input: ActionEditInput): Promise<string> {
  const { area, id } = await startAddition(user, parent.slug)
  await save(user, { id, areaId: area.id, area }, id, input, 'new')
  return id
}

/**
 * Adds an action to the area's draft plan inside the caller's transaction, for a board decision
 * that creates one (lib/data/board/decisions.ts): the caller has checked `edit:plan` for the
 * area and that the priority is the area's. Returns the draft id; approval gives it a row.
 */
export async function addDecidedAction(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  areaId: string,
  fields: { title: string; priorityId: string; description: string },
): Promise<string> {
  const id = newDraftId()
  await saveEntityDraftIn(tx, user, { kind: 'actions', id, areaId, token: 'new', fields: { ...BLANK, ...fields } })
  return id
}
