/**
 * The plan fields that go through draft and approval, per kind of entity, with the words the
 * editing pages, the change log and the version diff use for them. Safe in the browser.
 */

export const ORIGINS = ['LOCAL_PARTNER', 'CHAIR', 'DFE_DELIVERY_TEAM', 'NATIONAL_POLICY'] as const
export const ORIGIN_LABELS: Record<(typeof ORIGINS)[number], string> = {
  LOCAL_PARTNER: 'A local partner',
  CHAIR: 'The board’s chair',
  DFE_DELIVERY_TEAM: 'The DfE delivery team',
  NATIONAL_POLICY: 'National policy',
}

export const UNITS = ['PERCENT', 'PERCENTAGE_POINTS', 'COUNT', 'SCORE', 'RATE_PER_1000', 'GBP'] as const
export const UNIT_LABELS: Record<(typeof UNITS)[number], string> = {
  PERCENT: 'Per cent',
  PERCENTAGE_POINTS: 'Percentage points',
  COUNT: 'Count',
  SCORE: 'Score',
  RATE_PER_1000: 'Rate per 1,000',
  GBP: 'Pounds',
}

export const POLARITIES = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const
export const POLARITY_LABELS: Record<(typeof POLARITIES)[number], string> = {
  HIGHER_IS_BETTER: 'Higher is better',
  LOWER_IS_BETTER: 'Lower is better',
}

export const LEGACY_STATUSES = ['MAINSTREAMED', 'CONTINUING_LOCAL_FUNDING', 'ENDING'] as const
export const LEGACY_LABELS: Record<(typeof LEGACY_STATUSES)[number], string> = {
  MAINSTREAMED: 'Mainstreamed into local services',
  CONTINUING_LOCAL_FUNDING: 'Continuing with local funding',
  ENDING: 'Ending',
}

export const EVIDENCE_STRENGTHS = ['VERY_LIMITED', 'LIMITED', 'MODERATE', 'STRONG', 'VERY_STRONG'] as const
export const EVIDENCE_LABELS: Record<(typeof EVIDENCE_STRENGTHS)[number], string> = {
  VERY_LIMITED: 'Very limited',
  LIMITED: 'Limited',
  MODERATE: 'Moderate',
  STRONG: 'Strong',
  VERY_STRONG: 'Very strong',
}

/** An action's plan fields (dates as yyyy-mm-dd). */
export type ActionPlanFields = {
  priorityId: string | null
  title: string
  description: string | null
  leadOrganisationId: string | null
  ownerId: string | null
  startsOn: string | null
  dueOn: string | null
  evidenceStrand: string | null
  evidenceStrength: (typeof EVIDENCE_STRENGTHS)[number] | null
  legacyStatus: (typeof LEGACY_STATUSES)[number] | null
}

export type PriorityPlanFields = {
  lifeStageId: string | null
  title: string
  description: string | null
  origin: (typeof ORIGINS)[number] | null
  /** Where the priority comes in the plan: 1 is first. */
  position: number
}

export type TrajectoryPoint = { period: string; value: number }

/**
 * A success measure's targets, and its definition's words when the definition is local to the
 * area (a national core definition is shared by every area and is not edited here).
 */
export type MeasurePlanFields = {
  priorityId: string | null
  /** The national core definition it uses; null when it has a local definition of its own. Set when added. */
  definitionId: string | null
  name: string
  unit: (typeof UNITS)[number]
  polarity: (typeof POLARITIES)[number]
  dataSource: string | null
  frequency: string | null
  baselineValue: number | null
  baselinePeriod: string | null
  baselineNote: string | null
  trajectory: TrajectoryPoint[]
  targetValue: number | null
  targetPeriod: string | null
  targetNote: string | null
}

/** A milestone of an action (dates as yyyy-mm-dd). */
export type MilestonePlanFields = {
  actionId: string
  title: string
  dueOn: string
  completedOn: string | null
}

export type DraftKind = 'actions' | 'priorities' | 'measures' | 'milestones'
export type FieldsOf<K extends DraftKind> = {
  actions: ActionPlanFields
  priorities: PriorityPlanFields
  measures: MeasurePlanFields
  milestones: MilestonePlanFields
}[K]

export const ACTION_PLAN_FIELDS = [
  'priorityId',
  'title',
  'description',
  'leadOrganisationId',
  'ownerId',
  'startsOn',
  'dueOn',
  'evidenceStrand',
  'evidenceStrength',
  'legacyStatus',
] as const satisfies readonly (keyof ActionPlanFields)[]

export const PRIORITY_PLAN_FIELDS = [
  'lifeStageId',
  'title',
  'description',
  'origin',
  'position',
] as const satisfies readonly (keyof PriorityPlanFields)[]

export const MEASURE_DEFINITION_FIELDS = [
  'name',
  'unit',
  'polarity',
  'dataSource',
  'frequency',
] as const satisfies readonly (keyof MeasurePlanFields)[]

export const MEASURE_PLAN_FIELDS = [
  'priorityId',
  'definitionId',
  ...MEASURE_DEFINITION_FIELDS,
  'baselineValue',
  'baselinePeriod',
  'baselineNote',
  'trajectory',
  'targetValue',
  'targetPeriod',
  'targetNote',
] as const satisfies readonly (keyof MeasurePlanFields)[]

export const MILESTONE_PLAN_FIELDS = [
  'actionId',
  'title',
  'dueOn',
  'completedOn',
] as const satisfies readonly (keyof MilestonePlanFields)[]

export const PLAN_FIELDS = {
  actions: ACTION_PLAN_FIELDS,
  priorities: PRIORITY_PLAN_FIELDS,
  measures: MEASURE_PLAN_FIELDS,
  milestones: MILESTONE_PLAN_FIELDS,
} as const

export const KIND_LABELS: Record<DraftKind, string> = {
  priorities: 'Priority',
  actions: 'Action',
  measures: 'Success measure',
  milestones: 'Milestone',
}

export const FIELD_LABELS: { [K in DraftKind]: Record<keyof FieldsOf<K>, string> } = {
  actions: {
    priorityId: 'Priority',
    title: 'Title',
    description: 'Description',
    leadOrganisationId: 'Lead organisation',
    ownerId: 'Owner',
    startsOn: 'Start date',
    dueOn: 'Due date',
    evidenceStrand: 'Evidence strand',
    evidenceStrength: 'Strength of evidence',
    legacyStatus: 'After the programme funding',
  },
  priorities: {
    lifeStageId: 'Life stage',
    title: 'Title',
    description: 'Description',
    origin: 'Proposed by',
    position: 'Place in the plan',
  },
  measures: {
    priorityId: 'Priority',
    definitionId: 'National core measure',
    name: 'Name',
    unit: 'Unit',
    polarity: 'Which way is better',
    dataSource: 'Data source',
    frequency: 'How often it is published',
    baselineValue: 'Baseline value',
    baselinePeriod: 'Baseline period',
    baselineNote: 'Baseline in words',
    trajectory: 'Trajectory',
    targetValue: 'Target value',
    targetPeriod: 'Target period',
    targetNote: 'Target in words',
  },
  milestones: {
    actionId: 'Action',
    title: 'Title',
    dueOn: 'Due date',
    completedOn: 'Completed on',
  },
}

const ENUM_LABELS: Record<string, Record<string, string>> = {
  origin: ORIGIN_LABELS,
  unit: UNIT_LABELS,
  polarity: POLARITY_LABELS,
  legacyStatus: LEGACY_LABELS,
  evidenceStrength: EVIDENCE_LABELS,
}

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 })

/**
 * A field's value in words; `names` turns ids (priorities, life stages, organisations) into
 * names. Owners are people, so a change of owner is shown without naming them.
 */
export function describeValue(field: string, value: unknown, names: ReadonlyMap<string, string> = new Map()): string | null {
  if (value === null || value === undefined || value === '') return null
  if (field === 'ownerId') return 'someone in the area'
  if (field === 'trajectory') {
    const points = value as TrajectoryPoint[]
    return points.length ? points.map((p) => `${p.period}: ${number.format(p.value)}`).join('; ') : null
  }
  if (typeof value === 'number') return number.format(value)
  const s = String(value)
  if (field.endsWith('Id')) return names.get(s) ?? 'no longer exists'
  if (field === 'startsOn' || field === 'dueOn' || field === 'completedOn') {
    return new Date(`${s}T00:00:00Z`).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' })
  }
  return ENUM_LABELS[field]?.[s] ?? s
}
