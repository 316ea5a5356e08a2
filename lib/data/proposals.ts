/**
 * Proposals: a board member (partner or chair) proposes a change to a priority, action or
 * success measure of their area's plan, using the same form the delivery team edits with. The
 * delivery team or the chair accepts it into the draft plan — the proposed fields are laid over
 * whatever the entity holds at that moment, in the same transaction that closes the proposal —
 * or declines it with a reason. Either answer is recorded on the proposal, seen by its author,
 * and audited.
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { EntityType, Origin, ProposalStatus, Role } from '@/lib/generated/prisma/enums'
import { AppError } from '@/lib/errors'
import { can, viewerOf } from '@/lib/permissions'
import { FIELD_LABELS, KIND_LABELS, PLAN_FIELDS, describeValue, type DraftKind, type FieldsOf } from '@/lib/plan-fields'
import type { ActionEditInput } from '@/lib/validation/action'
import type { PlanFormInput } from '@/lib/validation/plan-forms'
import type { ProposalResponseInput } from '@/lib/validation/proposal'
import type { SessionUser } from './auth'
import { recordAudit } from './audit'
import { actionFields, liveAction, liveMeasure, livePriority } from './plan-entities'
import { areaOfEntity, isDraftId, loadDraft, lockArea, sameValue, saveDraftEditIn, type DraftChanges } from './plan-draft'
import { knownPriority, listDraftPriorities, priorityLabel, renumberPriorities } from './priority-edit'

type Tx = Parameters<typeof liveAction>[0]

/** What may be proposed: priorities, actions and success measures (milestones are the delivery team's detail). */
export type ProposableKind = Exclude<DraftKind, 'milestones'>

const KINDS: Record<ProposableKind, { entityType: EntityType; what: string; live: (tx: Tx, id: string) => Promise<FieldsOf<ProposableKind> | null> }> = {
  actions: { entityType: 'ACTION', what: 'action', live: liveAction },
  priorities: { entityType: 'PRIORITY', what: 'priority', live: livePriority },
  measures: { entityType: 'SUCCESS_MEASURE', what: 'success measure', live: liveMeasure },
}

/** Who owns an action, and which definition a measure uses, are the delivery team's call. */
const NOT_PROPOSABLE = new Set(['ownerId', 'definitionId'])

const ORIGIN_OF: Record<Role, Origin> = {
  PARTNER: 'LOCAL_PARTNER',
  CHAIR: 'CHAIR',
  DELIVERY_TEAM: 'DFE_DELIVERY_TEAM',
  ADMIN: 'DFE_DELIVERY_TEAM',
}

/** What a proposal stores: the fields it would change, and their values when it was made. */
export type ProposedChange = { kind: ProposableKind; fields: Record<string, unknown>; basis: Record<string, unknown> }

export const isProposableKind = (k: string): k is ProposableKind => k in KINDS


/** The entity's fields as the draft has them (its drafted edit, else what is published). */
async function currentFields(kind: ProposableKind, id: string, draft: DraftChanges) {
  const db = await getDb()
  return (draft[kind][id]?.fields as FieldsOf<ProposableKind> | undefined) ?? KINDS[kind].live(db, id)
}

/** May this user propose a change to this entity? Returns its area if so. */
export async function proposableArea(user: SessionUser, kind: ProposableKind, targetId: string): Promise<string | null> {
  const areaId = isDraftId(targetId) ? null : await areaOfEntity(kind, targetId)
  return areaId && can(viewerOf(user), 'create:proposal', { areaId }) ? areaId : null
}

export async function createProposal(
  user: SessionUser,
  kind: ProposableKind,
  targetId: string,
  input: { why: string; fields: Omit<PlanFormInput[ProposableKind], 'token'> },
): Promise<string> {
  const areaId = await proposableArea(user, kind, targetId)
  if (!areaId) throw new AppError('NOT_FOUND', { message: `${kind} ${targetId} not found or not proposable by ${user.id}` })
  const { draft } = await loadDraft(areaId)
  const current = (await currentFields(kind, targetId, draft)) as Record<string, unknown> | null
  if (!current) throw new AppError('NOT_FOUND', { message: `${kind} ${targetId} has gone` })
  // Action dates arrive as dates from the form; the plan keeps them as yyyy-mm-dd.
  const proposed = (kind === 'actions' ? actionFields(input.fields as Omit<ActionEditInput, 'token'>) : input.fields) as Record<string, unknown>
  const changed = (PLAN_FIELDS[kind] as readonly string[]).filter((k) => !NOT_PROPOSABLE.has(k) && !sameValue(current[k], proposed[k]))
  if (changed.length === 0) {
    throw new AppError('INVALID_INPUT', { userMessage: 'Change at least one answer to propose a change' })
  }
  await checkChoices(areaId, Object.fromEntries(changed.map((k) => [k, proposed[k]])))
  const change: ProposedChange = {
    kind,
    fields: Object.fromEntries(changed.map((k) => [k, proposed[k]])),
    basis: Object.fromEntries(changed.map((k) => [k, current[k]])),
  }
  const title = String(current.title ?? current.name ?? '')
  const db = await getDb()
  return db.$transaction(async (tx) => {
    const row = await tx.proposal.create({
      data: {
        areaId,
        authorId: user.id,
        targetType: KINDS[kind].entityType,
        targetId,
        title: `${KIND_LABELS[kind]}: ${title}`.slice(0, 300),
        body: input.why,
        proposedChange: change as unknown as Prisma.InputJsonObject,
        origin: ORIGIN_OF[user.role],
      },
      select: { id: true },
    })
    await recordAudit(tx, {
      actor: { id: user.id, label: user.email },
      action: 'proposed a change',
      entityType: 'PROPOSAL',
      entityId: row.id,
      areaId,
      after: { targetType: KINDS[kind].entityType, targetId, fields: changed },
    })
    return row.id
  })
}

/**
 * The rows a proposal links to must exist and, for priorities, belong to its area: accepting
 * writes them into the draft as they are, so a forged form must not link another area's rows.
 */
async function checkChoices(areaId: string, fields: Record<string, unknown>) {
  const db = await getDb()
  const id = (k: string) => (typeof fields[k] === 'string' ? (fields[k] as string) : null)
  const [priority, organisation, lifeStage] = await Promise.all([
    id('priorityId') ? knownPriority(areaId, id('priorityId') as string) : true,
    id('leadOrganisationId') ? db.organisation.findUnique({ where: { id: id('leadOrganisationId') as string }, select: { id: true } }) : true,
    id('lifeStageId') ? db.lifeStage.findUnique({ where: { id: id('lifeStageId') as string }, select: { id: true } }) : true,
  ])
  if (!priority || !organisation || !lifeStage) {
    throw new AppError('INVALID_INPUT', { userMessage: 'Choose the priority, lead organisation and life stage from the lists' })
  }
}

const STATUS_ORDER: ProposalStatus[] = ['OPEN', 'ACCEPTED', 'DECLINED', 'WITHDRAWN']

export type ProposalSummary = {
  id: string
  title: string
  status: ProposalStatus
  author: string
  createdAt: string
  response: string | null
}

/** The area's plan proposals, open first then newest; null if the user may not read the draft plan. */
export async function listProposals(user: SessionUser, areaId: string): Promise<ProposalSummary[] | null> {
  if (!can(viewerOf(user), 'read:draft-plan', { areaId })) return null
  const db = await getDb()
  const rows = await db.proposal.findMany({
    where: { areaId, targetType: { in: Object.values(KINDS).map((k) => k.entityType) } },
    orderBy: { createdAt: 'desc' },
    take: 50,
    select: { id: true, title: true, status: true, createdAt: true, response: true, author: { select: { name: true } } },
  })
  return rows
    .map((p) => ({ id: p.id, title: p.title, status: p.status, author: p.author.name, createdAt: p.createdAt.toISOString(), response: p.response }))
    .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status))
}

export type ProposalDetail = ProposalSummary & {
  area: { id: string; slug: string; name: string }
  kind: ProposableKind
  targetId: string
  why: string
  version: number
  respondedBy: string | null
  respondedAt: string | null
  /** Each proposed field: its value when proposed, now (in the draft), and proposed. */
  rows: { label: string; basis: string; now: string; proposed: string }[]
  canRespond: boolean
}

/** One proposal, for its author and for everyone who works on the area's plan. */
export async function getProposal(user: SessionUser, id: string): Promise<ProposalDetail | null> {
  const db = await getDb()
  const p = await db.proposal.findUnique({
    where: { id },
    include: {
      author: { select: { name: true } },
      respondedBy: { select: { name: true } },
      area: { select: { id: true, slug: true, name: true } },
    },
  })
  const viewer = viewerOf(user)
  if (!p || !p.targetId || !can(viewer, 'read:draft-plan', { areaId: p.areaId })) return null
  const change = p.proposedChange as ProposedChange | null
  if (!change || !isProposableKind(change.kind)) return null
  const { draft } = await loadDraft(p.areaId)
  const now = ((await currentFields(change.kind, p.targetId, draft)) ?? {}) as Record<string, unknown>
  const [priorities, organisations, lifeStages] = await Promise.all([
    listDraftPriorities(p.areaId, draft),
    db.organisation.findMany({ select: { id: true, name: true } }),
    db.lifeStage.findMany({ select: { id: true, name: true } }),
  ])
  const names = new Map<string, string>([
    ...priorities.map((x) => [x.id, priorityLabel(x)] as const),
    ...organisations.map((o) => [o.id, o.name] as const),
    ...lifeStages.map((l) => [l.id, l.name] as const),
  ])
  const labels = FIELD_LABELS[change.kind] as Record<string, string>
  const words = (field: string, value: unknown) => describeValue(field, value, names) ?? 'Not set'
  return {
    id: p.id,
    title: p.title,
    status: p.status,
    author: p.author.name,
    createdAt: p.createdAt.toISOString(),
    response: p.response,
    area: p.area,
    kind: change.kind,
    targetId: p.targetId,
    why: p.body,
    version: p.version,
    respondedBy: p.respondedBy?.name ?? null,
    respondedAt: p.respondedAt?.toISOString() ?? null,
    rows: Object.keys(change.fields).map((field) => ({
      label: labels[field] ?? field,
      basis: words(field, change.basis[field]),
      now: words(field, now[field]),
      proposed: words(field, change.fields[field]),
    })),
    canRespond: p.status === 'OPEN' && can(viewer, 'respond:proposal', { areaId: p.areaId }),
  }
}

/** Accepts the proposal into the draft plan, or declines it with a reason. */
export async function respondToProposal(user: SessionUser, id: string, input: ProposalResponseInput, now = new Date()): Promise<void> {
  const db = await getDb()
  const p = await db.proposal.findUnique({ where: { id }, select: { areaId: true, targetId: true, proposedChange: true } })
  if (!p || !can(viewerOf(user), 'respond:proposal', { areaId: p.areaId })) {
    throw new AppError('NOT_FOUND', { message: `proposal ${id} not found or not answerable by ${user.id}` })
  }
  const change = p.proposedChange as ProposedChange
  await db.$transaction(async (tx) => {
    await lockArea(tx, p.areaId)
    // One answer per proposal: a second, or one made from a stale page, changes nothing.
    const closed = await tx.proposal.updateMany({
      where: { id, status: 'OPEN', version: input.version },
      data: {
        status: input.decision === 'accept' ? 'ACCEPTED' : 'DECLINED',
        response: input.response,
        respondedById: user.id,
        respondedAt: now,
        version: { increment: 1 },
      },
    })
    if (closed.count === 0) {
      throw new AppError('INVALID_STATE', { userMessage: 'This proposal has already been answered. The page now shows the answer.' })
    }
    if (input.decision === 'accept' && p.targetId) {
      const targetId = p.targetId
      const kind = KINDS[change.kind]
      await saveDraftEditIn(tx, user, {
        kind: change.kind,
        id: targetId,
        areaId: p.areaId,
        token: '',
        fields: (current) => ({ ...current, ...change.fields }),
        loadLive: (t) => kind.live(t, targetId),
        entityType: kind.entityType,
        what: kind.what,
        // A priority proposed into another place moves the others round it, as an edit does.
        ...(change.kind === 'priorities' && {
          alsoChange: (t: Tx, draft: DraftChanges) => renumberPriorities(t, p.areaId, draft, targetId),
        }),
      })
    }
    await recordAudit(tx, {
      actor: { id: user.id, label: user.email },
      action: input.decision === 'accept' ? 'accepted proposal into the draft plan' : 'declined proposal',
      entityType: 'PROPOSAL',
      entityId: id,
      areaId: p.areaId,
      after: { response: input.response },
    })
  })
}
