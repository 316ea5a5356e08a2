/**
 * Rows of the open datasets (lib/open-data/datasets.ts). Public: no session, published facts
 * only, no personal data. One query per dataset (plus one for source links where shown).
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import { publicCache, publicTags } from '@/lib/data/public/cache'
import type { DatasetName, Row } from '@/lib/open-data/datasets'
import { funding, fundingEntries, grants } from './open-data-funding'
import { sourceUrls, type DatasetFilter } from './open-data-sources'
import { influenceView } from './influence'
import { LEDGER_KINDS, type Share } from '@/lib/influence'

export type { DatasetFilter }

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null)

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

async function meetings(filter: DatasetFilter, siteUrl: string): Promise<Row[]> {
  const db = await getDb()
  const rows = await db.meeting.findMany({
    where: { isPublic: true, status: { not: 'CANCELLED' }, ...(filter.area ? { board: { area: { slug: filter.area } } } : {}) },
    orderBy: [{ board: { area: { name: 'asc' } } }, { startsAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      title: true,
      startsAt: true,
      isOnline: true,
      location: true,
      minutesPublished: true,
      minutesApprovedAt: true,
      isDemo: true,
      board: { select: { area: { select: { slug: true } } } },
      _count: { select: { agendaItems: { where: { isPrivate: false, status: { in: ['SCHEDULED', 'DISCUSSED'] } } } } },
    },
  })
  return rows.map((m) => ({
    id: m.id,
    area_slug: m.board.area.slug,
    title: m.title,
    starts_at: m.startsAt.toISOString(),
    is_online: m.isOnline,
    // An online meeting's joining details are the board's.
    place: m.isOnline ? null : m.location,
    public_items: m._count.agendaItems,
    minutes_approved_on: m.minutesPublished ? isoDate(m.minutesApprovedAt) : null,
    page_url: `${siteUrl}/areas/${m.board.area.slug}/board`,
    is_demo: m.isDemo,
  }))
}

async function decisions(filter: DatasetFilter): Promise<Row[]> {
  const db = await getDb()
  const rows = await db.decision.findMany({
    where: {
      meeting: { isPublic: true },
      agendaItem: { isPrivate: false },
      ...(filter.area ? { board: { area: { slug: filter.area } } } : {}),
    },
    orderBy: [{ board: { area: { name: 'asc' } } }, { decidedOn: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      meetingId: true,
      summary: true,
      origin: true,
      decidedOn: true,
      isDemo: true,
      agendaItem: { select: { title: true } },
      action: { select: { id: true, title: true } },
      board: { select: { area: { select: { slug: true } } } },
    },
  })
  return rows.map((d) => ({
    id: d.id,
    area_slug: d.board.area.slug,
    meeting_id: d.meetingId ?? '',
    item: d.agendaItem?.title ?? '',
    summary: d.summary,
    origin: d.origin,
    decided_on: isoDate(d.decidedOn),
    action_id: d.action?.id ?? null,
    action_title: d.action?.title ?? null,
    is_demo: d.isDemo,
  }))
}

async function voteResults(filter: DatasetFilter): Promise<Row[]> {
  const db = await getDb()
  const rows = await db.motion.findMany({
    where: {
      status: 'CLOSED',
      ...(filter.area ? { board: { area: { slug: filter.area } } } : {}),
      // A vote on a private meeting's minutes names that meeting: it is the board's business.
      OR: [{ minutesOfMeetingId: null }, { minutesOf: { isPublic: true, status: { not: 'CANCELLED' } } }],
    },
    orderBy: [{ board: { area: { name: 'asc' } } }, { closedAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      boardId: true,
      question: true,
      closedAt: true,
      isSecret: true,
      eligibleCount: true,
      votesFor: true,
      votesAgainst: true,
      abstentions: true,
      quorate: true,
      carried: true,
      isDemo: true,
      board: { select: { area: { select: { slug: true } } } },
      votes: {
        orderBy: { castAt: 'asc' },
        select: {
          choice: true,
          user: {
            select: { person: { select: { name: true, memberships: { select: { boardId: true, listedPublicly: true } } } } },
          },
        },
      },
    },
  })
  return rows.map((m) => ({
    id: m.id,
    area_slug: m.board.area.slug,
    motion: m.question,
    closed_at: m.closedAt?.toISOString() ?? '',
    ballot: m.isSecret ? 'SECRET' : 'NAMED',
    eligible: m.eligibleCount ?? 0,
    votes_for: m.votesFor ?? 0,
    votes_against: m.votesAgainst ?? 0,
    abstentions: m.abstentions ?? 0,
    quorate: m.quorate ?? false,
    carried: m.carried ?? false,
    named_votes: m.isSecret
      ? null
      : m.votes
          .map((v) => {
            const p = v.user.person
            const listed = p?.memberships.some((x) => x.boardId === m.boardId && x.listedPublicly)
            return `${listed && p ? p.name : 'A member'}: ${v.choice}`
          })
          .join('; '),
    is_demo: m.isDemo,
  }))
}

const KIND_CODE = {
  priority: 'PRIORITY',
  agendaItem: 'AGENDA_ITEM',
  decision: 'DECISION',
  proposal: 'ACCEPTED_PROPOSAL',
} as const
const QUARTERS = ['Jan–Mar', 'Apr–Jun', 'Jul–Sep', 'Oct–Dec']
/** "Jan–Mar 2026" → "2026-Q1". */
const quarterCode = (label: string) => {
  const [months, year] = label.split(' ')
  return `${year}-Q${QUARTERS.indexOf(months ?? '') + 1}`
}
const shareRow = (area: string, kind: string, period: string, s: Share): Row => ({
  id: `${area}:${kind}:${period}`,
  area_slug: area,
  kind,
  period,
  local: s.local,
  recorded: s.recorded,
  not_recorded: s.notRecorded,
  local_percent: s.percent,
})

async function localInfluence(filter: DatasetFilter): Promise<Row[]> {
  const view = await influenceView()
  return (view?.areas ?? [])
    .filter((a) => !filter.area || a.slug === filter.area)
    .flatMap(({ slug, ledger }) => [
      shareRow(slug, 'ALL', 'ALL', ledger.all),
      ...LEDGER_KINDS.map((k) => shareRow(slug, KIND_CODE[k], 'ALL', ledger.byKind[k])),
      ...ledger.byQuarter.map((q) => shareRow(slug, 'ALL', quarterCode(q.quarter), q.share)),
    ])
}

async function originCorrections(filter: DatasetFilter): Promise<Row[]> {
  const view = await influenceView()
  return (view?.corrections ?? [])
    .filter((c) => !filter.area || c.area.slug === filter.area)
    .map((c) => ({
      id: c.id,
      area_slug: c.area.slug,
      corrected_at: c.at,
      kind: KIND_CODE[c.kind],
      about: c.label,
      from_origin: c.from,
      to_origin: c.to,
      reason: c.reason,
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
    case 'funding-entries':
      return fundingEntries(filter)
    case 'grants':
      return grants(filter)
    case 'meetings':
      return meetings(filter, siteUrl)
    case 'decisions':
      return decisions(filter)
    case 'vote-results':
      return voteResults(filter)
    case 'local-influence':
      return localInfluence(filter)
    case 'origin-corrections':
      return originCorrections(filter)
  }
}

/** Rows of an open dataset, whole or for one area; `siteUrl` makes the page links absolute. */
export const datasetRows = publicCache('datasetRows', loadDatasetRows, (_name, area) => (area ? [publicTags.area(area)] : []))

export const areaExists = publicCache('areaExists', async (slug: string): Promise<boolean> => {
  const db = await getDb()
  return (await db.area.count({ where: { slug } })) > 0
})
