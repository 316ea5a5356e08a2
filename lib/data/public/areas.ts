/**
 * Public reads about areas. Public pages read no session, so these functions take none and
 * return only what any visitor may see: published facts, their sources, no contact details.
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import { publicCache, publicTags } from '@/lib/data/public/cache'
import type { ActionStatus as ActionStatusName, EntityType, SourceStatus } from '@/lib/generated/prisma/enums'
import type { AmountQualifierName, UnitName } from '@/lib/format'
import type { ComputedStatus } from '@/lib/measure-status'
import { measureStatus, measureStatusSelect } from '@/lib/data/public/measure-status'

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
  return areas.map(({ _count, announcedOn, ...a }) => ({ ...a, announcedOn: announcedOn.toISOString().slice(0, 10), priorityCount: _count.priorities }))
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
  values: { id: string; period: string; value: number; isProvisional: boolean; localInsight: string | null; isDemo: boolean }[]
  sources: SourceNumbers
}

export type ActionRow = {
  id: string
  title: string
  status: ActionStatusName | null
  progressPercent: number | null
  dueOn: string | null
  isDemo: boolean
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
    sources: SourceNumbers
  }[]
  factSources: Record<string, SourceNumbers>
  sources: SourceEntry[]
}

async function loadAreaProfile(slug: string): Promise<AreaProfile | null> {
  const db = await getDb()
  const area = await db.area.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      region: true,
      areaType: true,
      wave: true,
      announcedOn: true,
      smiRank: true,
      smiRankOf: true,
      smiEdition: true,
      researchSchool: true,
      planTitle: true,
      planPublished: true,
      planUrl: true,
      updatedAt: true,
      localAuthorities: { orderBy: { position: 'asc' }, select: { id: true, name: true, kind: true } },
      board: {
        select: {
          memberships: {
            where: { role: 'CHAIR' },
            orderBy: { createdAt: 'asc' },
            select: { id: true, termLabel: true, person: { select: { name: true, description: true } } },
          },
        },
      },
      priorities: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          number: true,
          title: true,
          description: true,
          lifeStage: { select: { slug: true, name: true, position: true } },
          actions: {
            orderBy: [{ dueOn: 'asc' }, { title: 'asc' }],
            select: { id: true, title: true, status: true, progressPercent: true, dueOn: true, isDemo: true },
          },
        },
      },
      successMeasures: {
        orderBy: { position: 'asc' },
        select: {
          ...measureStatusSelect,
          id: true,
          priorityId: true,
          baselineNote: true,
          nationalValue: true,
          targetNote: true,
          definition: { select: { name: true, unit: true, polarity: true } },
        },
      },
      allocations: {
        where: { isDemo: false },
        orderBy: [{ stream: { name: 'asc' } }, { period: 'asc' }],
        select: { id: true, period: true, label: true, kind: true, amountPence: true, qualifier: true, stream: { select: { name: true } } },
      },
    },
  })
  if (!area) return null

  const memberships = area.board?.memberships ?? []
  const entities: { entityType: EntityType; ids: string[] }[] = [
    { entityType: 'AREA', ids: [area.id] },
    { entityType: 'LOCAL_AUTHORITY', ids: area.localAuthorities.map((l) => l.id) },
    { entityType: 'BOARD_MEMBERSHIP', ids: memberships.map((m) => m.id) },
    { entityType: 'PRIORITY', ids: area.priorities.map((p) => p.id) },
    { entityType: 'SUCCESS_MEASURE', ids: area.successMeasures.map((m) => m.id) },
    { entityType: 'ALLOCATION', ids: area.allocations.map((a) => a.id) },
  ]
  const links = await db.factSource.findMany({
    where: { OR: entities.filter((e) => e.ids.length).map((e) => ({ entityType: e.entityType, entityId: { in: e.ids } })) },
    orderBy: [{ entityType: 'asc' }, { field: 'asc' }],
    select: { entityType: true, entityId: true, field: true, status: true, source: { select: { url: true, publisher: true } } },
  })

  // Number the sources in the order their facts appear on the page.
  const order: EntityType[] = ['AREA', 'LOCAL_AUTHORITY', 'BOARD_MEMBERSHIP', 'PRIORITY', 'SUCCESS_MEASURE', 'ALLOCATION']
  links.sort((a, b) => order.indexOf(a.entityType) - order.indexOf(b.entityType))
  const sources = new Map<string, SourceEntry>()
  const byFact = new Map<string, Set<number>>()
  for (const link of links) {
    let entry = sources.get(link.source.url)
    if (!entry) {
      entry = { number: sources.size + 1, url: link.source.url, publisher: link.source.publisher, statuses: [] }
      sources.set(link.source.url, entry)
    }
    if (!entry.statuses.includes(link.status)) entry.statuses.push(link.status)
    const key = link.entityType === 'AREA' ? `area:${link.field}` : link.entityType === 'LOCAL_AUTHORITY' ? 'area:localAuthorities' : link.entityId
    const set = byFact.get(key) ?? new Set<number>()
    set.add(entry.number)
    byFact.set(key, set)
  }
  const numbers = (key: string): SourceNumbers => [...(byFact.get(key) ?? [])].sort((a, b) => a - b)

  const measureRow = (m: (typeof area.successMeasures)[number]): MeasureRow => ({
    ...measureStatus(m),
    id: m.id,
    name: m.definition.name,
    unit: m.definition.unit,
    baselineValue: m.baselineValue,
    baselinePeriod: m.baselinePeriod,
    baselineNote: m.baselineNote,
    nationalValue: m.nationalValue,
    targetValue: m.targetValue,
    targetPeriod: m.targetPeriod,
    targetNote: m.targetNote,
    sources: numbers(m.id),
  })

  const groups = new Map<string, { position: number; group: LifeStageGroup }>()
  for (const p of area.priorities) {
    const stage = p.lifeStage ?? { slug: 'unclassified', name: 'Not assigned to a life stage', position: 99 }
    const entry = groups.get(stage.slug) ?? { position: stage.position, group: { slug: stage.slug, name: stage.name, priorities: [] } }
    entry.group.priorities.push({
      id: p.id,
      number: p.number,
      title: p.title,
      description: p.description,
      measures: area.successMeasures.filter((m) => m.priorityId === p.id).map(measureRow),
      actions: p.actions.map((a) => ({ ...a, dueOn: a.dueOn ? a.dueOn.toISOString().slice(0, 10) : null })),
      sources: numbers(p.id),
    })
    groups.set(stage.slug, entry)
  }

  const factSources: Record<string, SourceNumbers> = {}
  for (const key of byFact.keys()) if (key.startsWith('area:')) factSources[key.slice(5)] = numbers(key)

  return {
    slug: area.slug,
    name: area.name,
    region: area.region,
    areaType: area.areaType,
    wave: area.wave,
    announcedOn: area.announcedOn.toISOString().slice(0, 10),
    smi: area.smiRank === null ? null : { rank: area.smiRank, of: area.smiRankOf, edition: area.smiEdition },
    researchSchool: area.researchSchool,
    planTitle: area.planTitle,
    planPublished: area.planPublished,
    planUrl: area.planUrl,
    updatedAt: area.updatedAt.toISOString(),
    localAuthorities: area.localAuthorities.map(({ name, kind }) => ({ name, kind })),
    chairs: memberships.map((m) => ({ name: m.person.name, description: m.person.description, termLabel: m.termLabel, sources: numbers(m.id) })),
    lifeStages: [...groups.values()].sort((a, b) => a.position - b.position).map((e) => e.group),
    otherMeasures: area.successMeasures.filter((m) => m.priorityId === null).map(measureRow),
    funding: area.allocations.map((a) => ({
      id: a.id,
      stream: a.stream.name,
      period: a.period,
      label: a.label,
      kind: a.kind,
      amountPence: a.amountPence.toString(),
      qualifier: a.qualifier,
      sources: numbers(a.id),
    })),
    factSources,
    sources: [...sources.values()],
  }
}

export const listAreas = publicCache('listAreas', loadAreaList)

export const getAreaProfile = publicCache('getAreaProfile', loadAreaProfile, (slug) => [publicTags.area(slug)])
