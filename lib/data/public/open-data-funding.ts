/**
 * The funding tables of the open data: published figures only (lib/data/funding/figures.ts'
 * public view), money in pence and in pounds without symbols, qualifiers and sources carried.
 * A fictional demo figure is never counted into a real one: demo entries count only towards
 * demo allocations, and every row says whether it is demo.
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import { current, allocationFigureSelect } from '@/lib/data/funding/figures'
import { penceToPounds } from '@/lib/money'
import type { Row } from '@/lib/open-data/datasets'
import { sourceUrls, type DatasetFilter } from './open-data-sources'

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null)
const published = { publishedAt: { not: null }, withdrawalPublishedAt: null }

async function publishedAllocations(filter: DatasetFilter) {
  const db = await getDb()
  const rows = await db.allocation.findMany({
    where: { ...(filter.area ? { area: { slug: filter.area } } : {}), ...published },
    orderBy: [{ area: { name: 'asc' } }, { stream: { name: 'asc' } }, { period: 'asc' }, { label: 'asc' }],
    select: {
      ...allocationFigureSelect('public'),
      awardedOn: true,
      area: { select: { slug: true, name: true } },
      entries: { where: published, select: { kind: true, amountPence: true, isDemo: true } },
    },
  })
  return rows.map((a) => {
    const counted = a.entries.filter((e) => a.isDemo || !e.isDemo)
    const sum = (kind: 'COMMITMENT' | 'SPEND') => {
      const of = counted.filter((e) => e.kind === kind)
      return of.length ? of.reduce((s, e) => s + e.amountPence, 0n) : null
    }
    return { ...current(a), area: a.area, awardedOn: a.awardedOn, committed: sum('COMMITMENT'), spent: sum('SPEND') }
  })
}

const money = (prefix: string, pence: bigint | null) => ({
  [`${prefix}_pounds`]: pence === null ? null : penceToPounds(pence),
  [`${prefix}_pence`]: pence === null ? null : Number(pence),
})

export async function funding(filter: DatasetFilter): Promise<Row[]> {
  const rows = await publishedAllocations(filter)
  const urls = await sourceUrls(
    'ALLOCATION',
    rows.map((r) => r.id),
  )
  return rows.map((a) => ({
    id: a.id,
    area_slug: a.area.slug,
    stream: a.stream.name,
    period: a.period,
    label: a.label,
    kind: a.kind,
    qualifier: a.qualifier,
    status: a.status,
    revised: a.revised,
    ...money('amount', a.amountPence),
    ...money('committed', a.committed),
    ...money('spent', a.spent),
    decision: a.decision,
    source_urls: urls.get(a.id) ?? '',
    is_demo: a.isDemo,
  }))
}

/** Published commitments and payments, one row each. */
export async function fundingEntries(filter: DatasetFilter): Promise<Row[]> {
  const db = await getDb()
  const rows = await db.fundingEntry.findMany({
    where: { ...(filter.area ? { area: { slug: filter.area } } : {}), ...published },
    orderBy: [{ area: { name: 'asc' } }, { occurredOn: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      kind: true,
      amountPence: true,
      occurredOn: true,
      organisation: true,
      description: true,
      evidenceUrl: true,
      isDemo: true,
      allocationId: true,
      actionId: true,
      area: { select: { slug: true } },
      action: { select: { title: true } },
      fundingReturn: { select: { asAt: true } },
    },
  })
  return rows.map((e) => ({
    id: e.id,
    area_slug: e.area.slug,
    kind: e.kind,
    date: isoDate(e.occurredOn),
    ...money('amount', e.amountPence),
    organisation: e.organisation,
    description: e.description,
    action_id: e.actionId,
    action_title: e.action.title,
    allocation_id: e.allocationId,
    evidence_url: e.evidenceUrl,
    figures_as_at: isoDate(e.fundingReturn?.asAt ?? null),
    is_demo: e.isDemo,
  }))
}

/** Allocations in the 360Giving data standard's column names (reported totals are not grants; demo rows never). */
export async function grants(filter: DatasetFilter): Promise<Row[]> {
  const rows = (await publishedAllocations(filter)).filter((a) => a.kind === 'ALLOCATION' && !a.isDemo)
  const urls = await sourceUrls(
    'ALLOCATION',
    rows.map((r) => r.id),
  )
  return rows.map((a) => ({
    Identifier: `360G-oaportal-${a.id}`,
    Title: `${a.stream.name}: ${a.area.name} ${a.period}`,
    Description: `${a.label} for the ${a.area.name} Opportunity Area, ${a.period}`,
    Currency: 'GBP',
    // Numbers, as the 360Giving schema types them; exact to the penny (two decimals of pounds).
    'Amount Awarded': Number(penceToPounds(a.amountPence)),
    'Amount Qualifier': a.qualifier === 'EXACT' ? null : a.qualifier,
    'Award Date': isoDate(a.awardedOn),
    'Planned Dates:Start Date': isoDate(a.startsOn) ?? /^\d{4}/.exec(a.period)?.[0] ?? null,
    'Planned Dates:End Date': isoDate(a.endsOn),
    'Recipient Org:Identifier': null,
    'Recipient Org:Name': `${a.area.name} Opportunity Area`,
    'Funding Org:Identifier': null,
    'Funding Org:Name': a.stream.funder,
    'Beneficiary Location:Name': a.area.name,
    'Grant Programme:Title': a.stream.name,
    'Amount Committed': a.committed === null ? null : Number(penceToPounds(a.committed)),
    'Amount Disbursed': a.spent === null ? null : Number(penceToPounds(a.spent)),
    'Source URLs': urls.get(a.id) ?? '',
  }))
}
