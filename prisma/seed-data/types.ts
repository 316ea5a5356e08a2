/**
 * Shape of prisma/seed-data/oa-seed.json: the repo-ready facts the seed loads. Produced by
 * scripts/derive-seed-data.ts from the team's sourced fact base; the product never reads that
 * fact base at run time. Every fact carries the sources it was read from and their status tag.
 */

export type SourceStatusTag =
  | 'confirmed'
  | 'confirmed_secondary'
  | 'partial'
  | 'conflict'
  | 'baseline_only'
  | 'role_only'
  | 'not_confirmed'
  | 'background_knowledge_unverified'

export type SourceRef = { url: string; status: SourceStatusTag }

export type Sourced<T> = { value: T; sources: SourceRef[] }

export type LifeStageSlug =
  'early-years' | 'home-learning' | 'school-outcomes' | 'aspirations' | 'sixteen-to-nineteen' | 'post-nineteen'

export type LifeStageSeed = { slug: LifeStageSlug; name: string; description: string; position: number }

export type PrioritySeed = {
  number: number
  title: string
  description: string | null
  /** Our classification of the priority against the six life stages (not a sourced fact). */
  lifeStage: LifeStageSlug
  sources: SourceRef[]
}

export type MeasureUnitSeed = 'PERCENT' | 'PERCENTAGE_POINTS' | 'COUNT'

export type CoreMeasureSeed = { code: string; name: string; unit: MeasureUnitSeed }

export type MeasureSeed = {
  /** The national core measure this local measure maps to (our classification), if any. */
  coreCode: string | null
  priorityNumber: number | null
  name: string
  unit: MeasureUnitSeed
  baselineValue: number | null
  baselinePeriod: string | null
  baselineNote: string | null
  nationalValue: number | null
  targetValue: number | null
  targetPeriod: string | null
  targetNote: string | null
  sources: SourceRef[]
}

export type FundingStreamSlug =
  'oa-programme' | 'essential-life-skills' | 'research-schools' | 'careers-enterprise' | 'tlif' | 'ssif'

export type AllocationSeed = {
  stream: FundingStreamSlug
  period: string
  label: string
  kind: 'ALLOCATION' | 'REPORTED_TOTAL'
  /** Integer pence as a decimal string (JSON has no BigInt). */
  amountPence: string
  qualifier: 'EXACT' | 'APPROXIMATE' | 'UP_TO' | 'OVER' | 'NEARLY'
  sources: SourceRef[]
}

export type ChairSeed = { name: string; description: string | null; termLabel: string | null; sources: SourceRef[] }

export type AreaSeed = {
  slug: string
  name: string
  region: Sourced<string> | null
  areaType: Sourced<string> | null
  wave: Sourced<{ wave: number; announcedOn: string }>
  localAuthorities: Sourced<{ name: string; kind: string | null }[]>
  smi: Sourced<{ rank: number; of: number; edition: string }> | null
  researchSchool: Sourced<string> | null
  planTitle: Sourced<string> | null
  planPublished: Sourced<string> | null
  planUrl: string | null
  priorities: PrioritySeed[]
  measures: MeasureSeed[]
  allocations: AllocationSeed[]
  chairs: ChairSeed[]
}

export type FundingStreamSeed = {
  slug: FundingStreamSlug
  name: string
  funder: string
  description: string
  totalPence: string | null
  totalQualifier: AllocationSeed['qualifier']
  sources: SourceRef[]
}

export type SeedData = {
  derivedFrom: { file: string; compiled: string }
  lifeStages: LifeStageSeed[]
  coreMeasures: CoreMeasureSeed[]
  fundingStreams: FundingStreamSeed[]
  areas: AreaSeed[]
}
