/**
 * Editing an action of an area's plan (delivery teams of that area, and admins). Edits go into
 * the area's draft (lib/data/plan-draft.ts), never straight into the published plan. Saves are
 * optimistic: the form carries a token naming the state it was made from — "published" when the
 * action had no drafted edit, otherwise the draft's id and the edit's revision — and a save
 * from any other state is refused with the newer values, so nobody silently overwrites
 * someone else's change.
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import type { ActionStatus, PlanVersionStatus } from '@/lib/generated/prisma/enums'
import { AppError } from '@/lib/errors'
import { can, viewerOf } from '@/lib/permissions'
import type { ActionEditInput } from '@/lib/validation/action'
import type { SessionUser } from './auth'
import { recordAudit } from './audit'
import {
  ACTION_PLAN_FIELDS,
  findOpenVersion,
  lockArea,
  nextVersionNumber,
  readDraft,
  type ActionPlanFields,
  type DraftChanges,
} from './plan-draft'

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
  options: {
    priorities: { id: string; label: string }[]
    owners: { id: string; label: string }[]
    organisations: { id: string; label: string }[]
  }
}

const liveSelect = {
  id: true,
  areaId: true,
  priorityId: true,
  title: true,
  description: true,
  leadOrganisationId: true,
  ownerId: true,
  startsOn: true,
  dueOn: true,
  evidenceStrand: true,
  evidenceStrength: true,
  legacyStatus: true,
  status: true,
  progressPercent: true,
  area: { select: { id: true, slug: true, name: true } },
} as const

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null

type LiveAction = {
  [K in keyof ActionPlanFields]: K extends 'startsOn' | 'dueOn' ? Date | null : ActionPlanFields[K]
}

function planFields(a: LiveAction): ActionPlanFields {
  const out = {} as Record<keyof ActionPlanFields, unknown>
  for (const k of ACTION_PLAN_FIELDS) out[k] = k === 'startsOn' || k === 'dueOn' ? day(a[k]) : a[k]
  return out as ActionPlanFields
}

const tokenOf = (versionId: string | undefined, draft: DraftChanges, actionId: string) => {
  const entry = draft.actions[actionId]
  return entry && versionId ? `${versionId}:${entry.rev}` : 'published'
}

async function loadEditable(user: SessionUser, id: string) {
  const db = await getDb()
  const action = await db.action.findUnique({ where: { id }, select: liveSelect })
  // Someone who may not edit this action learns nothing about it: both cases are "not found".
  if (!action || !can(viewerOf(user), 'edit:plan', { areaId: action.areaId })) return null
  return action
}

/** The action as the draft has it, with the choices its form offers; null if not editable. */
export async function getActionForEdit(user: SessionUser, id: string): Promise<ActionForEdit | null> {
  const action = await loadEditable(user, id)
  if (!action) return null
  const db = await getDb()
  const [open, priorities, owners, organisations] = await Promise.all([
    findOpenVersion(db, action.areaId),
    db.priority.findMany({
      where: { areaId: action.areaId },
      orderBy: [{ position: 'asc' }, { number: 'asc' }],
      select: { id: true, number: true, title: true },
    }),
    db.user.findMany({
      where: { disabled: false, areaScopes: { some: { areaId: action.areaId } } },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, email: true },
    }),
    db.organisation.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ])
  const draft = readDraft(open?.snapshot ?? null)
  const entry = draft.actions[id]
  return {
    id: action.id,
    token: tokenOf(open?.id, draft, id),
    area: action.area,
    fields: entry?.fields ?? planFields(action),
    drafted: Boolean(entry),
    draftStatus: open?.status ?? null,
    reported: { status: action.status, progressPercent: action.progressPercent },
    options: {
      priorities: priorities.map((p) => ({ id: p.id, label: `Priority ${p.number}: ${p.title}` })),
      owners: owners.map((u) => ({ id: u.id, label: `${u.name} (${u.email})` })),
      organisations: organisations.map((o) => ({ id: o.id, label: o.name })),
    },
  }
}

/** Thrown when the action changed since the edit began; carries what it holds now. */
export class ActionConflict extends AppError {
  readonly current: { token: string; fields: ActionPlanFields }
  constructor(current: { token: string; fields: ActionPlanFields }) {
    super('CONFLICT', {
      userMessage: 'Someone else saved changes to this action while you were editing it. Their values are shown below.',
    })
    this.current = current
  }
}

/** Saves an edit into the area’s draft; an edit back to the published values drops it from the draft. */
export async function updateAction(user: SessionUser, id: string, input: ActionEditInput): Promise<void> {
  const action = await loadEditable(user, id)
  if (!action) throw new AppError('NOT_FOUND', { message: `action ${id} not found or not editable by user ${user.id}` })
  const db = await getDb()

  // Choices must belong to this action's area (a forged form cannot link another area's rows).
  const [priority, owner, organisation] = await Promise.all([
    input.priorityId ? db.priority.findFirst({ where: { id: input.priorityId, areaId: action.areaId }, select: { id: true } }) : null,
    input.ownerId
      ? db.user.findFirst({ where: { id: input.ownerId, areaScopes: { some: { areaId: action.areaId } } }, select: { id: true } })
      : null,
    input.leadOrganisationId ? db.organisation.findUnique({ where: { id: input.leadOrganisationId }, select: { id: true } }) : null,
  ])
  if ((input.priorityId && !priority) || (input.ownerId && !owner) || (input.leadOrganisationId && !organisation)) {
    throw new AppError('INVALID_INPUT', { userMessage: 'Choose the priority, owner and lead organisation from the lists' })
  }

  const { token, ...rest } = input
  const after = planFields(rest)
  await db.$transaction(async (tx) => {
    await lockArea(tx, action.areaId)
    const open = await findOpenVersion(tx, action.areaId)
    if (open?.status === 'SUBMITTED') {
      throw new AppError('INVALID_STATE', {
        userMessage: 'This plan is waiting for the chair’s decision. You can edit it again once it is approved or returned.',
      })
    }
    const draft = readDraft(open?.snapshot ?? null)
    const live = planFields((await tx.action.findUniqueOrThrow({ where: { id }, select: liveSelect })) as LiveAction)
    const entry = draft.actions[id]
    if (token !== tokenOf(open?.id, draft, id)) {
      throw new ActionConflict({ token: tokenOf(open?.id, draft, id), fields: entry?.fields ?? live })
    }
    const before = entry?.fields ?? live
    const changed = ACTION_PLAN_FIELDS.filter((k) => before[k] !== after[k])
    const backToPublished = ACTION_PLAN_FIELDS.every((k) => live[k] === after[k])
    if (backToPublished) delete draft.actions[id]
    else draft.actions[id] = { rev: (entry?.rev ?? 0) + 1, fields: after }

    const version = open
      ? await tx.planVersion.update({
          where: { id: open.id },
          // Editing a returned draft makes it a draft again; the chair's reason stays on record.
          data: { snapshot: draft, status: 'DRAFT', version: { increment: 1 } },
          select: { id: true },
        })
      : await tx.planVersion.create({
          data: { areaId: action.areaId, number: await nextVersionNumber(tx, action.areaId), status: 'DRAFT', snapshot: draft },
          select: { id: true },
        })
    await recordAudit(tx, {
      actor: { id: user.id, label: user.email },
      action: backToPublished ? 'drafted action edit (back to the published values)' : 'drafted action edit',
      entityType: 'ACTION',
      entityId: id,
      areaId: action.areaId,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: { ...Object.fromEntries(changed.map((k) => [k, after[k]])), planVersionId: version.id },
    })
  })
}
