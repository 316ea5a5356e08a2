/** Reading proposals: an area's list, and one proposal with what it would change, for the people of its area. */
import 'server-only'
import { allowed } from '@/lib/data/guard'
import { getDb } from '@/lib/db/client'
import type { ProposalStatus } from '@/lib/generated/prisma/enums'
import { FIELD_LABELS, PLAN_FIELDS, describeValue } from '@/lib/plan-fields'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { loadDraft, type ActionPlanFields } from '@/lib/data/plan/draft'
import { listDraftPriorities, priorityLabel } from '@/lib/data/plan/priorities'
import { currentFields, isProposableKind, KINDS, type ProposableKind, type ProposedChange } from '@/lib/data/proposals/propose'

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
  if (!allowed(user, 'read:draft-plan', { areaId })) return null
  const db = await getDb()
  const rows = await db.proposal.findMany({
    where: { areaId, targetType: { in: Object.values(KINDS).map((k) => k.entityType) } },
    orderBy: { createdAt: 'desc' },
    take: 50,
    select: { id: true, title: true, status: true, createdAt: true, response: true, author: { select: { name: true } } },
  })
  return rows
    .map((p) => ({
      id: p.id,
      title: p.title,
      status: p.status,
      author: p.author.name,
      createdAt: p.createdAt.toISOString(),
      response: p.response,
    }))
    .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status))
}

export type ProposalDetail = ProposalSummary & {
  area: { id: string; slug: string; name: string }
  kind: ProposableKind
  /** The entity a change is proposed to; null when the proposal adds one. */
  targetId: string | null
  isNew: boolean
  /** The proposal removes the entity. */
  isRemoval: boolean
  /** For a milestone: the action it belongs to. */
  action: string | null
  why: string
  version: number
  respondedBy: string | null
  respondedAt: string | null
  /** Each proposed field: its value when proposed, now (in the draft), and proposed (for an addition, only proposed). */
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
  if (!p || !allowed(user, 'read:draft-plan', { areaId: p.areaId })) return null
  const change = p.proposedChange as ProposedChange | null
  if (!change || !isProposableKind(change.kind) || (!change.isNew && !p.targetId)) return null
  const { draft } = await loadDraft(p.areaId)
  const now = ((p.targetId && (await currentFields(change.kind, p.targetId, draft))) || {}) as Record<string, unknown>
  const actionId = change.kind === 'milestones' ? ((change.fields.actionId ?? now.actionId ?? null) as string | null) : null
  const [priorities, organisations, lifeStages, definitions, action] = await Promise.all([
    listDraftPriorities(p.areaId, draft),
    db.organisation.findMany({ select: { id: true, name: true } }),
    db.lifeStage.findMany({ select: { id: true, name: true } }),
    change.fields.definitionId
      ? db.measureDefinition.findMany({ where: { isCore: true, areaId: null }, select: { id: true, name: true } })
      : [],
    actionId ? currentFields('actions', actionId, draft) : null,
  ])
  const names = new Map<string, string>([
    ...priorities.map((x) => [x.id, priorityLabel(x)] as const),
    ...organisations.map((o) => [o.id, o.name] as const),
    ...lifeStages.map((l) => [l.id, l.name] as const),
    ...definitions.map((d) => [d.id, d.name] as const),
  ])
  const labels = FIELD_LABELS[change.kind] as Record<string, string>
  const words = (field: string, value: unknown) => describeValue(field, value, names) ?? 'Not set'
  // In the form's order (stored JSON does not keep it). An addition lists what it sets, a
  // removal what there was; a milestone's action is shown above the table, owners not at all.
  const given = change.remove ? change.basis : change.fields
  const listed = (f: string) =>
    (!change.isNew && !change.remove) || (f !== 'actionId' && f !== 'ownerId' && describeValue(f, given[f]) !== null)
  const shown = (PLAN_FIELDS[change.kind] as readonly string[]).filter((f) => f in given && listed(f))
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
    isNew: Boolean(change.isNew),
    isRemoval: Boolean(change.remove),
    action: (action as ActionPlanFields | null)?.title ?? null,
    why: p.body,
    version: p.version,
    respondedBy: p.respondedBy?.name ?? null,
    respondedAt: p.respondedAt?.toISOString() ?? null,
    rows: shown.map((field) => ({
      label: labels[field] ?? field,
      basis: change.isNew ? '' : words(field, change.basis[field]),
      now: change.isNew ? '' : words(field, now[field]),
      proposed: change.remove ? 'Removed' : words(field, change.fields[field]),
    })),
    canRespond: p.status === 'OPEN' && allowed(user, 'respond:proposal', { areaId: p.areaId }),
  }
}
