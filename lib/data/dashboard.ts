/**
 * Role dashboards. Each function checks the viewer's permission for the areas it reads and
 * runs a fixed number of queries, whatever the amount of data (measured in
 * tests/integration/data/dashboard.test.ts).
 */
import 'server-only'
import { loadFigures } from '@/lib/data/funding/figures'
import { fundingAlerts, type FundingAlerts } from '@/lib/data/funding/alerts'
import { getDb } from '@/lib/db/client'
import type { ActionStatus, ProposalStatus, Role } from '@/lib/generated/prisma/enums'
import { periodEnd, type ComputedStatus } from '@/lib/measure-status'
import { areaFilter, can, viewerOf, type Viewer } from '@/lib/permissions'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { measureStatus, measureStatusSelect } from '@/lib/data/public/measure-status'

const DAY = 24 * 60 * 60 * 1000
const STATUS_KEYS: (ActionStatus | 'NONE')[] = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_STARTED', 'COMPLETE', 'STOPPED', 'NONE']
export type ActionCounts = Record<ActionStatus | 'NONE', number>
export type MeasureCounts = Record<ComputedStatus, number>
const emptyActions = (): ActionCounts => Object.fromEntries(STATUS_KEYS.map((k) => [k, 0])) as ActionCounts
const emptyMeasures = (): MeasureCounts => ({ ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, TOO_EARLY: 0, NO_TARGET: 0 })

export type DeadlineRow = {
  id: string
  title: string
  area: string
  areaSlug: string
  dueOn: string
  status: ActionStatus | null
  isDemo: boolean
}
export type MeasureAlert = { id: string; name: string; area: string; areaSlug: string; status: ComputedStatus }

export type AreaHealth = {
  id: string
  slug: string
  name: string
  actions: ActionCounts
  measures: MeasureCounts
  /** Null when the area has no published allocation: unknown, never £0. */
  allocatedPence: string | null
  /** Null when nothing is committed. */
  committedPence: string | null
  /** Null when no spend is recorded. */
  spentPence: string | null
  lastUpdated: string | null
  awaitingApproval: number
  draftsInProgress: number
  /** The open draft, when the chair returned it: when, by whom and why. */
  returned: { at: string; by: string; reason: string } | null
}

export type Dashboard = {
  role: Role
  areas: AreaHealth[]
  priorities: { id: string; area: string; number: number; title: string; actions: ActionCounts }[]
  overdue: DeadlineRow[]
  dueSoon: DeadlineRow[]
  measureAlerts: MeasureAlert[]
  measuresDueValue: MeasureAlert[]
  ownedActions: DeadlineRow[]
  /** Proposals waiting for an answer, for those who may answer them. */
  proposalsWaiting: DashboardProposal[]
  /** The viewer's own proposals, newest first. */
  myProposals: DashboardProposal[]
  usersByRole: Record<Role, number> | null
  /** Money to check (working figures), and the totals by stream. */
  funding: FundingAlerts
}

export type DashboardProposal = { id: string; title: string; area: string; status: ProposalStatus; createdAt: string }

const touch = (h: AreaHealth, at: Date) => {
  if (!h.lastUpdated || at.toISOString() > h.lastUpdated) h.lastUpdated = at.toISOString()
}

/** Each measure's status counted into its area's health; those off track or at risk, and those due a value, listed. */
function measureLists(measures: Rows[2], health: Map<string, AreaHealth>, now: Date) {
  const measureAlerts: MeasureAlert[] = []
  const measuresDueValue: MeasureAlert[] = []
  for (const m of measures) {
    const h = health.get(m.areaId)
    if (!h) continue
    const { status, values } = measureStatus(m)
    h.measures[status]++
    touch(h, m.updatedAt)
    const alert = { id: m.id, name: m.definition.name, area: h.name, areaSlug: h.slug, status }
    if (status === 'OFF_TRACK' || status === 'AT_RISK') measureAlerts.push(alert)
    // A measure with a baseline but no value for a period ending in the last year is due one.
    const latestEnd = periodEnd(values.at(-1)?.period)
    if (m.baselineValue !== null && (!latestEnd || now.getTime() - latestEnd.getTime() > 365 * DAY)) measuresDueValue.push(alert)
  }
  return { measureAlerts, measuresDueValue }
}

/**
 * Money allocated, committed and spent (the working view: everything recorded, published or
 * not, lib/data/funding/figures.ts), and the state of the open draft, into each area's health.
 */
function addMoneyAndDrafts(health: Map<string, AreaHealth>, figures: Rows[3], versions: Rows[4]) {
  for (const [areaId, t] of figures.totals.byArea) {
    const h = health.get(areaId)
    if (!h) continue
    h.allocatedPence = t.allocatedPence?.toString() ?? null
    h.committedPence = t.committedPence > 0n ? t.committedPence.toString() : null
    h.spentPence = t.spentPence > 0n ? t.spentPence.toString() : null
  }
  for (const v of versions) {
    const h = health.get(v.areaId)
    if (!h) continue
    if (v.status === 'SUBMITTED') h.awaitingApproval++
    else h.draftsInProgress++
    if (v.status === 'RETURNED' && v.decidedAt) {
      h.returned = {
        at: v.decidedAt.toISOString(),
        by: v.decidedBy?.name ?? 'Someone no longer listed',
        reason: v.decisionNote ?? '',
      }
    }
  }
}

/** Each action counted into its area's and priority's health; the overdue and those due within 30 days listed. */
function actionLists(actions: Rows[1], health: Map<string, AreaHealth>, areaById: Map<string, Rows[0][number]>, now: Date) {
  const priorities = new Map<string, Dashboard['priorities'][number]>()
  const row = (a: (typeof actions)[number]): DeadlineRow => ({
    id: a.id,
    title: a.title,
    area: areaById.get(a.areaId)?.name ?? '',
    areaSlug: areaById.get(a.areaId)?.slug ?? '',
    dueOn: a.dueOn?.toISOString().slice(0, 10) ?? '',
    status: a.status,
    isDemo: a.isDemo,
  })
  const open = (a: (typeof actions)[number]) => a.status !== 'COMPLETE' && a.status !== 'STOPPED'
  for (const a of actions) {
    const h = health.get(a.areaId)
    if (!h) continue
    h.actions[a.status ?? 'NONE']++
    touch(h, a.updatedAt)
    if (a.priority) {
      const p = priorities.get(a.priority.id) ?? {
        id: a.priority.id,
        area: h.name,
        number: a.priority.number,
        title: a.priority.title,
        actions: emptyActions(),
      }
      p.actions[a.status ?? 'NONE']++
      priorities.set(a.priority.id, p)
    }
  }
  const overdue = actions.filter((a) => open(a) && a.dueOn && a.dueOn.getTime() < now.getTime()).map(row)
  const dueSoon = actions
    .filter((a) => open(a) && a.dueOn && a.dueOn.getTime() >= now.getTime() && a.dueOn.getTime() <= now.getTime() + 30 * DAY)
    .map(row)

  return { priorities, row, overdue, dueSoon }
}

/** The rows every dashboard is made from, for the areas the viewer may see: a fixed number of queries. */
async function loadRows(viewer: Viewer) {
  const filter = areaFilter(viewer, 'read:dashboard')
  const where = filter === null ? {} : { id: { in: [...filter] } }
  const byArea = filter === null ? {} : { areaId: { in: [...filter] } }
  const db = await getDb()
  return Promise.all([
    db.area.findMany({ where, orderBy: { name: 'asc' }, select: { id: true, slug: true, name: true } }),
    db.action.findMany({
      where: byArea,
      orderBy: [{ dueOn: 'asc' }, { title: 'asc' }],
      select: {
        id: true,
        title: true,
        status: true,
        dueOn: true,
        isDemo: true,
        ownerId: true,
        updatedAt: true,
        areaId: true,
        priority: { select: { id: true, number: true, title: true } },
      },
    }),
    db.successMeasure.findMany({
      where: byArea,
      orderBy: { position: 'asc' },
      select: {
        ...measureStatusSelect,
        id: true,
        areaId: true,
        updatedAt: true,
        definition: { select: { name: true, polarity: true } },
      },
    }),
    loadFigures('working', filter, { byLine: false }),
    db.planVersion.findMany({
      where: { ...byArea, status: { in: ['SUBMITTED', 'DRAFT', 'RETURNED'] } },
      select: { areaId: true, status: true, decidedAt: true, decisionNote: true, decidedBy: { select: { name: true } } },
    }),
    db.proposal.findMany({
      where: { ...byArea, OR: [{ status: 'OPEN' }, { authorId: viewer.id }] },
      orderBy: { createdAt: 'desc' },
      take: 50,
      select: { id: true, title: true, status: true, createdAt: true, areaId: true, authorId: true },
    }),
    viewer.role === 'ADMIN'
      ? db.user.groupBy({ by: ['role'], where: { disabled: false }, _count: { _all: true } })
      : Promise.resolve(null),
  ])
}
type Rows = Awaited<ReturnType<typeof loadRows>>

/** Everything a dashboard shows, for the areas the viewer may see. */
export async function getDashboard(user: SessionUser, now = new Date()): Promise<Dashboard> {
  const viewer = viewerOf(user)
  const [areas, actions, measures, allocations, versions, proposals, users] = await loadRows(viewer)
  const areaById = new Map(areas.map((a) => [a.id, a]))
  const health = new Map<string, AreaHealth>(
    areas.map((a) => [
      a.id,
      {
        ...a,
        actions: emptyActions(),
        measures: emptyMeasures(),
        allocatedPence: null,
        committedPence: null,
        spentPence: null,
        lastUpdated: null,
        awaitingApproval: 0,
        draftsInProgress: 0,
        returned: null,
      },
    ]),
  )

  const { priorities, row, overdue, dueSoon } = actionLists(actions, health, areaById, now)
  const { measureAlerts, measuresDueValue } = measureLists(measures, health, now)
  const proposalRow = (p: (typeof proposals)[number]): DashboardProposal => ({
    id: p.id,
    title: p.title,
    area: areaById.get(p.areaId)?.name ?? '',
    status: p.status,
    createdAt: p.createdAt.toISOString(),
  })
  addMoneyAndDrafts(health, allocations, versions)
  const funding = fundingAlerts(allocations, actions, areaById, now)

  return {
    role: viewer.role,
    funding,
    areas: [...health.values()],
    priorities: [...priorities.values()],
    overdue,
    dueSoon,
    measureAlerts,
    measuresDueValue,
    ownedActions: actions.filter((a) => a.ownerId === viewer.id).map(row),
    proposalsWaiting: proposals
      .filter((p) => p.status === 'OPEN' && can(viewer, 'respond:proposal', { areaId: p.areaId }))
      .map(proposalRow),
    myProposals: proposals.filter((p) => p.authorId === viewer.id).map(proposalRow),
    usersByRole: users
      ? (Object.fromEntries(
          (['ADMIN', 'DELIVERY_TEAM', 'CHAIR', 'PARTNER'] as Role[]).map((r) => [
            r,
            users.find((u) => u.role === r)?._count._all ?? 0,
          ]),
        ) as Record<Role, number>)
      : null,
  }
}
