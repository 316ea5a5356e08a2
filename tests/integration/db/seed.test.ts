import { verify } from '@node-rs/argon2'
import { describe, expect, it } from 'vitest'
import { DEV_PASSWORD } from '@/prisma/seed/dev-accounts'
import { runSeed } from '@/prisma/seed/run'
import { db } from '../../setup/test-db'

/** Every row of every application table, so "changes nothing" can be checked exactly. */
async function snapshot() {
  const { sql } = db()
  const tables = await sql.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  )
  const out: Record<string, unknown[]> = {}
  for (const { tablename } of tables) out[tablename] = await sql.query(`SELECT * FROM "${tablename}" ORDER BY 1`)
  return out
}

describe('the seed', () => {
  it('loads the 12 areas with their sourced facts', async () => {
    const { prisma } = db()
    const result = await runSeed(prisma, { demo: false, devAccounts: false })
    expect(result.facts.created).toBeGreaterThan(300)
    expect(await prisma.area.count()).toBe(12)
    expect(await prisma.lifeStage.count()).toBe(6)

    const hastings = await prisma.area.findUniqueOrThrow({
      where: { slug: 'hastings' },
      include: { priorities: { orderBy: { number: 'asc' } }, allocations: true, localAuthorities: true },
    })
    expect(hastings).toMatchObject({ wave: 2, smiRank: 282, smiRankOf: 324, region: null })
    expect(hastings.priorities.map((p) => p.title)).toEqual([
      'Improving literacy',
      'Raising attainment in maths',
      'Improving mental health',
      'Broadening horizons',
    ])
    expect(hastings.allocations.find((a) => a.period === '2020-21')?.amountPence).toBe(125_000_000n)

    // Every seeded priority, measure and funding figure is linked to a source.
    const seeded = {
      PRIORITY: await prisma.priority.findMany({ select: { id: true } }),
      SUCCESS_MEASURE: await prisma.successMeasure.findMany({ select: { id: true } }),
      ALLOCATION: await prisma.allocation.findMany({ select: { id: true } }),
    }
    for (const [entityType, rows] of Object.entries(seeded) as [keyof typeof seeded, { id: string }[]][]) {
      const linked = new Set(
        (await prisma.factSource.findMany({ where: { entityType }, select: { entityId: true } })).map((l) => l.entityId),
      )
      expect(rows.filter((r) => !linked.has(r.id))).toEqual([])
    }
    // Unknown stays empty: no invented demo rows without --demo.
    expect(await prisma.action.count()).toBe(0)
    expect(await prisma.measureValue.count()).toBe(0)
  })

  it('is idempotent: a second run changes nothing at all', async () => {
    const { prisma } = db()
    await runSeed(prisma, { demo: true, devAccounts: true })
    const before = await snapshot()
    const again = await runSeed(prisma, { demo: true, devAccounts: true })
    expect(again).toEqual({ facts: { created: 0, updated: 0 }, accounts: 0, demo: 0 })
    expect(await snapshot()).toEqual(before)
  })

  it('repairs a changed fact on the next run', async () => {
    const { prisma } = db()
    await runSeed(prisma, { demo: false, devAccounts: false })
    await prisma.area.update({ where: { slug: 'derby' }, data: { smiRank: 1 } })
    const r = await runSeed(prisma, { demo: false, devAccounts: false })
    expect(r.facts).toEqual({ created: 0, updated: 1 })
    expect((await prisma.area.findUniqueOrThrow({ where: { slug: 'derby' } })).smiRank).toBe(303)
  })

  it('creates role-named development accounts scoped to their area, with Argon2id hashes', async () => {
    const { prisma } = db()
    await runSeed(prisma, { demo: false, devAccounts: true })
    const chair = await prisma.user.findUniqueOrThrow({
      where: { email: 'chair.hastings@example.org' },
      include: { areaScopes: { include: { area: true } } },
    })
    expect(chair.role).toBe('CHAIR')
    expect(chair.areaScopes.map((s) => s.area.slug)).toEqual(['hastings'])
    expect(chair.passwordHash).toMatch(/^\$argon2id\$/)
    expect(await verify(chair.passwordHash ?? '', DEV_PASSWORD)).toBe(true)
    expect(await prisma.user.count({ where: { role: 'ADMIN' } })).toBe(1)
    expect(await prisma.user.count()).toBe(1 + 12 * 3)
  })

  it('marks every demo row as demo', async () => {
    const { prisma } = db()
    await runSeed(prisma, { demo: true, devAccounts: false })
    expect(await prisma.action.count()).toBeGreaterThan(0)
    expect(await prisma.action.count({ where: { isDemo: false } })).toBe(0)
    expect(await prisma.measureValue.count({ where: { isDemo: false } })).toBe(0)
    expect(await prisma.fundingEntry.count()).toBeGreaterThan(0)
    expect(await prisma.fundingEntry.count({ where: { isDemo: false } })).toBe(0)
    expect(await prisma.allocationRevision.count({ where: { isDemo: false } })).toBe(0)
    expect(await prisma.fundingReturn.count({ where: { isDemo: false } })).toBe(0)
    // Every demo payment is from a demo allocation: none is counted into a real figure.
    expect(await prisma.fundingEntry.count({ where: { allocation: { isDemo: false } } })).toBe(0)
  })
})
