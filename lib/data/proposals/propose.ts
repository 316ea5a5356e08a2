/**
 * Proposals: a board member (partner or chair) proposes a change to a priority, action, success
 * measure or milestone of their area's plan — or proposes adding one — on the same form the
 * delivery team edits with. The delivery team or the chair accepts it into the draft plan (a
 * change is laid over whatever the entity holds at that moment; an addition becomes a new entity
 * of the draft), in the same transaction that closes the proposal, or declines it with a reason.
 * Either answer is recorded on the proposal, seen by its author, and audited.
 */
import 'server-only'
import { allowed, requireArea } from '@/lib/data/guard'
import { getDb } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Origin, Role } from '@/lib/generated/prisma/enums'
import { AppError } from '@/lib/errors'
import { KIND_LABELS, PLAN_FIELDS, type DraftKind, type FieldsOf } from '@/lib/plan-fields'
import type { ActionEditInput } from '@/lib/validation/action'
import type { MilestoneEditInput } from '@/lib/validation/milestone'
import type { PlanFormInput } from '@/lib/validation/plan-forms'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { recordAudit } from '@/lib/data/audit'
import { areaUserIds, notify } from '@/lib/data/notifications/notify'
import { withDefinitionWords } from '@/lib/data/plan/measures'
import { actionFields, ENTITY_KINDS, milestoneFields } from '@/lib/data/plan/entities'
import { isDraftId, loadDraft, pick, sameValue, type DraftChanges, type MeasurePlanFields } from '@/lib/data/plan/draft'
import { areaOfEntity } from '@/lib/data/plan/entity-area'
import { knownPriority } from '@/lib/data/plan/priorities'

/** Anything in the plan may be proposed: priorities, actions, success measures and milestones. */
export type ProposableKind = DraftKind

export const KINDS = ENTITY_KINDS as Record<ProposableKind, (typeof ENTITY_KINDS)[ProposableKind]>

/**
 * Who owns an action, which definition a measure uses and which action a milestone belongs to
 * are the delivery team's call: a proposed change leaves them as they are.
 */
const NOT_PROPOSABLE = new Set(['ownerId', 'definitionId', 'actionId'])

export const ORIGIN_OF: Record<Role, Origin> = {
  PARTNER: 'LOCAL_PARTNER',
  CHAIR: 'CHAIR',
  DELIVERY_TEAM: 'DFE_DELIVERY_TEAM',
  ADMIN: 'DFE_DELIVERY_TEAM',
}

/** What a proposal stores: the fields it would change, and their values when it was made. */
export type ProposedChange = {
  kind: ProposableKind
  fields: Record<string, unknown>
  /** The changed fields' values when proposed; empty for an addition. */
  basis: Record<string, unknown>
  /** The proposal adds a new entity to the plan rather than changing one. */
  isNew?: boolean
  /** The proposal removes the entity (milestones only); `basis` holds what it was. */
  remove?: boolean
}

/** The proposal form's answers: the entity's form and why (its token is ignored: see acceptIn). */
export type ProposalInput<K extends ProposableKind> = {
  why: string
  fields: Omit<PlanFormInput[K], 'token'> & { token?: string }
}

export const isProposableKind = (k: string): k is ProposableKind => k in KINDS

/** The entity's fields as the draft has them (its drafted edit, else what is published). */
export async function currentFields(kind: ProposableKind, id: string, draft: DraftChanges) {
  const db = await getDb()
  return (draft[kind][id]?.fields as FieldsOf<ProposableKind> | undefined) ?? KINDS[kind].live(db, id)
}

/** The plan fields a form's answers stand for (action and milestone dates as yyyy-mm-dd). */
function planFieldsOf(
  kind: ProposableKind,
  fields: ProposalInput<ProposableKind>['fields'],
  actionId: string,
): Record<string, unknown> {
  if (kind === 'actions') return actionFields(fields as Omit<ActionEditInput, 'token'>)
  if (kind === 'milestones') return milestoneFields(actionId, fields as Omit<MilestoneEditInput, 'token'>)
  return fields
}

/** May this user propose a change to this entity? Returns its area if so. */
export async function proposableArea(user: SessionUser, kind: ProposableKind, targetId: string): Promise<string | null> {
  const areaId = isDraftId(targetId) ? null : await areaOfEntity(kind, targetId)
  return areaId && allowed(user, 'create:proposal', { areaId }) ? areaId : null
}

/** Proposes a change to a published priority, action, success measure or milestone. */
export async function createProposal<K extends ProposableKind>(
  user: SessionUser,
  kind: K,
  targetId: string,
  input: ProposalInput<K>,
): Promise<string> {
  const areaId = await proposableArea(user, kind, targetId)
  if (!areaId) throw new AppError('NOT_FOUND', { message: `${kind} ${targetId} not found or not proposable by ${user.id}` })
  const { draft } = await loadDraft(areaId)
  const current = (await currentFields(kind, targetId, draft)) as Record<string, unknown> | null
  if (!current) throw new AppError('NOT_FOUND', { message: `${kind} ${targetId} has gone` })
  const proposed = planFieldsOf(kind, input.fields, String(current.actionId ?? ''))
  const changed = (PLAN_FIELDS[kind] as readonly string[]).filter(
    (k) => !NOT_PROPOSABLE.has(k) && !sameValue(current[k], proposed[k]),
  )
  if (changed.length === 0) {
    throw new AppError('INVALID_INPUT', { userMessage: 'Change at least one answer to propose a change' })
  }
  const fields = Object.fromEntries(changed.map((k) => [k, proposed[k]]))
  await checkChoices(areaId, fields)
  return insertProposal(user, {
    areaId,
    targetId,
    title: `${KIND_LABELS[kind]}: ${String(current.title ?? current.name ?? '')}`,
    why: input.why,
    change: { kind, fields, basis: Object.fromEntries(changed.map((k) => [k, current[k]])) },
  })
}

/**
 * Proposes adding a priority, action or success measure to the area's plan, or a milestone to
 * one of its published actions (`actionId`). Owners are the delivery team's call, so a proposed
 * action has none; a proposed national measure takes the definition's shared words.
 */
export async function proposeAddition<K extends ProposableKind>(
  user: SessionUser,
  kind: K,
  slug: string,
  input: ProposalInput<K>,
  actionId: string | null = null,
): Promise<string> {
  const area = await requireArea(user, slug, 'create:proposal')
  if (kind === 'milestones' && !(actionId && (await publishedAction(area.id, actionId)))) {
    throw new AppError('NOT_FOUND', { message: `action ${actionId} not published in ${slug}` })
  }
  let fields = planFieldsOf(kind, input.fields, actionId ?? '')
  if (kind === 'actions') fields = { ...fields, ownerId: null }
  if (kind === 'measures') fields = await withDefinitionWords(fields as MeasurePlanFields)
  if (kind === 'priorities' && !fields.origin) fields = { ...fields, origin: ORIGIN_OF[user.role] }
  await checkChoices(area.id, fields)
  const picked = pick(fields, PLAN_FIELDS[kind] as readonly string[])
  return insertProposal(user, {
    areaId: area.id,
    targetId: null,
    title: `New ${KIND_LABELS[kind].toLowerCase()}: ${String(picked.title ?? picked.name ?? '')}`,
    why: input.why,
    change: { kind, fields: picked, basis: {}, isNew: true },
  })
}

/**
 * Proposes removing a published milestone — the only part of the plan the delivery team removes
 * (priorities, actions and measures are retired by their status; ADR 007).
 */
export async function proposeRemoval(user: SessionUser, kind: 'milestones', targetId: string, why: string): Promise<string> {
  const areaId = await proposableArea(user, kind, targetId)
  if (!areaId) throw new AppError('NOT_FOUND', { message: `${kind} ${targetId} not found or not proposable by ${user.id}` })
  const { draft } = await loadDraft(areaId)
  if (draft[kind][targetId]?.removed) {
    throw new AppError('INVALID_INPUT', { userMessage: 'This milestone is already removed in the draft plan' })
  }
  const current = (await currentFields(kind, targetId, draft)) as Record<string, unknown> | null
  if (!current) throw new AppError('NOT_FOUND', { message: `${kind} ${targetId} has gone` })
  return insertProposal(user, {
    areaId,
    targetId,
    title: `Remove milestone: ${String(current.title)}`,
    why,
    change: { kind, fields: {}, basis: current, remove: true },
  })
}

const publishedAction = async (areaId: string, actionId: string) =>
  !isDraftId(actionId) &&
  (await (await getDb()).action.findFirst({ where: { id: actionId, areaId }, select: { id: true } })) !== null

async function insertProposal(
  user: SessionUser,
  p: { areaId: string; targetId: string | null; title: string; why: string; change: ProposedChange },
): Promise<string> {
  const db = await getDb()
  return db.$transaction(async (tx) => {
    const row = await tx.proposal.create({
      data: {
        areaId: p.areaId,
        authorId: user.id,
        targetType: KINDS[p.change.kind].entityType,
        targetId: p.targetId,
        title: p.title.slice(0, 300),
        body: p.why,
        proposedChange: p.change as unknown as Prisma.InputJsonObject,
        origin: ORIGIN_OF[user.role],
      },
      select: { id: true },
    })
    await recordAudit(tx, {
      actor: { id: user.id, label: user.email },
      action: p.change.isNew
        ? `proposed a new ${KINDS[p.change.kind].what}`
        : p.change.remove
          ? `proposed removing a ${KINDS[p.change.kind].what}`
          : 'proposed a change',
      entityType: 'PROPOSAL',
      entityId: row.id,
      areaId: p.areaId,
      after: { targetType: KINDS[p.change.kind].entityType, targetId: p.targetId, fields: Object.keys(p.change.fields) },
    })
    // "Your proposal has been sent to the delivery team and the chair": this is the sending.
    await notify(tx, {
      kind: 'PROPOSAL_RECEIVED',
      areaId: p.areaId,
      userIds: await areaUserIds(tx, p.areaId, ['DELIVERY_TEAM', 'CHAIR']),
      actorId: user.id,
      title: `Proposal from ${user.name}: ${p.title.slice(0, 200)}`,
      body: p.why.slice(0, 1000),
      link: `/proposals/${row.id}`,
    })
    return row.id
  })
}

/**
 * The rows a proposal links to must exist and, for priorities and actions, belong to its area:
 * accepting writes them into the draft as they are, so a forged form must not link another
 * area's rows — and a priority the draft has dropped since cannot be linked when accepting.
 */
export async function checkChoices(areaId: string, fields: Record<string, unknown>) {
  const db = await getDb()
  const id = (k: string) => (typeof fields[k] === 'string' && fields[k] !== '' ? (fields[k] as string) : null)
  const [priority, organisation, lifeStage, action] = await Promise.all([
    id('priorityId') ? knownPriority(areaId, id('priorityId') as string) : true,
    id('leadOrganisationId')
      ? db.organisation.findUnique({ where: { id: id('leadOrganisationId') as string }, select: { id: true } })
      : true,
    id('lifeStageId') ? db.lifeStage.findUnique({ where: { id: id('lifeStageId') as string }, select: { id: true } }) : true,
    id('actionId') ? publishedAction(areaId, id('actionId') as string) : true,
  ])
  if (!priority || !organisation || !lifeStage || !action) {
    throw new AppError('INVALID_INPUT', {
      userMessage: action
        ? 'Choose the priority, lead organisation and life stage from the lists'
        : 'The action this milestone belongs to is no longer in the plan',
    })
  }
}
