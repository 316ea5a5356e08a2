/**
 * Fictional demo activity (actions, measure values over time, funding: demo-funding.ts, board
 * work: demo-board.ts) so dashboards have
 * something to show. Loaded only with `--demo`; every row is flagged isDemo and every page
 * shows a "Demo data" banner while any exists. Deterministic, and skipped for an area that
 * already has demo rows, so re-running changes nothing.
 */
import type { Prisma } from '@/lib/generated/prisma/client'
import type { ActionStatus } from '@/lib/generated/prisma/enums'
import { createAction, createMeasureValue } from '@/tests/factories'
import { loadDemoBoard } from './demo-board'
import { loadDemoFunding } from './demo-funding'

const STATUSES: ActionStatus[] = ['ON_TRACK', 'AT_RISK', 'COMPLETE', 'OFF_TRACK', 'NOT_STARTED', 'ON_TRACK']

export async function loadDemoData(db: Prisma.TransactionClient): Promise<number> {
  const areas = await db.area.findMany({
    orderBy: { slug: 'asc' },
    select: {
      id: true,
      priorities: { orderBy: { number: 'asc' }, select: { id: true, number: true, title: true } },
      successMeasures: {
        where: { baselineValue: { not: null } },
        select: { id: true, baselineValue: true, baselinePeriod: true },
      },
      slug: true,
      name: true,
    },
  })
  // Development partner accounts own the first demo action of each priority in their area.
  const partners = new Map(
    (
      await db.user.findMany({
        where: { role: 'PARTNER', email: { endsWith: '@example.org' } },
        select: { id: true, areaScopes: { select: { areaId: true } } },
      })
    ).flatMap((u) => u.areaScopes.map((s) => [s.areaId, u.id] as const)),
  )
  let created = 0
  for (const [ai, area] of areas.entries()) {
    if (await db.action.count({ where: { areaId: area.id, isDemo: true } })) continue
    for (const p of area.priorities) {
      for (let k = 0; k < 2; k++) {
        const status = STATUSES[(ai + p.number + k) % STATUSES.length] ?? 'ON_TRACK'
        await createAction(db, area.id, {
          priorityId: p.id,
          title: `Demo action ${k + 1} for priority ${p.number}`,
          status,
          progressPercent: status === 'COMPLETE' ? 100 : status === 'NOT_STARTED' ? 0 : 20 + ((ai * 7 + k * 25) % 60),
          startsOn: new Date(Date.UTC(2026, (ai + k) % 12, 1)),
          dueOn: new Date(Date.UTC(2026, 10 + ((ai + p.number + k) % 4), 15)),
          isDemo: true,
          ownerId: k === 0 ? (partners.get(area.id) ?? null) : null,
        })
        created++
      }
    }
    for (const m of area.successMeasures) {
      const start = Number(/\d{4}/.exec(m.baselinePeriod ?? '')?.[0] ?? 2017)
      for (let y = 1; y <= 3; y++) {
        await createMeasureValue(db, m.id, {
          period: String(start + y),
          periodEnd: new Date(Date.UTC(start + y, 7, 31)),
          value: Math.round(((m.baselineValue ?? 0) + y * (1 + (ai % 3))) * 10) / 10,
          isProvisional: y === 3,
          localInsight: y === 3 ? 'Demo: provisional figure before national release.' : null,
          isDemo: true,
        })
        created++
      }
    }
    created += await loadDemoFunding(db, area, ai)
    const first = await db.action.findFirst({
      where: { areaId: area.id, isDemo: true },
      orderBy: { title: 'asc' },
      select: { id: true, title: true },
    })
    created += await loadDemoBoard(db, area, first, partners.get(area.id) ?? null)
  }
  return created
}
