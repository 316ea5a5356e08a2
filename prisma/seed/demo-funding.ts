/**
 * Fictional demo funding (issue 13), so a newcomer sees every funding view working: per area
 * two demo allocations (financial years 2024-25 and 2025-26, one revised), and for each demo
 * action a commitment to a fictional provider and payments over the two years — one action
 * over-spent. All published by a demo funding return, except one payment left waiting for the
 * chair's next return. Every row isDemo; providers are named "(fictional)".
 */
import type { Prisma } from '@/lib/generated/prisma/client'
import { createFundingEntry } from '@/tests/factories'

const PROVIDERS = [
  'Harbourside Early Years Trust (fictional)',
  'Northgate Speech and Language Service (fictional)',
  'Riverside Maths Hub (fictional)',
  'Coastline Careers Partnership (fictional)',
  'Hillcrest Family Learning (fictional)',
  'Eastfield Teaching Alliance (fictional)',
]
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d))

type Area = { id: string; slug: string }

export async function loadDemoFunding(db: Prisma.TransactionClient, area: Area, ai: number): Promise<number> {
  const stream = await db.fundingStream.findUnique({ where: { slug: 'oa-programme' }, select: { id: true } })
  const actions = await db.action.findMany({
    where: { areaId: area.id, isDemo: true },
    orderBy: { title: 'asc' },
    select: { id: true },
  })
  if (!stream || actions.length === 0) return 0
  const returned = await db.fundingReturn.create({
    data: {
      areaId: area.id,
      asAt: day(2026, 9, 30),
      note: 'Demo funding return.',
      published: 0,
      withdrawalsPublished: 0,
      isDemo: true,
    },
    select: { id: true },
  })
  const published = { publishedAt: day(2026, 10, 6), returnId: returned.id }
  const years = [
    { period: '2024-25', startsOn: day(2024, 4, 1), endsOn: day(2025, 3, 31) },
    { period: '2025-26', startsOn: day(2025, 4, 1), endsOn: day(2026, 3, 31) },
  ]
  const base = 40_000_000n + BigInt(ai) * 2_500_000n // £400,000 plus a little per area
  const allocations = []
  for (const [yi, y] of years.entries()) {
    allocations.push(
      await db.allocation.create({
        data: {
          areaId: area.id,
          streamId: stream.id,
          label: `Demo delivery fund ${y.period}`,
          ...y,
          amountPence: base,
          status: 'CONFIRMED',
          decision: `Demo: board decision of ${yi === 0 ? 'March 2024' : 'March 2025'} (fictional)`,
          isDemo: true,
          ...published,
        },
        select: { id: true },
      }),
    )
  }
  const second = allocations[1]?.id as string
  await db.allocationRevision.create({
    data: {
      allocationId: second,
      amountPence: base + 5_000_000n,
      status: 'CONFIRMED',
      reason: 'Demo: underspend carried forward from 2024-25 (fictional)',
      isDemo: true,
      ...published,
    },
  })
  let created = 3
  for (const [k, action] of actions.entries()) {
    const provider = PROVIDERS[(ai + k) % PROVIDERS.length] as string
    const allocationId = allocations[k % 2]?.id as string
    const year = years[k % 2] as (typeof years)[number]
    const committed = 6_000_000n + BigInt((ai * 3 + k) % 5) * 1_000_000n
    const common = { areaId: area.id, allocationId, actionId: action.id, organisation: provider, isDemo: true }
    await createFundingEntry(db, {
      ...common,
      kind: 'COMMITMENT',
      amountPence: committed,
      occurredOn: new Date(year.startsOn.getTime() + 20 * 86_400_000),
      description: 'Demo: contract for the year’s sessions',
      ...published,
    })
    // The first action of the first area is over-spent: a finance officer's warning to show.
    const paid = ai === 0 && k === 0 ? [committed / 2n, committed / 2n + 1_250_000n] : [committed / 3n, committed / 4n]
    for (const [pi, amount] of paid.entries())
      await createFundingEntry(db, {
        ...common,
        kind: 'SPEND',
        amountPence: amount,
        occurredOn: new Date(year.startsOn.getTime() + (120 + pi * 150) * 86_400_000),
        description: `Demo: payment ${pi + 1} of the year`,
        ...published,
      })
    created += 3
  }
  // One payment waiting for the next return: what the chair sees to sign off.
  await createFundingEntry(db, {
    areaId: area.id,
    allocationId: second,
    actionId: actions[0]?.id as string,
    kind: 'SPEND',
    amountPence: 1_500_000n,
    occurredOn: day(2026, 3, 20),
    organisation: PROVIDERS[ai % PROVIDERS.length] as string,
    description: 'Demo: final payment, recorded after the last return',
    isDemo: true,
  })
  await db.fundingReturn.update({ where: { id: returned.id }, data: { published: created } })
  return created + 1
}
