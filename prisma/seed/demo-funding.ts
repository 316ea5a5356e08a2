/**
 * Fictional demo funding (issue 13), so a newcomer sees every funding view working: each demo
 * action gets an allocation earmarked for it over two financial years (2024-26), a commitment
 * to a fictional provider and payments across the two years. In the first area one action is
 * over-spent and one allocation revised. All published by a demo funding return, except one
 * payment left waiting for the chair's next return. Every row isDemo; providers are named
 * "(fictional)".
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
const PAYMENT_DAYS = [day(2024, 9, 30), day(2025, 3, 31), day(2025, 9, 30)]

type Area = { id: string; slug: string }

export async function loadDemoFunding(db: Prisma.TransactionClient, area: Area, ai: number): Promise<number> {
  const stream = await db.fundingStream.findUnique({ where: { slug: 'oa-programme' }, select: { id: true } })
  const actions = await db.action.findMany({
    where: { areaId: area.id, isDemo: true },
    orderBy: { title: 'asc' },
    select: { id: true, title: true },
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
  let created = 0
  for (const [k, action] of actions.entries()) {
    const budget = 8_000_000n + BigInt((ai * 3 + k) % 5) * 1_000_000n // £80,000 to £120,000
    const allocation = await db.allocation.create({
      data: {
        areaId: area.id,
        streamId: stream.id,
        label: `Demo budget: ${action.title}`,
        period: '2024-26',
        startsOn: day(2024, 4, 1),
        endsOn: day(2026, 3, 31),
        amountPence: budget,
        status: 'CONFIRMED',
        decision: 'Demo: board meeting of March 2024 (fictional)',
        actionId: action.id,
        isDemo: true,
        ...published,
      },
      select: { id: true },
    })
    created++
    if (ai === 0 && k === 1) {
      await db.allocationRevision.create({
        data: {
          allocationId: allocation.id,
          amountPence: budget + 1_500_000n,
          status: 'CONFIRMED',
          reason: 'Demo: extra sessions agreed at the board meeting of October 2024 (fictional)',
          isDemo: true,
          ...published,
        },
      })
      created++
    }
    const provider = PROVIDERS[(ai + k) % PROVIDERS.length] as string
    const committed = (budget * 9n) / 10n
    const common = { areaId: area.id, allocationId: allocation.id, actionId: action.id, organisation: provider, isDemo: true }
    await createFundingEntry(db, {
      ...common,
      kind: 'COMMITMENT',
      amountPence: committed,
      occurredOn: day(2024, 5, 1),
      description: 'Demo: contract for two years of sessions',
      ...published,
    })
    // In the first area, the first action's payments run past its commitment: a warning to see.
    const over = ai === 0 && k === 0
    const payments = over ? [committed / 2n, committed / 2n, 1_250_000n] : [committed / 3n, committed / 3n]
    for (const [pi, amount] of payments.entries())
      await createFundingEntry(db, {
        ...common,
        kind: 'SPEND',
        amountPence: amount,
        occurredOn: PAYMENT_DAYS[pi] as Date,
        description: `Demo: payment ${pi + 1}`,
        ...published,
      })
    created += 1 + payments.length
  }
  // One payment waiting for the next return: what the chair sees to sign off.
  const first = actions[0] as { id: string }
  const pot = await db.allocation.findFirstOrThrow({ where: { actionId: first.id, isDemo: true }, select: { id: true } })
  await createFundingEntry(db, {
    areaId: area.id,
    allocationId: pot.id,
    actionId: first.id,
    kind: 'SPEND',
    amountPence: 500_000n,
    occurredOn: day(2026, 3, 20),
    organisation: PROVIDERS[ai % PROVIDERS.length] as string,
    description: 'Demo: final payment, recorded after the last return',
    isDemo: true,
  })
  await db.fundingReturn.update({ where: { id: returned.id }, data: { published: created } })
  return created + 1
}
