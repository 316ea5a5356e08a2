/** The local-influence ledger's shares (lib/influence.ts). */
import { describe, expect, it } from 'vitest'
import { ledgerOf, quarterOf, shareOf, type LedgerRow } from '@/lib/influence'

const row = (kind: LedgerRow['kind'], origin: LedgerRow['origin'], at = '2026-11-10'): LedgerRow => ({
  kind,
  origin,
  at: new Date(at),
})

describe('local influence', () => {
  it('counts local partners and the chair as local, DfE and national policy not, and leaves unrecorded origins out of the share', () => {
    expect(
      shareOf([
        row('decision', 'LOCAL_PARTNER'),
        row('decision', 'CHAIR'),
        row('decision', 'DFE_DELIVERY_TEAM'),
        row('decision', 'NATIONAL_POLICY'),
        row('decision', null),
      ]),
    ).toEqual({ local: 2, recorded: 4, notRecorded: 1, percent: 50 })
    expect(shareOf([row('priority', null)])).toEqual({ local: 0, recorded: 0, notRecorded: 1, percent: null })
    expect(shareOf([])).toEqual({ local: 0, recorded: 0, notRecorded: 0, percent: null })
  })

  it('puts the board’s work by quarter, oldest first, and keeps priorities off the time line', () => {
    const ledger = ledgerOf([
      row('agendaItem', 'LOCAL_PARTNER', '2026-02-01'),
      row('decision', 'DFE_DELIVERY_TEAM', '2026-03-31'),
      row('proposal', 'LOCAL_PARTNER', '2026-11-30'),
      row('priority', 'NATIONAL_POLICY', '2026-11-01'),
    ])
    expect(ledger.byQuarter).toEqual([
      { quarter: 'Jan–Mar 2026', share: { local: 1, recorded: 2, notRecorded: 0, percent: 50 } },
      { quarter: 'Oct–Dec 2026', share: { local: 1, recorded: 1, notRecorded: 0, percent: 100 } },
    ])
    expect(ledger.byKind.priority).toEqual({ local: 0, recorded: 1, notRecorded: 0, percent: 0 })
    expect(ledger.all).toEqual({ local: 2, recorded: 4, notRecorded: 0, percent: 50 })
  })

  it('names calendar quarters', () => {
    expect(quarterOf(new Date('2026-12-31T23:00:00Z'))).toBe('Oct–Dec 2026')
    expect(quarterOf(new Date('2027-01-01T00:00:00Z'))).toBe('Jan–Mar 2027')
  })
})
