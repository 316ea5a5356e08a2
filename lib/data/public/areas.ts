/**
 * Public reads about areas. Public pages read no session, so these functions take none and
 * return only what any visitor may see: published facts, their sources, no contact details.
 */
import 'server-only'
import type { FundingPicture } from '@/lib/data/funding/picture'
import { getDb } from '@/lib/db/client'
import { publicCache, publicTags } from '@/lib/data/public/cache'
import type { ActionStatus as ActionStatusName, SourceStatus } from '@/lib/generated/prisma/enums'
import type { AmountQualifierName, UnitName } from '@/lib/format'
import type { ComputedStatus } from '@/lib/measure-status'

export type AreaSummary = {
  slug: string
  name: string
  region: string | null
  wave: number
  announcedOn: string
  smiRank: number | null
  smiRankOf: number | null
  priorityCount: number
}

async function loadAreaList(): Promise<AreaSummary[]> {
  const db = await getDb()
  const areas = await db.area.findMany({
    orderBy: { name: 'asc' },
    select: {
      slug: true,
      name: true,
      region: true,
      wave: true,
      announcedOn: true,
      smiRank: true,
      smiRankOf: true,
      _count: { select: { priorities: true } },
    },
  })
  return areas.map(({ _count, announcedOn, ...a }) => ({
    ...a,
    announcedOn: announcedOn.toISOString().slice(0, 10),
    priorityCount: _count.priorities,
  }))
}

/** Numbers of the sources (in the page's source list) that support a fact. */
export type SourceNumbers = number[]

export type SourceEntry = { number: number; url: string; publisher: string; statuses: SourceStatus[] }

export type MeasureRow = {
  id: string
  name: string
  unit: UnitName
  baselineValue: number | null
  baselinePeriod: string | null
  baselineNote: string | null
  nationalValue: number | null
  targetValue: number | null
  targetPeriod: string | null
  targetNote: string | null
  latestValue: number | null
  latestPeriod: string | null
  latestIsDemo: boolean
  status: ComputedStatus
  /** True when the status was set by hand (with a reason) instead of computed. */
  statusIsOverride: boolean
  statusOverrideReason: string | null
  /** The newest values (at most RECENT_VALUES), oldest first. */
  values: { id: string; period: string; value: number; isProvisional: boolean; localInsight: string | null; isDemo: boolean }[]
  /** How many values the measure has in all. */
  valueCount: number
  sources: SourceNumbers
}

export type ActionRow = {
  id: string
  title: string
  status: ActionStatusName | null
  progressPercent: number | null
  dueOn: string | null
  isDemo: boolean
  /** The public board decisions that added it: traceable back to the meeting. */
  decidedBy: { decidedOn: string; meetingId: string }[]
}

export type PriorityRow = {
  id: string
  number: number
  title: string
  description: string | null
  measures: MeasureRow[]
  actions: ActionRow[]
  sources: SourceNumbers
}

export type LifeStageGroup = { slug: string; name: string; priorities: PriorityRow[] }

export type AreaProfile = {
  slug: string
  name: string
  region: string | null
  areaType: string | null
  wave: number
  announcedOn: string
  smi: { rank: number; of: number | null; edition: string | null } | null
  researchSchool: string | null
  planTitle: string | null
  planPublished: string | null
  planUrl: string | null
  updatedAt: string
  localAuthorities: { name: string; kind: string | null }[]
  chairs: { name: string; description: string | null; termLabel: string | null; sources: SourceNumbers }[]
  lifeStages: LifeStageGroup[]
  otherMeasures: MeasureRow[]
  funding: {
    id: string
    stream: string
    period: string
    label: string
    kind: 'ALLOCATION' | 'REPORTED_TOTAL'
    amountPence: string
    qualifier: AmountQualifierName
    revised: boolean
    isDemo: boolean
    sources: SourceNumbers
  }[]
  /** Published money by stream, priority and action (lib/data/funding/picture.ts). */
  money: FundingPicture
  /** The date of the latest funding return's figures; null when none has been signed off. */
  fundingAsAt: string | null
  /** The fictional demo data's funding, kept apart from the real figures. */
  demoMoney: FundingPicture
  demoFundingAsAt: string | null
  factSources: Record<string, SourceNumbers>
  sources: SourceEntry[]
}

import { loadAreaProfile } from '@/lib/data/public/area-profile'

export const listAreas = publicCache('listAreas', loadAreaList)

export const getAreaProfile = publicCache('getAreaProfile', loadAreaProfile, (slug) => [publicTags.area(slug)])
