/**
 * A success measure's definition and targets in the draft plan (delivery teams of its area, and
 * admins): which priority it serves, its baseline, interim trajectory and target, and — for a
 * measure defined locally — its name, unit, polarity, source and frequency. A national core
 * definition is shared by every area, so its words are not edited here (ADR 006).
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import type { PlanVersionStatus } from '@/lib/generated/prisma/enums'
import { AppError } from '@/lib/errors'
import { can, viewerOf } from '@/lib/permissions'
import type { MeasurePlanInput } from '@/lib/validation/measure-plan'
import type { SessionUser } from './auth'
import { liveMeasure, measureFields, measureLiveSelect } from './plan-entities'
import { PURPOSE_PERMISSION, loadDraft, saveDraftEdit, tokenOf, type MeasurePlanFields, type Purpose } from './plan-draft'
import { knownPriority, listDraftPriorities, priorityLabel } from './priority-edit'

export type MeasurePlanForEdit = {
  id: string
  area: { id: string; slug: string; name: string }
  token: string
  fields: MeasurePlanFields
  /** False for a national core measure: its definition is shown, not edited. */
  isLocal: boolean
  drafted: boolean
  draftStatus: PlanVersionStatus | null
  options: { priorities: { id: string; label: string }[] }
}

async function loadEditable(user: SessionUser, id: string, purpose: Purpose = 'edit') {
  const db = await getDb()
  const m = await db.successMeasure.findUnique({
    where: { id },
    select: { ...measureLiveSelect, id: true, areaId: true, area: { select: { id: true, slug: true, name: true } } },
  })
  if (!m || !can(viewerOf(user), PURPOSE_PERMISSION[purpose], { areaId: m.areaId })) return null
  return m
}

/** The measure's definition and targets as the draft has them; null if not editable. */
export async function getMeasurePlanForEdit(user: SessionUser, id: string, purpose: Purpose = 'edit'): Promise<MeasurePlanForEdit | null> {
  const m = await loadEditable(user, id, purpose)
  if (!m) return null
  const { open, draft } = await loadDraft(m.areaId)
  const entry = draft.measures[id]
  const priorities = await listDraftPriorities(m.areaId, draft)
  return {
    id,
    area: m.area,
    token: tokenOf(open?.id, draft, 'measures', id),
    fields: entry?.fields ?? measureFields(m),
    isLocal: m.definition.areaId === m.areaId,
    drafted: Boolean(entry),
    draftStatus: open?.status ?? null,
    options: { priorities: priorities.map((p) => ({ id: p.id, label: priorityLabel(p) })) },
  }
}

/** Saves the measure's definition and targets into the area's draft. */
export async function saveMeasurePlan(user: SessionUser, id: string, input: MeasurePlanInput): Promise<void> {
  const m = await loadEditable(user, id)
  if (!m) throw new AppError('NOT_FOUND', { message: `measure ${id} not found or not editable by user ${user.id}` })
  if (input.priorityId && !(await knownPriority(m.areaId, input.priorityId))) {
    throw new AppError('INVALID_INPUT', { userMessage: 'Choose the priority from the list' })
  }
  const { token, ...fields } = input
  const live = measureFields(m)
  const isLocal = m.definition.areaId === m.areaId
  await saveDraftEdit(user, {
    kind: 'measures',
    id,
    areaId: m.areaId,
    token,
    // A national definition keeps its words whatever the form sent.
    fields: isLocal
      ? fields
      : { ...fields, name: live.name, unit: live.unit, polarity: live.polarity, dataSource: live.dataSource, frequency: live.frequency },
    loadLive: (tx) => liveMeasure(tx, id),
    entityType: 'SUCCESS_MEASURE',
    what: 'success measure',
  })
}
