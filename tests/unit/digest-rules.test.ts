/** Which notifications a digest holds, and which period it is for (lib/digest-rules.ts). */
import { describe, expect, it } from 'vitest'
import { digestItems, digestKey, digestPeriod, frequencyOf, type Pending } from '@/lib/digest-rules'

const n = (id: string, kind: Pending['kind'], over: Partial<Pending> = {}): Pending => ({
  id,
  kind,
  readAt: null,
  mailedAt: null,
  ...over,
})

describe('digest contents', () => {
  const at = new Date('2026-12-03T08:00:00Z')
  const all = [
    n('approved', 'PLAN_APPROVED'), // default DAILY
    n('papers-read', 'PAPERS_PUBLISHED', { readAt: at }),
    n('papers-mailed', 'PAPERS_PUBLISHED', { mailedAt: at }),
    n('vote', 'VOTE_OPENED'), // default IMMEDIATE: never in a digest
    n('overdue', 'ACTION_OVERDUE'), // default WEEKLY
  ]

  it('holds the unread, not yet e-mailed notifications of the kinds the user gets at that frequency', () => {
    expect(digestItems('DAILY', all, {}).map((i) => i.id)).toEqual(['approved'])
    expect(digestItems('WEEKLY', all, {}).map((i) => i.id)).toEqual(['overdue'])
  })

  it('follows the user’s own choice over the default, and leaves out kinds they want no e-mail for', () => {
    const chosen = { VOTE_OPENED: 'DAILY', PLAN_APPROVED: 'NEVER', ACTION_OVERDUE: 'DAILY' } as const
    expect(digestItems('DAILY', all, chosen).map((i) => i.id)).toEqual(['vote', 'overdue'])
    expect(digestItems('WEEKLY', all, chosen)).toEqual([])
    expect(frequencyOf('PLAN_APPROVED', chosen)).toBe('NEVER')
    expect(frequencyOf('PLAN_APPROVED', {})).toBe('DAILY')
  })

  it('is empty when everything has been read or mailed, so no digest is sent', () => {
    const done = all.map((x) => ({ ...x, readAt: at }))
    expect(digestItems('DAILY', done, {})).toEqual([])
    expect(digestItems('WEEKLY', done, {})).toEqual([])
  })
})

describe('digest periods', () => {
  it('names a daily digest by its London date, across midnight and summer time', () => {
    expect(digestPeriod('DAILY', new Date('2026-12-03T23:59:00Z'))).toBe('2026-12-03')
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    expect(digestPeriod('DAILY', new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01')
  })

  it('names a weekly digest by the Monday of its London week', () => {
    expect(digestPeriod('WEEKLY', new Date('2026-12-03T10:00:00Z'))).toBe('2026-11-30') // a Thursday
    expect(digestPeriod('WEEKLY', new Date('2026-11-30T00:30:00Z'))).toBe('2026-11-30') // the Monday itself
    expect(digestPeriod('WEEKLY', new Date('2026-12-06T23:00:00Z'))).toBe('2026-11-30') // Sunday night
  })

  it('gives two workers building the same digest the same key, and the next period a new one', () => {
    const a = digestKey('DAILY', 'u1', new Date('2026-12-03T07:00:00Z'))
    expect(digestKey('DAILY', 'u1', new Date('2026-12-03T07:00:05Z'))).toBe(a)
    expect(digestKey('DAILY', 'u1', new Date('2026-12-04T07:00:00Z'))).not.toBe(a)
    expect(digestKey('WEEKLY', 'u1', new Date('2026-12-03T07:00:00Z'))).toBe('digest:weekly:u1:2026-11-30')
  })
})
