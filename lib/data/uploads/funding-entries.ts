/**
 * CSV bulk load of commitments and payments for one area (issue 13): each row is one entry
 * against an action, paid from one of the area's allocations, as "Record a commitment or
 * payment" records one at a time. Checked and applied by the shared CSV shape (csv-kind), all
 * or nothing. The warnings the form asks to confirm (spend over commitment, money over the
 * allocation, a date outside its period) are worked out row by row, with the file's earlier
 * rows counted, and shown in the preview: saving after the preview is the confirmation.
 */
import 'server-only'
import { authorize } from '@/lib/data/guard'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { formatDate, formatPence } from '@/lib/format'
import { fundingWarnings, NO_MONEY, type Totals } from '@/lib/funding-totals'
import { parseMoney } from '@/lib/money'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { recordAudits } from '@/lib/data/audit'
import { loadFigures } from '@/lib/data/funding/figures'
import { lockLiveAllocations } from '@/lib/data/funding/entries'
import { type CsvKind, type CsvRowInput, type Tx } from '@/lib/data/uploads/csv-kind'

export const FUNDING_CSV_COLUMNS = [
  'action_id',
  'action',
  'kind',
  'date',
  'amount',
  'organisation',
  'allocation',
  'description',
  'evidence_url',
] as const
type Column = (typeof FUNDING_CSV_COLUMNS)[number]

export type FundingCsvRow = {
  line: number
  actionId: string
  action: string
  allocationId: string
  allocation: string
  kind: 'COMMITMENT' | 'SPEND'
  occurredOn: Date
  amountPence: bigint
  organisation: string
  description: string | null
  evidenceUrl: string | null
  isDemo: boolean
  warnings: string[]
}

type Running = { action: Map<string, Totals>; allocation: Map<string, Totals> }

async function areaFunding(user: SessionUser, slug: string) {
  const db = await getDb()
  const area = await db.area.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      actions: {
        orderBy: [{ priority: { position: 'asc' } }, { title: 'asc' }],
        select: { id: true, title: true, isDemo: true },
      },
      allocations: {
        where: { withdrawnAt: null, kind: 'ALLOCATION' },
        orderBy: [{ stream: { name: 'asc' } }, { period: 'asc' }],
        select: { id: true, label: true, period: true, startsOn: true, endsOn: true, actionId: true, isDemo: true },
      },
    },
  })
  if (!area) throw new AppError('NOT_FOUND', { message: `area ${slug} not found` })
  authorize(user, 'edit:funding', { areaId: area.id })
  const { totals } = await loadFigures('working', [area.id])
  const name = (a: { label: string; period: string }) => `${a.label} (${a.period})`
  // Two streams may each have "Delivery fund (2025-26)": such a name is refused, the id is not.
  const named = new Map<string, number>()
  for (const a of area.allocations) named.set(name(a).toLowerCase(), (named.get(name(a).toLowerCase()) ?? 0) + 1)
  const ambiguous = new Set([...named].filter(([, n]) => n > 1).map(([k]) => k))
  return {
    ...area,
    actionById: new Map(area.actions.map((a) => [a.id, a])),
    // An allocation is named in the file by its id or by "name (period)", as the template writes it.
    allocationByRef: new Map(
      area.allocations.flatMap((a) => [
        [a.id, a] as const,
        ...(ambiguous.has(name(a).toLowerCase()) ? [] : [[name(a).toLowerCase(), a] as const]),
      ]),
    ),
    ambiguous,
    // The template names each allocation the way the file is read back: by name, or by id where
    // the name is shared.
    refOf: (a: { id: string; label: string; period: string }) => (ambiguous.has(name(a).toLowerCase()) ? a.id : name(a)),
    name,
    running: { action: new Map(totals.byAction), allocation: new Map(totals.byAllocation) } as Running,
  }
}
type Area = Awaited<ReturnType<typeof areaFunding>>

const KINDS: Record<string, 'COMMITMENT' | 'SPEND'> = { commitment: 'COMMITMENT', payment: 'SPEND', spend: 'SPEND' }

/** 2021-03-27 or 27/03/2021 → that day (UTC); null when it is not a real day. */
export function csvDate(text: string): Date | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text)
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : []
  if (!y || !m || !d) return null
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  const real = date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d)
  return real && Number(y) >= 2000 ? date : null
}

function link(text: string): string | null | undefined {
  if (!text) return null
  try {
    const u = new URL(text)
    return u.protocol === 'https:' || u.protocol === 'http:' ? text : undefined
  } catch {
    return undefined
  }
}

/** Adds the row to the running totals and returns the warnings the form would have shown. */
function warn(
  area: Area,
  row: Omit<FundingCsvRow, 'line' | 'warnings'>,
  period: { startsOn: Date | null; endsOn: Date | null; name: string },
) {
  const add = (t: Totals | undefined): Totals => {
    const base = t ?? NO_MONEY
    return {
      ...base,
      committedPence: base.committedPence + (row.kind === 'COMMITMENT' ? row.amountPence : 0n),
      spentPence: base.spentPence + (row.kind === 'SPEND' ? row.amountPence : 0n),
    }
  }
  const action = add(area.running.action.get(row.actionId))
  const allocation = add(area.running.allocation.get(row.allocationId))
  area.running.action.set(row.actionId, action)
  area.running.allocation.set(row.allocationId, allocation)
  return fundingWarnings({
    kind: row.kind,
    action,
    allocation,
    occurredOn: row.occurredOn,
    allocationPeriod: period,
    formatPence,
  })
}

function checkRow(area: Area, { get, problem }: CsvRowInput<Column>): Omit<FundingCsvRow, 'line'> | null {
  const action = area.actionById.get(get('action_id'))
  if (!action) problem('action_id', 'Unknown action: use the ids from this area’s template')
  const kind = KINDS[get('kind').toLowerCase()]
  if (!get('kind')) problem('kind', 'Enter the kind: commitment or payment')
  else if (!kind) problem('kind', 'Enter the kind as commitment or payment')
  const occurredOn = csvDate(get('date'))
  const today = new Date()
  if (!get('date')) problem('date', 'Enter the date')
  else if (!occurredOn) problem('date', 'Enter the date as 2021-03-27 or 27/03/2021')
  else if (occurredOn.getTime() > Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()))
    problem('date', 'The date must be today or in the past')
  const money = parseMoney(get('amount'), 'amount')
  if (!money.ok) problem('amount', money.message)
  const organisation = get('organisation')
  if (!organisation) problem('organisation', 'Enter the provider or recipient')
  else if (organisation.length > 200) problem('organisation', 'The organisation must be 200 characters or fewer')
  const allocation = area.allocationByRef.get(get('allocation')) ?? area.allocationByRef.get(get('allocation').toLowerCase())
  if (!get('allocation')) problem('allocation', 'Enter the allocation it is paid from, as the template names it')
  else if (area.ambiguous.has(get('allocation').toLowerCase()))
    problem('allocation', 'More than one allocation has this name: use its id, as the template gives it')
  else if (!allocation)
    problem('allocation', 'Unknown allocation: use a name from this area’s template, such as “Delivery fund (2025-26)”')
  const description = get('description')
  if (description.length > 1000) problem('description', 'The description must be 1,000 characters or fewer')
  const evidenceUrl = link(get('evidence_url'))
  if (evidenceUrl === undefined) problem('evidence_url', 'Enter the evidence link as a web address starting https://')
  if (
    !action ||
    !kind ||
    !occurredOn ||
    !money.ok ||
    !organisation ||
    organisation.length > 200 ||
    !allocation ||
    evidenceUrl === undefined ||
    description.length > 1000
  )
    return null
  const row = {
    // Money against a fictional action or from a fictional pot is fictional too (entries.ts).
    isDemo: action.isDemo || allocation.isDemo,
    actionId: action.id,
    action: action.title,
    allocationId: allocation.id,
    allocation: area.name(allocation),
    kind,
    occurredOn,
    amountPence: money.pence,
    organisation,
    description: description || null,
    evidenceUrl,
  }
  return {
    ...row,
    warnings: warn(area, row, { startsOn: allocation.startsOn, endsOn: allocation.endsOn, name: allocation.period }),
  }
}

/** The entries in one insert, their audit events in another. */
async function writeEntries(tx: Tx, user: SessionUser, area: Area, rows: FundingCsvRow[]) {
  await lockLiveAllocations(
    tx,
    rows.map((r) => r.allocationId),
  )
  const ids = rows.map(() => crypto.randomUUID())
  await tx.fundingEntry.createMany({
    data: rows.map((r, i) => ({
      id: ids[i],
      areaId: area.id,
      actionId: r.actionId,
      allocationId: r.allocationId,
      kind: r.kind,
      amountPence: r.amountPence,
      occurredOn: r.occurredOn,
      organisation: r.organisation,
      description: r.description,
      evidenceUrl: r.evidenceUrl,
      isDemo: r.isDemo,
      recordedById: user.id,
    })),
  })
  await recordAudits(
    tx,
    rows.map((r, i) => ({
      actor: { id: user.id, label: user.email },
      action: `recorded ${r.kind === 'SPEND' ? 'payment' : 'commitment'} (CSV)`,
      entityType: 'FUNDING_ENTRY' as const,
      entityId: ids[i] as string,
      areaId: area.id,
      after: {
        kind: r.kind,
        action: r.action,
        amount: formatPence(r.amountPence),
        date: formatDate(r.occurredOn),
        organisation: r.organisation,
        ...(r.warnings.length && { savedDespite: r.warnings }),
      },
    })),
  )
}

export const FUNDING_ENTRIES_CSV: CsvKind<Column, Area, FundingCsvRow> = {
  columns: FUNDING_CSV_COLUMNS,
  load: areaFunding,
  // One row per action, with the allocation earmarked for it (or the area's first) filled in.
  template: (area) =>
    area.actions.map((a) => {
      const pot = area.allocations.find((x) => x.actionId === a.id) ?? area.allocations[0]
      return [a.id, a.title, '', '', '', '', pot ? area.refOf(pot) : '', '', '']
    }),
  check: checkRow,
  unique: {
    column: 'amount',
    // The same action, kind, date, amount and organisation twice is almost always a pasted row.
    key: (_area, get) =>
      [get('action_id'), get('kind').toLowerCase(), get('date'), get('amount'), get('organisation'), get('description')].join(
        '|',
      ),
    message: (line) => `This is the same entry as line ${line}: remove one, or say in the description how they differ`,
  },
  preview: {
    headings: ['Action', 'Kind', 'Date', 'Amount', 'Organisation', 'Paid from', 'Check'],
    cells: (r) => [
      r.action,
      r.kind === 'SPEND' ? 'Payment' : 'Commitment',
      formatDate(r.occurredOn),
      formatPence(r.amountPence),
      r.organisation,
      r.allocation,
      r.warnings.join(' ') || 'No warnings',
    ],
  },
  write: writeEntries,
}
