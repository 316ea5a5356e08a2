/**
 * The working (draft) delivery plan of an area, for the people who work on it: every priority
 * and action, with what this user may do to each. Read by anyone in the area (read:draft-plan).
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import type { ActionStatus } from '@/lib/generated/prisma/enums'
import { formatMeasure } from '@/lib/format'
import type { ComputedStatus } from '@/lib/measure-status'
import { allowed, areaFor } from '@/lib/data/guard'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { measureStatus, measureStatusSelect } from '@/lib/data/public/measure-status'
import { loadDraft, type DraftChanges } from '@/lib/data/plan/draft'
import { listDraftPriorities } from '@/lib/data/plan/priorities'

export type PlanAction = {
  id: string
  title: string
  status: ActionStatus | null
  progressPercent: number | null
  dueOn: string | null
  owner: string | null
  isDemo: boolean
  /** True when the draft plan changes this action (its draft values are shown). */
  drafted: boolean
  /** True when the draft adds it: its id is a draft id until approval. */
  isNew: boolean
  canEdit: boolean
  canUpdate: boolean
}

export type PlanMeasure = {
  id: string
  name: string
  /** True when the draft changes this measure's definition or targets. */
  drafted: boolean
  /** True when the draft adds it: its id is a draft id until approval. */
  isNew: boolean
  status: ComputedStatus
  latest: string | null
  canEdit: boolean
}

export type WorkingPlan = {
  area: { id: string; slug: string; name: string }
  /** May the user edit this plan (edit:plan)? */
  canEdit: boolean
  /** May the user propose changes to it (create:proposal)? */
  canPropose: boolean
  priorities: {
    /** A draft id for a priority the draft adds; null for the group of unlinked actions. */
    id: string | null
    number: number | null
    title: string
    lifeStage: string | null
    drafted: boolean
    isNew: boolean
    actions: PlanAction[]
    measures: PlanMeasure[]
  }[]
}

type Rights = { canEdit: boolean; canUpdate: (ownerId: string | null) => boolean }
type Placed<T> = T & { priorityId: string | null }

async function loadRows(areaId: string) {
  const db = await getDb()
  return Promise.all([
    db.lifeStage.findMany({ select: { id: true, name: true } }),
    db.action.findMany({
      where: { areaId },
      orderBy: [{ dueOn: { sort: 'asc', nulls: 'last' } }, { title: 'asc' }],
      select: {
        id: true,
        priorityId: true,
        title: true,
        status: true,
        progressPercent: true,
        dueOn: true,
        ownerId: true,
        isDemo: true,
        owner: { select: { name: true } },
      },
    }),
    db.successMeasure.findMany({
      where: { areaId },
      orderBy: { position: 'asc' },
      select: {
        ...measureStatusSelect,
        id: true,
        priorityId: true,
        definition: { select: { name: true, unit: true, polarity: true } },
      },
    }),
  ])
}
type Rows = Awaited<ReturnType<typeof loadRows>>

/** Every action as the draft has it, under the priority the draft puts it: published ones, then those the draft adds. */
async function actionRows(actions: Rows[1], draft: DraftChanges, may: Rights): Promise<Placed<PlanAction>[]> {
  const published = actions.map((a): Placed<PlanAction> => {
    const f = draft.actions[a.id]?.fields
    return {
      id: a.id,
      priorityId: f ? f.priorityId : a.priorityId,
      title: f?.title ?? a.title,
      status: a.status,
      progressPercent: a.progressPercent,
      dueOn: f ? (f.dueOn ?? null) : (a.dueOn?.toISOString().slice(0, 10) ?? null),
      drafted: Boolean(f),
      isNew: false,
      owner: a.owner?.name ?? null,
      isDemo: a.isDemo,
      canEdit: may.canEdit,
      canUpdate: may.canUpdate(a.ownerId),
    }
  })
  // Actions the draft adds: no reports yet, so nothing to update or propose until published.
  const added = Object.entries(draft.actions).filter(([, e]) => e.isNew)
  const ownerIds = added.flatMap(([, e]) => (e.fields.ownerId ? [e.fields.ownerId] : []))
  const owners = ownerIds.length
    ? await (await getDb()).user.findMany({ where: { id: { in: ownerIds } }, select: { id: true, name: true } })
    : []
  const addedRows = added.map(([id, e]): Placed<PlanAction> => ({
    id,
    priorityId: e.fields.priorityId,
    title: e.fields.title,
    status: null,
    progressPercent: null,
    dueOn: e.fields.dueOn,
    drafted: true,
    isNew: true,
    owner: owners.find((u) => u.id === e.fields.ownerId)?.name ?? null,
    isDemo: false,
    canEdit: may.canEdit,
    canUpdate: false,
  }))
  return [...published, ...addedRows]
}

/** Every success measure as the draft has it, with its status; those the draft adds have no values yet. */
function measureRows(measures: Rows[2], draft: DraftChanges, may: Rights): Placed<PlanMeasure>[] {
  const published = measures.map((m): Placed<PlanMeasure> => {
    const s = measureStatus(m)
    return {
      id: m.id,
      priorityId: draft.measures[m.id]?.fields.priorityId ?? m.priorityId,
      name: draft.measures[m.id]?.fields.name ?? m.definition.name,
      drafted: Boolean(draft.measures[m.id]),
      isNew: false,
      status: s.status,
      latest: s.latestValue === null ? null : `${formatMeasure(s.latestValue, m.definition.unit)} (${s.latestPeriod})`,
      canEdit: may.canEdit,
    }
  })
  const added = Object.entries(draft.measures)
    .filter(([, e]) => e.isNew)
    .map(([id, e]): Placed<PlanMeasure> => ({
      id,
      priorityId: e.fields.priorityId,
      name: e.fields.name,
      drafted: true,
      isNew: true,
      status: e.fields.baselineValue !== null && e.fields.targetValue !== null ? 'TOO_EARLY' : 'NO_TARGET',
      latest: null,
      canEdit: may.canEdit,
    }))
  return [...published, ...added]
}

/** Null when the area does not exist or the user may not read its draft plan. */
export async function getWorkingPlan(user: SessionUser, slug: string): Promise<WorkingPlan | null> {
  const area = await areaFor(user, slug, 'read:draft-plan')
  if (!area) return null
  const [{ draft }, [lifeStages, actions, measures]] = await Promise.all([loadDraft(area.id), loadRows(area.id)])
  const may: Rights = {
    canEdit: allowed(user, 'edit:plan', { areaId: area.id }),
    canUpdate: (ownerId) => allowed(user, 'post:action-update', { areaId: area.id, ownerId }),
  }
  const priorities = await listDraftPriorities(area.id, draft)
  const [allActions, allMeasures] = [await actionRows(actions, draft, may), measureRows(measures, draft, may)]
  const stageName = new Map(lifeStages.map((l) => [l.id, l.name]))
  const known = new Set(priorities.map((p) => p.id))
  const under = <T extends { priorityId: string | null }>(rows: T[], id: string) => rows.filter((r) => r.priorityId === id)
  const unlinked = allActions.filter((a) => !known.has(a.priorityId ?? ''))
  const unlinkedMeasures = allMeasures.filter((m) => !known.has(m.priorityId ?? ''))
  return {
    area,
    canEdit: may.canEdit,
    canPropose: allowed(user, 'create:proposal', { areaId: area.id }),
    priorities: [
      ...priorities.map((p) => ({
        id: p.id,
        number: p.number,
        title: p.title,
        lifeStage: (p.lifeStageId && stageName.get(p.lifeStageId)) ?? null,
        drafted: p.drafted,
        isNew: p.isNew,
        actions: under(allActions, p.id),
        measures: under(allMeasures, p.id),
      })),
      ...(unlinked.length || unlinkedMeasures.length
        ? [
            {
              id: null,
              number: null,
              title: 'Not linked to a priority',
              lifeStage: null,
              drafted: false,
              isNew: false,
              actions: unlinked,
              measures: unlinkedMeasures,
            },
          ]
        : []),
    ],
  }
}
