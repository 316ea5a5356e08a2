/**
 * Rows of the open datasets (lib/open-data/datasets.ts). Public: no session, published facts
 * only, no personal data. One query per dataset (plus one for source links where shown).
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import { publicCache, publicTags } from '@/lib/data/public/cache'
import type { EntityType } from '@/lib/generated/prisma/enums'
import type { DatasetName, Row } from '@/lib/open-data/datasets'

export type DatasetFilter = { area?: string }

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null)
const pounds = (pence: bigint) => {
  const negative = pence < 0n
  const abs = negative ? -pence : pence
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`
}

/** Source URLs per entity id, space-separated (one query). */
async function sourceUrls(entityType: EntityType, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const db = await getDb()
  const links = await db.factSource.findMany({
    where: { entityType, entityId: { in: ids } },
    orderBy: { source: { url: 'asc' } },
    select: { entityId: true, source: { select: { url: true } } },
  })
  const out = new Map<string, string[]>()
  for (const l of links) {
    const list = out.get(l.entityId) ?? []
    if (!list.includes(l.source.url)) list.push(l.source.url)
    out.set(l.entityId, list)
  }
  return new Map([...out].map(([k, v]) => [k, v.join(' ')]))
}

async function areas(filter: DatasetFilter, siteUrl: string): Promise<Row[]> {
  const db = await getDb()
  const rows = await db.area.findMany({
    where: filter.area ? { slug: filter.area } : {},
    orderBy: { name: 'asc' },
    include: { localAuthorities: { orderBy: { position: 'asc' }, select: { name: true } } },
  })
  return rows.map((a) => ({
    id: a.id,
    slug: a.slug,
    name: a.name,
    region: a.region,
    wave: a.wave,
    announced_on: isoDate(a.announcedOn),
    local_authorities: a.localAuthorities.map((l) => l.name).join('; '),
    smi_rank: a.smiRank,
    smi_rank_of: a.smiRankOf,
    smi_edition: a.smiEdition,
    research_school: a.researchSchool,
    plan_title: a.planTitle,
    plan_published: a.planPublished,
    page_url: `${siteUrl}/areas/${a.slug}`,
  }))
}

async function priorities(filter: DatasetFilter): Promise<Row[]> {
  const db = await getDb()
  const rows = await db.priority.findMany({
    where: filter.area ? { area: { slug: filter.area } } : {},
    orderBy: [{ area: { name: 'asc' } }, { position: 'asc' }],
    select: {
      id: true,
      number: true,
      title: true,
      description: true,
      area: { select: { slug: true } },
      lifeStage: { select: { slug: true, name: true } },
    },
  })
  const urls = await sourceUrls(
    'PRIORITY',
    rows.map((r) => r.id),
  )
  return rows.map((p) => ({
    id: p.id,
    area_slug: p.area.slug,
    number: p.number,
    title: p.title,
    description: p.description,
    life_stage: p.lifeStage?.slug ?? null,
    life_stage_name: p.lifeStage?.name ?? null,
    source_urls: urls.get(p.id) ?? '',
  }))
}

async function measures(filter: DatasetFilter): Promise<Row[]> {
  const db = await getDb()
  const rows = await db.successMeasure.findMany({
    where: filter.area ? { area: { slug: filter.area } } : {},
    orderBy: [{ area: { name: 'asc' } }, { position: 'asc' }],
    select: {
      id: true,
      baselineValue: true,
      baselinePeriod: true,
      baselineNote: true,
      nationalValue: true,
      targetValue: true,
      targetPeriod: true,
      targetNote: true,
      area: { select: { slug: true } },
      priority: { select: { number: true } },
      definition: { select: { name: true, unit: true } },
      values: { orderBy: { periodEnd: 'desc' }, take: 1, select: { value: true, period: true } },
    },
  })
  const urls = await sourceUrls(
    'SUCCESS_MEASURE',
    rows.map((r) => r.id),
  )
  return rows.map((m) => ({
    id: m.id,
    area_slug: m.area.slug,
    priority_number: m.priority?.number ?? null,
    name: m.definition.name,
    unit: m.definition.unit,
    baseline_value: m.baselineValue,
    baseline_period: m.baselinePeriod,
    baseline_note: m.baselineNote,
    national_value: m.nationalValue,
    target_value: m.targetValue,
    target_period: m.targetPeriod,
    target_note: m.targetNote,
    latest_value: m.values[0]?.value ?? null,
    latest_period: m.values[0]?.period ?? null,
    source_urls: urls.get(m.id) ?? '',
  }))
}

async function measureValues(filter: DatasetFilter): Promise<Row[]> {
  const db = await getDb()
  const rows = await db.measureValue.findMany({
    where: filter.area ? { successMeasure: { area: { slug: filter.area } } } : {},
    orderBy: [{ successMeasureId: 'asc' }, { periodEnd: 'asc' }],
    select: {
      id: true,
      successMeasureId: true,
      period: true,
      periodEnd: true,
      value: true,
      isProvisional: true,
      localInsight: true,
      isDemo: true,
      successMeasure: { select: { area: { select: { slug: true } } } },
    },
  })
  return rows.map((v) => ({
    id: v.id,
    measure_id: v.successMeasureId,
    area_slug: v.successMeasure.area.slug,
    period: v.period,
    period_end: isoDate(v.periodEnd),
    value: v.value,
    provisional: v.isProvisional,
    local_insight: v.localInsight,
    is_demo: v.isDemo,
  }))
}

async function actions(filter: DatasetFilter): Promise<Row[]> {
  const db = await getDb()
  const rows = await db.action.findMany({
    where: filter.area ? { area: { slug: filter.area } } : {},
    orderBy: [{ area: { name: 'asc' } }, { dueOn: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      title: true,
      status: true,
      progressPercent: true,
      startsOn: true,
      dueOn: true,
      isDemo: true,
      area: { select: { slug: true } },
      priority: { select: { number: true } },
    },
  })
  return rows.map((a) => ({
    id: a.id,
    area_slug: a.area.slug,
    priority_number: a.priority?.number ?? null,
    title: a.title,
    status: a.status,
    progress_percent: a.progressPercent,
    starts_on: isoDate(a.startsOn),
    due_on: isoDate(a.dueOn),
    is_demo: a.isDemo,
  }))
}

async function allocations(filter: DatasetFilter) {
  const db = await getDb()
  return db.allocation.findMany({
    where: filter.area ? { area: { slug: filter.area } } : {},
    orderBy: [{ area: { name: 'asc' } }, { stream: { name: 'asc' } }, { period: 'asc' }, { label: 'asc' }],
    select: {
      id: true,
      period: true,
      label: true,
      kind: true,
      qualifier: true,
      amountPence: true,
      awardedOn: true,
      isDemo: true,
      area: { select: { slug: true, name: true } },
      stream: { select: { name: true, funder: true } },
      // Fictional demo spend is never counted into a real figure.
      spend: { where: { isDemo: false }, select: { amountPence: true } },
    },
  })
}

async function funding(filter: DatasetFilter): Promise<Row[]> {
  const rows = await allocations(filter)
  const urls = await sourceUrls(
    'ALLOCATION',
    rows.map((r) => r.id),
  )
  return rows.map((a) => {
    const spent = a.spend.length ? a.spend.reduce((sum, s) => sum + s.amountPence, 0n) : null
    return {
      id: a.id,
      area_slug: a.area.slug,
      stream: a.stream.name,
      period: a.period,
      label: a.label,
      kind: a.kind,
      qualifier: a.qualifier,
      amount_pounds: pounds(a.amountPence),
      amount_pence: Number(a.amountPence),
      spent_pounds: spent === null ? null : pounds(spent),
      spent_pence: spent === null ? null : Number(spent),
      source_urls: urls.get(a.id) ?? '',
      is_demo: a.isDemo,
    }
  })
}

/** Allocations in the 360Giving data standard's column names (reported totals are not grants). */
async function grants(filter: DatasetFilter): Promise<Row[]> {
  const rows = (await allocations(filter)).filter((a) => a.kind === 'ALLOCATION' && !a.isDemo)
  return rows.map((a) => ({
    Identifier: `360G-oaportal-${a.id}`,
    Title: `${a.stream.name}: ${a.area.name} ${a.period}`,
    Description: `${a.label} for the ${a.area.name} Opportunity Area, ${a.period}`,
    Currency: 'GBP',
    'Amount Awarded': Number(a.amountPence) / 100,
    'Award Date': isoDate(a.awardedOn),
    'Planned Dates:Start Date': /^\d{4}/.exec(a.period)?.[0] ?? null,
    'Recipient Org:Identifier': null,
    'Recipient Org:Name': `${a.area.name} Opportunity Area`,
    'Funding Org:Identifier': null,
    'Funding Org:Name': a.stream.funder,
    'Beneficiary Location:Name': a.area.name,
    'Grant Programme:Title': a.stream.name,
  }))
}

async function loadDatasetRows(name: DatasetName, area: string | undefined, siteUrl: string): Promise<Row[]> {
  const filter: DatasetFilter = { area }
  switch (name) {
    case 'areas':
      return areas(filter, siteUrl)
    case 'priorities':
      return priorities(filter)
    case 'measures':
      return measures(filter)
    case 'measure-values':
      return measureValues(filter)
    case 'actions':
      return actions(filter)
    case 'funding':
      return funding(filter)
    case 'grants':
      return grants(filter)
  }
}

/** Rows of an open dataset, whole or for one area; `siteUrl` makes the page links absolute. */
export const datasetRows = publicCache('datasetRows', loadDatasetRows, (_name, area) => (area ? [publicTags.area(area)] : []))

export const areaExists = publicCache('areaExists', async (slug: string): Promise<boolean> => {
  const db = await getDb()
  return (await db.area.count({ where: { slug } })) > 0
})
