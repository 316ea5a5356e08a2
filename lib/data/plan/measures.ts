/**
 * A success measure's definition and targets in the draft plan (delivery teams of its area, and
 * admins): which priority it serves, its baseline, interim trajectory and target, and — for a
 * measure defined locally — its name, unit, polarity, source and frequency. A national core
 * definition is shared by every area, so its words are not edited here (ADR 006). A measure
 * added in the draft either uses a national core definition or defines a local one.
 */
import 'server-only'
import { saveEntityDraft, startAddition } from '@/lib/data/plan/entity-save'
import { areaFor } from '@/lib/data/guard'
import { getDb } from '@/lib/db/client'
import type { PlanVersionStatus } from '@/lib/generated/prisma/enums'
import { AppError } from '@/lib/errors'
import type { MeasurePlanInput } from '@/lib/validation/measure-plan'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { liveMeasure, measureFields, measureLiveSelect } from '@/lib/data/plan/entities'
import { isDraftId, loadDraft, PURPOSE_PERMISSION, tokenOf, type MeasurePlanFields, type Purpose } from '@/lib/data/plan/draft'
import { loadEditableEntity, type EditableEntity } from '@/lib/data/plan/entity-area'
import { knownPriority, listDraftPriorities, priorityLabel } from '@/lib/data/plan/priorities'

export type MeasurePlanForEdit = {
  /** Empty when adding a measure. */
  id: string
  area: { id: string; slug: string; name: string }
  token: string
  fields: MeasurePlanFields
  /** False for a national core measure: its definition is shown, not edited. */
  isLocal: boolean
  /** True for a measure the draft adds (or is about to). */
  isNew: boolean
  drafted: boolean
  draftStatus: PlanVersionStatus | null
  options: {
    priorities: { id: string; label: string }[]
    /** When adding: the national core definitions to choose from. */
    coreDefinitions: { id: string; label: string }[]
  }
}

const BLANK: MeasurePlanFields = {
  priorityId: null,
  definitionId: null,
  name: '',
  unit: 'PERCENT',
  polarity: 'HIGHER_IS_BETTER',
  dataSource: null,
  frequency: null,
  baselineValue: null,
  baselinePeriod: null,
  baselineNote: null,
  trajectory: [],
  targetValue: null,
  targetPeriod: null,
  targetNote: null,
}

async function formFor(m: EditableEntity): Promise<MeasurePlanForEdit> {
  const db = await getDb()
  const published = m.id && !isDraftId(m.id)
  const [{ open, draft }, live, coreDefinitions] = await Promise.all([
    loadDraft(m.areaId),
    published ? db.successMeasure.findUnique({ where: { id: m.id }, select: measureLiveSelect }) : null,
    published
      ? []
      : db.measureDefinition.findMany({
          where: { isCore: true, areaId: null },
          orderBy: { name: 'asc' },
          select: { id: true, name: true },
        }),
  ])
  const entry = m.id ? draft.measures[m.id] : undefined
  const fields = entry?.fields ?? (live ? measureFields(live) : BLANK)
  const priorities = await listDraftPriorities(m.areaId, draft)
  return {
    id: m.id,
    area: m.area,
    token: m.id ? tokenOf(open?.id, draft, 'measures', m.id) : 'new',
    fields,
    isLocal: live ? live.definition.areaId === m.areaId : fields.definitionId === null,
    isNew: !published,
    drafted: Boolean(entry),
    draftStatus: open?.status ?? null,
    options: {
      priorities: priorities.map((p) => ({ id: p.id, label: priorityLabel(p) })),
      coreDefinitions: coreDefinitions.map((d) => ({ id: d.id, label: d.name })),
    },
  }
}

/** The measure's definition and targets as the draft has them; null if not editable. */
export async function getMeasureForm(
  user: SessionUser,
  id: string,
  purpose: Purpose = 'edit',
): Promise<MeasurePlanForEdit | null> {
  const m = await loadEditableEntity(user, 'measures', id, purpose)
  return m && formFor(m)
}

/** A blank form to add a success measure to the area's plan (or propose one); null if the user may not. */
export async function getNewMeasureForm(
  user: SessionUser,
  parent: { slug: string },
  purpose: Purpose = 'edit',
): Promise<MeasurePlanForEdit | null> {
  const area = await areaFor(user, parent.slug, PURPOSE_PERMISSION[purpose])
  return area && formFor({ id: '', areaId: area.id, area })
}

async function save(user: SessionUser, m: EditableEntity, id: string, token: string, fields: MeasurePlanFields) {
  if (fields.priorityId && !(await knownPriority(m.areaId, fields.priorityId))) {
    throw new AppError('INVALID_INPUT', { userMessage: 'Choose the priority from the list' })
  }
  await saveEntityDraft(user, { kind: 'measures', id, areaId: m.areaId, token, fields })
}

/** Saves the measure's definition and targets into the area's draft. */
export async function editMeasure(user: SessionUser, id: string, input: MeasurePlanInput): Promise<void> {
  const m = await loadEditableEntity(user, 'measures', id, 'edit')
  if (!m) throw new AppError('NOT_FOUND', { message: `measure ${id} not found or not editable by user ${user.id}` })
  const db = await getDb()
  const { draft } = await loadDraft(m.areaId)
  const current = draft.measures[id]?.fields ?? (await liveMeasure(db, id))
  if (!current) throw new AppError('NOT_FOUND', { message: `measure ${id} has gone` })
  const { token, ...fields } = input
  // The definition a measure uses is fixed once chosen, and a national one keeps its words
  // whatever the form sent.
  const words =
    current.definitionId === null
      ? {}
      : {
          name: current.name,
          unit: current.unit,
          polarity: current.polarity,
          dataSource: current.dataSource,
          frequency: current.frequency,
        }
  await save(user, m, id, token, { ...fields, ...words, definitionId: current.definitionId })
}

/** Adds a success measure to the area's draft plan and returns its draft id. */
export async function addMeasure(user: SessionUser, parent: { slug: string }, input: MeasurePlanInput): Promise<string> {
  const { area, id } = await startAddition(user, parent.slug)
  await save(user, { id, areaId: area.id, area }, id, 'new', await withDefinitionWords(input))
  return id
}

/**
 * A new measure's fields with its definition's words: a national core one keeps the words every
 * area shares, whatever the form sent; a choice that is not a core definition is refused.
 */
export async function withDefinitionWords(fields: MeasurePlanFields): Promise<MeasurePlanFields> {
  if (!fields.definitionId) return fields
  const db = await getDb()
  const core = await db.measureDefinition.findFirst({
    where: { id: fields.definitionId, isCore: true, areaId: null },
    select: { name: true, unit: true, polarity: true, dataSource: true, frequency: true },
  })
  if (!core) throw new AppError('INVALID_INPUT', { userMessage: 'Choose the national core measure from the list' })
  return { ...fields, ...core }
}
