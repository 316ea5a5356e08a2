import { afterEach, describe, expect, it } from 'vitest'
import { setDatabase } from '@/lib/db/client'
import type { Database } from '@/lib/db/open'
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import { getDashboard } from '@/lib/data/dashboard'
import { runSeed } from '@/prisma/seed/run'
import { createAction } from '@/tests/factories'
import { db } from '../../setup/test-db'

async function signedIn(email: string): Promise<SessionUser> {
  const user = await db().prisma.user.findUniqueOrThrow({ where: { email } })
  const session = await findSessionUser(user.id, user.sessionVersion)
  if (!session) throw new Error(`no session for ${email}`)
  return session
}

/** Counts the Prisma operations the data layer runs (one per query it sends). */
function countingQueries(): { count: () => number } {
  let n = 0
  const prisma = db().prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        n++
        return query(args)
      },
    },
  })
  setDatabase({ ...db(), prisma: prisma as unknown as Database['prisma'] })
  return { count: () => n }
}

afterEach(() => setDatabase(db()))

const NOW = new Date(Date.UTC(2026, 10, 24))

describe('role dashboards', () => {
  it('shows a chair only their own area, with plan health by priority', async () => {
    await runSeed(db().prisma, { demo: true, devAccounts: true })
    const d = await getDashboard(await signedIn('chair.hastings@example.org'), NOW)
    expect(d.areas.map((a) => a.slug)).toEqual(['hastings'])
    expect(d.priorities.map((p) => p.area)).toEqual(Array(4).fill('Hastings'))
    const total = d.priorities.reduce((n, p) => n + Object.values(p.actions).reduce((a, b) => a + b, 0), 0)
    expect(total).toBe(8) // 2 demo actions per priority
    expect(d.usersByRole).toBeNull()
  })

  it('gives the national admin all 12 areas and users by role', async () => {
    await runSeed(db().prisma, { demo: true, devAccounts: true })
    const d = await getDashboard(await signedIn('admin@example.org'), NOW)
    expect(d.areas).toHaveLength(12)
    expect(d.usersByRole).toEqual({ ADMIN: 1, DELIVERY_TEAM: 12, CHAIR: 12, PARTNER: 12 })
    const hastings = d.areas.find((a) => a.slug === 'hastings')
    // The three real allocations (£8.38m) and a demo one per demo action (none revised here).
    expect(await db().prisma.allocationRevision.count({ where: { allocation: { area: { slug: 'hastings' } } } })).toBe(0)
    const demo = await db().prisma.allocation.aggregate({
      where: { area: { slug: 'hastings' }, isDemo: true },
      _sum: { amountPence: true },
    })
    expect(hastings?.allocatedPence).toBe(String(838_000_000n + (demo._sum.amountPence ?? 0n)))
    expect(BigInt(hastings?.spentPence ?? '0')).toBeGreaterThan(0n)
    expect(BigInt(hastings?.committedPence ?? '0')).toBeGreaterThan(0n)
  })

  it('says an area with no allocation has none published, never £0', async () => {
    await runSeed(db().prisma, { demo: false, devAccounts: true })
    const d = await getDashboard(await signedIn('admin@example.org'), NOW)
    expect(d.areas.find((a) => a.slug === 'derby')).toMatchObject({
      allocatedPence: null,
      committedPence: null,
      spentPence: null,
    })
    expect(d.areas.find((a) => a.slug === 'hastings')).toMatchObject({ allocatedPence: '838000000', spentPence: null })
  })

  it('lists the actions a partner owns, and overdue and upcoming actions for the delivery team', async () => {
    await runSeed(db().prisma, { demo: true, devAccounts: true })
    const partner = await getDashboard(await signedIn('partner.derby@example.org'), NOW)
    expect(partner.ownedActions.length).toBe(3) // the first demo action of each of Derby's 3 priorities
    expect(new Set(partner.ownedActions.map((a) => a.areaSlug))).toEqual(new Set(['derby']))

    const area = await db().prisma.area.findUniqueOrThrow({ where: { slug: 'derby' } })
    await createAction(db().prisma, area.id, { title: 'Late one', status: 'ON_TRACK', dueOn: new Date(Date.UTC(2026, 9, 1)) })
    await createAction(db().prisma, area.id, { title: 'Done late', status: 'COMPLETE', dueOn: new Date(Date.UTC(2026, 9, 1)) })
    const team = await getDashboard(await signedIn('delivery.derby@example.org'), NOW)
    expect(team.overdue.map((a) => a.title)).toContain('Late one')
    expect(team.overdue.map((a) => a.title)).not.toContain('Done late')
    expect(team.overdue.every((a) => a.dueOn < '2026-11-24' && a.status !== 'COMPLETE' && a.status !== 'STOPPED')).toBe(true)
    expect(team.dueSoon.every((a) => a.dueOn >= '2026-11-24' && a.dueOn <= '2026-12-24')).toBe(true)
    expect(team.measuresDueValue.length).toBeGreaterThan(0)
  })

  it('runs the same small number of queries however much data there is', async () => {
    await runSeed(db().prisma, { demo: true, devAccounts: true })
    const admin = await signedIn('admin@example.org')
    const chair = await signedIn('chair.hastings@example.org')
    let counter = countingQueries()
    await getDashboard(admin, NOW)
    const adminQueries = counter.count()
    counter = countingQueries()
    await getDashboard(chair, NOW)
    const chairQueries = counter.count()

    // Ten times the actions.
    setDatabase(db())
    const areas = await db().prisma.area.findMany({ select: { id: true } })
    for (const a of areas) for (let i = 0; i < 10; i++) await createAction(db().prisma, a.id, { status: 'AT_RISK', dueOn: NOW })

    counter = countingQueries()
    await getDashboard(admin, NOW)
    expect(counter.count()).toBe(adminQueries)
    counter = countingQueries()
    await getDashboard(chair, NOW)
    expect(counter.count()).toBe(chairQueries)
    expect(adminQueries).toBeLessThanOrEqual(8)
    console.info(`dashboard queries: admin ${adminQueries}, chair ${chairQueries}`)
  })
})
