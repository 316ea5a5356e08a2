/**
 * An area's public profile, read for its page: the area, its board's chairs, priorities by
 * life stage with their measures and actions, funding, and every fact's numbered sources.
 * Cached by lib/data/public/areas.ts (getAreaProfile).
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { EntityType } from '@/lib/generated/prisma/enums'
import type { AreaProfile, LifeStageGroup, MeasureRow, SourceEntry, SourceNumbers } from '@/lib/data/public/areas'
import { measureStatus, measureStatusSelect } from '@/lib/data/public/measure-status'
import { fundingPicture } from '@/lib/data/funding/picture'
import { formatDate } from '@/lib/format'

/** What an area's public page reads, in one query. */
const profileSelect = {
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
        // Only chairs named with their agreement or by a source; fictional demo chairs stay on the board page.
        where: { role: 'CHAIR', listedPublicly: true, isDemo: false },
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          termLabel: true,
          startsOn: true,
          endsOn: true,
          person: { select: { name: true, description: true } },
        },
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
        select: {
          id: true,
          title: true,
          status: true,
          progressPercent: true,
          dueOn: true,
          isDemo: true,
          // The board decisions that added it, where the public may read them (a public item of a public meeting).
          decisions: {
            where: { meeting: { isPublic: true }, agendaItem: { isPrivate: false } },
            orderBy: { decidedOn: 'asc' },
            select: { decidedOn: true, meetingId: true },
          },
        },
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
  // Published allocations only (seeded from sources, or by a funding return), at their newest
  // published revision.
  allocations: {
    where: { publishedAt: { not: null }, withdrawalPublishedAt: null },
    orderBy: [{ isDemo: 'asc' }, { stream: { name: 'asc' } }, { period: 'asc' }],
    select: {
      id: true,
      period: true,
      label: true,
      kind: true,
      amountPence: true,
      qualifier: true,
      isDemo: true,
      stream: { select: { name: true } },
      revisions: {
        where: { publishedAt: { not: null } },
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: { amountPence: true, qualifier: true },
      },
    },
  },
  fundingReturns: { orderBy: { signedOffAt: 'desc' }, select: { asAt: true, isDemo: true } },
} satisfies Prisma.AreaSelect

type ProfileRow = Prisma.AreaGetPayload<{ select: typeof profileSelect }>
type Numbers = (key: string) => SourceNumbers

/**
 * The area's sources, numbered in the order their facts appear on the page, and each fact's
 * numbers: `area:<field>` for the area's own facts, an entity's id for the rest.
 */
async function numberSources(area: ProfileRow) {
  const db = await getDb()
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
    const key =
      link.entityType === 'AREA'
        ? `area:${link.field}`
        : link.entityType === 'LOCAL_AUTHORITY'
          ? 'area:localAuthorities'
          : link.entityId
    const set = byFact.get(key) ?? new Set<number>()
    set.add(entry.number)
    byFact.set(key, set)
  }
  const numbers: Numbers = (key) => [...(byFact.get(key) ?? [])].sort((a, b) => a - b)
  const factSources: Record<string, SourceNumbers> = {}
  for (const key of byFact.keys()) if (key.startsWith('area:')) factSources[key.slice(5)] = numbers(key)
  return { sources: [...sources.values()], numbers, factSources }
}

/** The priorities grouped by life stage, each with its measures and actions. */
const measureRow = (m: ProfileRow['successMeasures'][number], numbers: Numbers): MeasureRow => ({
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

function lifeStageGroups(area: ProfileRow, numbers: Numbers): LifeStageGroup[] {
  const groups = new Map<string, { position: number; group: LifeStageGroup }>()
  for (const p of area.priorities) {
    const stage = p.lifeStage ?? { slug: 'unclassified', name: 'Not assigned to a life stage', position: 99 }
    const entry = groups.get(stage.slug) ?? {
      position: stage.position,
      group: { slug: stage.slug, name: stage.name, priorities: [] },
    }
    entry.group.priorities.push({
      id: p.id,
      number: p.number,
      title: p.title,
      description: p.description,
      measures: area.successMeasures.filter((m) => m.priorityId === p.id).map((m) => measureRow(m, numbers)),
      actions: p.actions.map(({ decisions, ...a }) => ({
        ...a,
        dueOn: a.dueOn ? a.dueOn.toISOString().slice(0, 10) : null,
        decidedBy: decisions.flatMap((d) => (d.meetingId ? [{ decidedOn: iso(d.decidedOn), meetingId: d.meetingId }] : [])),
      })),
      sources: numbers(p.id),
    })
    groups.set(stage.slug, entry)
  }
  return [...groups.values()].sort((a, b) => a.position - b.position).map((g) => g.group)
}

const iso = (d: Date) => d.toISOString().slice(0, 10)

/** A chair's term: as a source words it, or from the dates the board recorded. */
function termOf(m: { termLabel: string | null; startsOn: Date | null; endsOn: Date | null }): string | null {
  if (m.termLabel) return m.termLabel
  if (m.startsOn && m.endsOn) return `${formatDate(m.startsOn)} to ${formatDate(m.endsOn)}`
  return m.startsOn ? `from ${formatDate(m.startsOn)}` : null
}

export async function loadAreaProfile(slug: string): Promise<AreaProfile | null> {
  const db = await getDb()
  const area = await db.area.findUnique({ where: { slug }, select: profileSelect })
  if (!area) return null
  const memberships = area.board?.memberships ?? []
  // Real and fictional demo money apart: a demo figure is never added to a real one.
  const [{ sources, numbers, factSources }, money, demoMoney] = await Promise.all([
    numberSources(area),
    fundingPicture('public', area.id, { demo: 'exclude' }),
    fundingPicture('public', area.id, { demo: 'only' }),
  ])
  const asAt = (demo: boolean) =>
    area.fundingReturns
      .find((r) => r.isDemo === demo)
      ?.asAt.toISOString()
      .slice(0, 10) ?? null
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
    chairs: memberships.map((m) => ({
      name: m.person.name,
      description: m.person.description,
      termLabel: termOf(m),
      sources: numbers(m.id),
    })),
    lifeStages: lifeStageGroups(area, numbers),
    otherMeasures: area.successMeasures.filter((m) => m.priorityId === null).map((m) => measureRow(m, numbers)),
    funding: area.allocations.map((a) => ({
      id: a.id,
      stream: a.stream.name,
      period: a.period,
      label: a.label,
      kind: a.kind,
      amountPence: (a.revisions[0]?.amountPence ?? a.amountPence).toString(),
      qualifier: a.revisions[0]?.qualifier ?? a.qualifier,
      revised: a.revisions.length > 0,
      isDemo: a.isDemo,
      sources: numbers(a.id),
    })),
    money,
    fundingAsAt: asAt(false),
    demoMoney,
    demoFundingAsAt: asAt(true),
    factSources,
    sources,
  }
}
