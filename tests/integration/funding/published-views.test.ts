/**
 * Once a funding return is signed off, every public view of an area's money says the same:
 * the area page, the cross-area comparison, the programme's line of sight, the funding and entries datasets (CSV, JSON and
 * API share them) and the 360Giving export — and none of it shows before the sign-off.
 */
import { describe, expect, it } from 'vitest'
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import { addAllocation } from '@/lib/data/funding/allocations'
import { recordEntry } from '@/lib/data/funding/entries'
import { pendingChanges, signOffFundingReturn } from '@/lib/data/funding/returns'
import { getAreaProfile } from '@/lib/data/public/areas'
import { compareFunding } from '@/lib/data/public/compare'
import { datasetRows } from '@/lib/data/public/open-data'
import { getProgrammeFunding } from '@/lib/data/public/programme-funding'
import { runSeed } from '@/prisma/seed/run'
import { db } from '../../setup/test-db'
import { allocationInput, day, entryInput } from './setup'

async function signedIn(email: string): Promise<SessionUser> {
  const user = await db().prisma.user.findUniqueOrThrow({ where: { email } })
  return (await findSessionUser(user.id, user.sessionVersion)) as SessionUser
}

describe('published funding, every public view', () => {
  it('shows the same totals on the area page, /compare, the datasets and the 360Giving export, and only after sign-off', async () => {
    await runSeed(db().prisma, { demo: false, devAccounts: true })
    const team = await signedIn('delivery.derby@example.org')
    const chair = await signedIn('chair.derby@example.org')
    const stream = await db().prisma.fundingStream.findUniqueOrThrow({ where: { slug: 'oa-programme' } })
    const action = await db().prisma.action.create({
      data: {
        areaId: (await db().prisma.area.findUniqueOrThrow({ where: { slug: 'derby' } })).id,
        title: 'Speech and language support',
      },
    })
    const a = await addAllocation(
      team,
      'derby',
      allocationInput(stream.id, { amount: 25_000_050n, earmark: { priorityId: null, actionId: action.id } }),
    )
    await recordEntry(team, 'derby', entryInput(action.id, a.id, { amount: 10_000_000n }))
    await recordEntry(
      team,
      'derby',
      entryInput(action.id, a.id, { kind: 'SPEND', amount: 3_333_333n, occurredOn: day('2025-06-30') }),
    )
    await recordEntry(
      team,
      'derby',
      entryInput(action.id, a.id, { kind: 'SPEND', amount: 1_666_667n, occurredOn: day('2025-09-30') }),
    )

    const before = await getAreaProfile('derby')
    expect(before?.funding).toEqual([])
    expect(before?.money.hasEntries).toBe(false)
    expect((await datasetRows('funding-entries', 'derby', 'http://x')).length).toBe(0)

    const { token } = await pendingChanges(db().prisma, action.areaId)
    await signOffFundingReturn(chair, 'derby', { asAt: day('2025-09-30'), note: null, token })

    const profile = await getAreaProfile('derby')
    expect(profile?.fundingAsAt).toBe('2025-09-30')
    expect(profile?.money.totals).toMatchObject({ allocatedPence: '25000050', committedPence: '10000000', spentPence: '5000000' })
    expect(profile?.money.priorities.flatMap((p) => p.actions).find((x) => x.id === action.id)?.totals.spentPence).toBe('5000000')

    const compare = (await compareFunding()).rows.find((r) => r.area.slug === 'derby')
    expect(compare).toMatchObject({ totalPence: '25000050', committedPence: '10000000', spentPence: '5000000' })

    const programme = await getProgrammeFunding()
    const programmeStream = programme.streams.find((x) => x.slug === 'oa-programme')
    expect(programmeStream?.areas.find((x) => x.slug === 'derby')?.totals).toMatchObject({
      allocatedPence: '25000050',
      committedPence: '10000000',
      spentPence: '5000000',
    })
    expect(programme.latestReturn).toBe('2025-09-30')

    const funding = await datasetRows('funding', 'derby', 'http://x')
    expect(funding).toEqual([
      expect.objectContaining({
        id: a.id,
        amount_pence: 25000050,
        amount_pounds: '250000.50',
        committed_pence: 10000000,
        spent_pence: 5000000,
        spent_pounds: '50000.00',
        is_demo: false,
      }),
    ])
    const entries = await datasetRows('funding-entries', 'derby', 'http://x')
    expect(entries.map((e) => [e.kind, e.amount_pounds, e.figures_as_at])).toEqual([
      ['COMMITMENT', '100000.00', '2025-09-30'],
      ['SPEND', '33333.33', '2025-09-30'],
      ['SPEND', '16666.67', '2025-09-30'],
    ])
    const grants = await datasetRows('grants', 'derby', 'http://x')
    expect(grants).toEqual([
      expect.objectContaining({
        Identifier: `360G-oaportal-${a.id}`,
        Currency: 'GBP',
        'Amount Awarded': 250000.5,
        'Amount Committed': 100000,
        'Amount Disbursed': 50000,
        'Planned Dates:Start Date': '2025-04-01',
        'Planned Dates:End Date': '2026-03-31',
        'Award Date': '2025-03-12',
      }),
    ])
  })
})
