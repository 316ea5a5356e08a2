/**
 * Approval applies a draft to the plan tables (ADR 006): priorities first, so actions and
 * measures moved under a priority the draft adds get its new row's id; actions before
 * milestones, likewise. Returns what changed, field by field, for the version's change log.
 * Used inside the approval's transaction only (and by the chair's preview, rolled back).
 */
import 'server-only'
import type { Prisma } from '@/lib/generated/prisma/client'
import { periodEnd } from '@/lib/measure-status'
import {
  ACTION_PLAN_FIELDS,
  MEASURE_DEFINITION_FIELDS,
  MEASURE_PLAN_FIELDS,
  MILESTONE_PLAN_FIELDS,
  PRIORITY_PLAN_FIELDS,
  type DraftKind,
  type MeasurePlanFields,
} from '@/lib/plan-fields'
import {
  inOrder,
  isDraftId,
  pick,
  sameValue,
  type DraftChanges,
  type PublishedChange,
  type PublishedChanges,
} from '@/lib/data/plan/draft'
import {
  liveAction,
  liveMilestone,
  livePriority,
  MEASURE_TARGET_FIELDS,
  measureFields,
  measureLiveSelect,
} from '@/lib/data/plan/entities'

type Tx = Prisma.TransactionClient

const date = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null)

/** Only the fields that differ, before and after; null when nothing does. */
function difference<F extends object>(fields: readonly (keyof F)[], live: F | null, next: F) {
  const before: Record<string, unknown> = {}
  const after: Record<string, unknown> = {}
  for (const k of fields) {
    if (live && sameValue(live[k], next[k])) continue
    if (live) before[k as string] = live[k]
    after[k as string] = next[k]
  }
  return Object.keys(after).length ? { before, after } : null
}

/**
 * Applies the draft's edits to the plan tables and returns what changed, for the version's
 * change log. Priorities go first, so actions and measures moved under a priority the draft
 * adds get its new row's id; actions before milestones, likewise. Entities deleted since they
 * were drafted are skipped.
 */
export async function applyDraft(tx: Tx, areaId: string, draft: DraftChanges): Promise<PublishedChanges> {
  const realIds = new Map<string, string>()
  const run: Run = {
    tx,
    areaId,
    published: { priorities: {}, actions: {}, milestones: {}, measures: {} },
    realIds,
    real: (id) => (id && isDraftId(id) ? (realIds.get(id) ?? null) : id),
  }
  await applyPriorities(run, draft)
  await applyActions(run, draft)
  await applyMilestones(run, draft)
  await applyMeasures(run, draft)
  await moveComments(tx, areaId, realIds)
  return run.published
}

/** The board's comments on what the draft added follow it to its new row. */
async function moveComments(tx: Tx, areaId: string, realIds: Map<string, string>) {
  if (realIds.size === 0) return
  const commented = await tx.comment.findMany({
    where: { areaId, targetId: { in: [...realIds.keys()] } },
    distinct: ['targetId'],
    select: { targetId: true },
  })
  for (const { targetId } of commented) {
    await tx.comment.updateMany({ where: { areaId, targetId }, data: { targetId: realIds.get(targetId) } })
  }
}

/** One approval's state: the transaction, the rows created so far (draft id → new id) and what changed. */
type Run = {
  tx: Tx
  areaId: string
  published: Record<DraftKind, Record<string, PublishedChange>>
  realIds: Map<string, string>
  /** The row id for a draft id of something created earlier in this approval (ids of published rows pass through). */
  real: (id: string | null) => string | null
}

async function applyPriorities({ tx, areaId, published, realIds }: Run, draft: DraftChanges) {
  let lastNumber = (await tx.priority.aggregate({ where: { areaId }, _max: { number: true } }))._max.number ?? 0
  for (const [id, entry] of inOrder(draft.priorities)) {
    const f = entry.fields
    if (entry.isNew) {
      lastNumber += 1
      const row = await tx.priority.create({ data: { areaId, number: lastNumber, ...f }, select: { id: true } })
      realIds.set(id, row.id)
      published.priorities[row.id] = { title: f.title, added: true, before: {}, after: { ...f } }
      continue
    }
    const live = await livePriority(tx, id)
    const change = live && difference(PRIORITY_PLAN_FIELDS, live, f)
    if (!change) continue
    await tx.priority.update({ where: { id }, data: { ...f, version: { increment: 1 } } })
    published.priorities[id] = { title: f.title, ...change }
  }
}

async function applyActions({ tx, areaId, published, realIds, real }: Run, draft: DraftChanges) {
  for (const [id, entry] of inOrder(draft.actions)) {
    const f = { ...entry.fields, priorityId: real(entry.fields.priorityId) }
    const data = { ...f, startsOn: date(f.startsOn), dueOn: date(f.dueOn) }
    if (entry.isNew) {
      const row = await tx.action.create({ data: { areaId, ...data }, select: { id: true } })
      realIds.set(id, row.id)
      // A board decision that added this action now points at its row (lib/data/board/decisions.ts).
      await tx.decision.updateMany({ where: { draftActionId: id }, data: { actionId: row.id, draftActionId: null } })
      published.actions[row.id] = { title: f.title, added: true, before: {}, after: { ...f } }
      continue
    }
    const live = await liveAction(tx, id)
    const change = live && difference(ACTION_PLAN_FIELDS, live, f)
    if (!change) continue
    await tx.action.update({ where: { id }, data: { ...data, version: { increment: 1 } } })
    published.actions[id] = { title: f.title, ...change }
  }
}

async function applyMilestones({ tx, published, real }: Run, draft: DraftChanges) {
  for (const [id, entry] of inOrder(draft.milestones)) {
    // A milestone of an action the draft adds goes on that action's new row.
    const f = { ...entry.fields, actionId: real(entry.fields.actionId) ?? '' }
    const data = { title: f.title, dueOn: date(f.dueOn) as Date, completedOn: date(f.completedOn) }
    if (entry.isNew) {
      // Its action may have been deleted since: then there is nothing to add it to.
      if (!f.actionId || !(await tx.action.findUnique({ where: { id: f.actionId }, select: { id: true } }))) continue
      const row = await tx.milestone.create({ data: { actionId: f.actionId, ...data }, select: { id: true } })
      published.milestones[row.id] = { title: f.title, added: true, before: {}, after: { ...f } }
      continue
    }
    const live = await liveMilestone(tx, id)
    if (!live) continue
    if (entry.removed) {
      await tx.milestone.delete({ where: { id } })
      published.milestones[id] = { title: live.title, removed: true, before: { ...live }, after: {} }
      continue
    }
    const change = difference(MILESTONE_PLAN_FIELDS, live, f)
    if (!change) continue
    await tx.milestone.update({ where: { id }, data: { ...data, version: { increment: 1 } } })
    published.milestones[id] = { title: f.title, ...change }
  }
}

async function applyMeasures({ tx, areaId, published, real, realIds }: Run, draft: DraftChanges) {
  let lastPosition = (await tx.successMeasure.aggregate({ where: { areaId }, _max: { position: true } }))._max.position ?? -1
  for (const [id, entry] of inOrder(draft.measures)) {
    const f = { ...entry.fields, priorityId: real(entry.fields.priorityId) }
    if (entry.isNew) {
      const { definitionId, name, unit, polarity, dataSource, frequency, trajectory } = f
      const targets = pick(f, MEASURE_TARGET_FIELDS)
      // A national core definition is shared; otherwise the measure gets a local one of its own.
      const defId =
        definitionId ??
        (
          await tx.measureDefinition.create({
            data: { areaId, name, unit, polarity, dataSource, frequency },
            select: { id: true },
          })
        ).id
      lastPosition += 1
      const row = await tx.successMeasure.create({
        data: { areaId, definitionId: defId, ...targets, position: lastPosition },
        select: { id: true },
      })
      realIds.set(id, row.id)
      await tx.trajectoryPoint.createMany({
        data: trajectory.map((p) => ({
          successMeasureId: row.id,
          period: p.period,
          value: p.value,
          periodEnd: periodEnd(p.period) ?? new Date(0),
        })),
      })
      published.measures[row.id] = { title: name, added: true, before: {}, after: { ...f } }
      continue
    }
    const row = await tx.successMeasure.findUnique({ where: { id }, select: { ...measureLiveSelect, definitionId: true } })
    if (!row) continue
    const local = row.definition.areaId === areaId
    // A national definition is shared by all areas: its words stay as they are.
    const live = measureFields(row)
    // The definition a measure uses is fixed once it exists.
    const next: MeasurePlanFields = {
      ...(local ? f : { ...f, ...pick(live, MEASURE_DEFINITION_FIELDS) }),
      definitionId: live.definitionId,
    }
    const change = difference(MEASURE_PLAN_FIELDS, live, next)
    if (!change) continue
    const { name, unit, polarity, dataSource, frequency, trajectory } = next
    const targets = pick(next, MEASURE_TARGET_FIELDS)
    if (local) {
      await tx.measureDefinition.update({
        where: { id: row.definitionId },
        data: { name, unit, polarity, dataSource, frequency, version: { increment: 1 } },
      })
    }
    await tx.successMeasure.update({ where: { id }, data: { ...targets, version: { increment: 1 } } })
    if ('trajectory' in change.after) {
      await tx.trajectoryPoint.deleteMany({ where: { successMeasureId: id } })
      await tx.trajectoryPoint.createMany({
        data: trajectory.map((p) => ({
          successMeasureId: id,
          period: p.period,
          value: p.value,
          periodEnd: periodEnd(p.period) ?? new Date(0),
        })),
      })
    }
    published.measures[id] = { title: name, ...change }
  }
}
