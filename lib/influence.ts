/**
 * The local-influence ledger's arithmetic: of the things a board's plan and meetings are made
 * of, how many began with the area's own people. Pure and unit-tested; safe in the browser.
 *
 * What counts as local: an origin of LOCAL_PARTNER (a board member from the area's schools,
 * colleges, employers, council, voluntary sector…) or CHAIR (the board's own chair). The DfE
 * delivery team and national policy are not local. Rows with no origin recorded (priorities
 * of plans published before origins were kept) are counted apart and left out of the share.
 */
import type { Origin } from '@/lib/generated/prisma/enums'

export const LOCAL_ORIGINS: readonly Origin[] = ['LOCAL_PARTNER', 'CHAIR']
export const isLocal = (o: Origin | null) => o !== null && LOCAL_ORIGINS.includes(o)

export const LEDGER_KINDS = ['priority', 'agendaItem', 'decision', 'proposal'] as const
export type LedgerKind = (typeof LEDGER_KINDS)[number]
export const LEDGER_KIND_LABELS: Record<LedgerKind, string> = {
  priority: 'Priorities of the plan',
  agendaItem: 'Items on public meeting agendas',
  decision: 'Decisions of public meetings',
  proposal: 'Proposals accepted into the plan',
}

export type LedgerRow = { kind: LedgerKind; origin: Origin | null; at: Date }

export type Share = { local: number; recorded: number; notRecorded: number; percent: number | null }

export function shareOf(rows: readonly LedgerRow[]): Share {
  const recorded = rows.filter((r) => r.origin !== null)
  const local = recorded.filter((r) => isLocal(r.origin)).length
  return {
    local,
    recorded: recorded.length,
    notRecorded: rows.length - recorded.length,
    percent: recorded.length === 0 ? null : Math.round((local / recorded.length) * 100),
  }
}

/** "Oct–Dec 2026": calendar quarters, as the programme's evaluation reported by period. */
export function quarterOf(at: Date): string {
  const q = Math.floor(at.getUTCMonth() / 3)
  return `${['Jan–Mar', 'Apr–Jun', 'Jul–Sep', 'Oct–Dec'][q]} ${at.getUTCFullYear()}`
}

const quarterKey = (at: Date) => at.getUTCFullYear() * 4 + Math.floor(at.getUTCMonth() / 3)

export type Ledger = {
  byKind: Record<LedgerKind, Share>
  /** Agenda items, decisions and accepted proposals by the quarter they were made, oldest first. */
  byQuarter: { quarter: string; share: Share }[]
  all: Share
}

export function ledgerOf(rows: readonly LedgerRow[]): Ledger {
  const byKind = Object.fromEntries(LEDGER_KINDS.map((k) => [k, shareOf(rows.filter((r) => r.kind === k))])) as Record<
    LedgerKind,
    Share
  >
  // Priorities are dated by when the plan recorded them, not when they were first thought of,
  // so only the board's own work is put on the time line.
  const dated = rows.filter((r) => r.kind !== 'priority')
  const keys = [...new Set(dated.map((r) => quarterKey(r.at)))].sort((a, b) => a - b)
  const byQuarter = keys.map((k) => {
    const inQuarter = dated.filter((r) => quarterKey(r.at) === k)
    return { quarter: quarterOf(inQuarter[0]!.at), share: shareOf(inQuarter) }
  })
  return { byKind, byQuarter, all: shareOf(rows) }
}
