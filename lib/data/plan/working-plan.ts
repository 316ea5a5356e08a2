/**
 * The working (draft) delivery plan of an area, for the people who work on it: every priority
 * and action, with what this user may do to each. Read by anyone in the area (read:draft-plan).
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import type { ActionStatus } from '@/lib/generated/prisma/enums'
import { formatMeasure } from '@/lib/format'
import type { ComputedStatus } from '@/lib/measure-status'
import { can, viewerOf } from '@/lib/permissions'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { measureStatus, measureStatusSelect } from '@/lib/data/public/measure-status'
import { loadDraft } from '@/lib/data/plan/draft'
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

/** Null when the area does not exist or the user may not read its draft plan. */
export async function getWorkingPlan(user: SessionUser, slug: string): Promise<WorkingPlan | null> {
  const db = await getDb()
  const area = await db.area.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } })
  const viewer = viewerOf(user)
  if (!area || !can(viewer, 'read:draft-plan', { areaId: area.id })) return null
  const [{ draft }, lifeStages, actions, measures] = await Promise.all([
    loadDraft(area.id),
    db.lifeStage.findMany({ select: { id: true, name: true } }),
    db.action.findMany({
      where: { areaId: area.id },
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
      where: { areaId: area.id },
      orderBy: { position: 'asc' },
      select: { ...measureStatusSelect, id: true, priorityId: true, definition: { select: { name: true, unit: true, polarity: true } } },
    }),
  ])
  const canEdit = can(viewer, 'edit:plan', { areaId: area.id })
  const canPropose = can(viewer, 'create:proposal', { areaId: area.id })
  const priorities = await listDraftPriorities(area.id, draft)
  const stageName = new Map(lifeStages.map((l) => [l.id, l.name]))
  const row = (a: (typeof actions)[number]): PlanAction => ({
    id: a.id,
    title: draft.actions[a.id]?.fields.title ?? a.title,
    status: a.status,
    progressPercent: a.progressPercent,
    dueOn: draft.actions[a.id] ? draft.actions[a.id]?.fields.dueOn ?? null : (a.dueOn?.toISOString().slice(0, 10) ?? null),
    drafted: Boolean(draft.actions[a.id]),
    isNew: false,
    owner: a.owner?.name ?? null,
    isDemo: a.isDemo,
    canEdit,
    canUpdate: can(viewer, 'post:action-update', { areaId: area.id, ownerId: a.ownerId }),
  })
  const measureRow = (m: (typeof measures)[number]): PlanMeasure => {
    const s = measureStatus(m)
    return {
      id: m.id,
      name: draft.measures[m.id]?.fields.name ?? m.definition.name,
      drafted: Boolean(draft.measures[m.id]),
      isNew: false,
      status: s.status,
      latest: s.latestValue === null ? null : `${formatMeasure(s.latestValue, m.definition.unit)} (${s.latestPeriod})`,
      canEdit,
    }
  }
  // Actions the draft adds: no reports yet, so nothing to update or propose until published.
  const added = Object.entries(draft.actions).filter(([, e]) => e.isNew)
  const addedOwnerIds = added.flatMap(([, e]) => (e.fields.ownerId ? [e.fields.ownerId] : []))
  const addedOwners = addedOwnerIds.length
    ? await db.user.findMany({ where: { id: { in: addedOwnerIds } }, select: { id: true, name: true } })
    : []
  const newRows = added.map(
    ([id, e]): PlanAction & { priorityId: string | null } => ({
      id,
      priorityId: e.fields.priorityId,
      title: e.fields.title,
      status: null,
      progressPercent: null,
      dueOn: e.fields.dueOn,
      drafted: true,
      isNew: true,
      owner: addedOwners.find((u) => u.id === e.fields.ownerId)?.name ?? null,
      isDemo: false,
      canEdit,
      canUpdate: false,
    }),
  )
  const priorityOf = (a: (typeof actions)[number]) => (draft.actions[a.id] ? draft.actions[a.id]?.fields.priorityId : a.priorityId)
  const measurePriorityOf = (m: (typeof measures)[number]) => draft.measures[m.id]?.fields.priorityId ?? m.priorityId
  // Measures the draft adds have no values yet.
  const newMeasures = Object.entries(draft.measures)
    .filter(([, e]) => e.isNew)
    .map(
      ([id, e]): PlanMeasure & { priorityId: string | null } => ({
        id,
        priorityId: e.fields.priorityId,
        name: e.fields.name,
        drafted: true,
        isNew: true,
        status: e.fields.baselineValue !== null && e.fields.targetValue !== null ? 'TOO_EARLY' : 'NO_TARGET',
        latest: null,
        canEdit,
      }),
    )
  const known = new Set(priorities.map((p) => p.id))
  const unlinked = [
    ...actions.filter((a) => !known.has(priorityOf(a) ?? '')).map(row),
    ...newRows.filter((a) => !known.has(a.priorityId ?? '')),
  ]
  const unlinkedMeasures = [
    ...measures.filter((m) => !known.has(measurePriorityOf(m) ?? '')).map(measureRow),
    ...newMeasures.filter((m) => !known.has(m.priorityId ?? '')),
  ]
  return {
    area,
    canEdit,
    canPropose,
    priorities: [
      ...priorities.map((p) => ({
        id: p.id,
        number: p.number,
        title: p.title,
        lifeStage: (p.lifeStageId && stageName.get(p.lifeStageId)) ?? null,
        drafted: p.drafted,
        isNew: p.isNew,
        actions: [...actions.filter((a) => priorityOf(a) === p.id).map(row), ...newRows.filter((a) => a.priorityId === p.id)],
        measures: [...measures.filter((m) => measurePriorityOf(m) === p.id).map(measureRow), ...newMeasures.filter((m) => m.priorityId === p.id)],
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
