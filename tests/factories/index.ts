/**
 * Factories shared by the demo seed and the tests: build*() returns plain data with sensible
 * defaults, create*() inserts it. Demo rows are always flagged isDemo so they can never pass
 * as real data.
 */
import type { PrismaClient } from '@/lib/generated/prisma/client'
import type { ActionStatus, Role } from '@/lib/generated/prisma/enums'
import type { ActionEditInput } from '@/lib/validation/action'

type Db = Pick<PrismaClient, 'area' | 'action' | 'measureValue' | 'fundingEntry' | 'user' | 'priority' | 'successMeasure'>

let sequence = 0
const next = () => ++sequence

export function buildArea(
  overrides: Partial<{ slug: string; name: string; region: string; wave: number; announcedOn: Date }> = {},
) {
  const n = next()
  return {
    slug: `test-area-${n}`,
    name: `Test Area ${n}`,
    region: 'South East',
    wave: 1,
    announcedOn: new Date('2016-10-04'),
    ...overrides,
  }
}

export function createArea(db: Db, overrides: Parameters<typeof buildArea>[0] = {}) {
  return db.area.create({ data: buildArea(overrides) })
}

export function createPriority(
  db: Db,
  areaId: string,
  overrides: Partial<{ number: number; position: number; title: string; lifeStageId: string | null }> = {},
) {
  const n = next()
  return db.priority.create({ data: { areaId, number: n, title: `Test priority ${n}`, position: n, ...overrides } })
}

export function buildAction(
  areaId: string,
  overrides: Partial<{
    ownerId: string | null
    priorityId: string | null
    title: string
    status: ActionStatus
    progressPercent: number
    startsOn: Date
    dueOn: Date
    isDemo: boolean
  }> = {},
) {
  const n = next()
  return { areaId, title: `Test action ${n}`, status: 'NOT_STARTED' as ActionStatus, progressPercent: 0, ...overrides }
}

export function createAction(db: Db, areaId: string, overrides: Parameters<typeof buildAction>[1] = {}) {
  return db.action.create({ data: buildAction(areaId, overrides) })
}

export function createMeasureValue(
  db: Db,
  successMeasureId: string,
  value: {
    period: string
    periodEnd: Date
    value: number
    isProvisional?: boolean
    localInsight?: string | null
    isDemo?: boolean
  },
) {
  return db.measureValue.create({ data: { successMeasureId, ...value } })
}

/** A commitment or payment straight into the table (no checks, no audit): for seeding and set-ups. */
export function createFundingEntry(
  db: Db,
  entry: {
    areaId: string
    allocationId: string
    actionId: string
    kind: 'COMMITMENT' | 'SPEND'
    amountPence: bigint
    occurredOn: Date
    organisation: string
    description?: string
    isDemo?: boolean
    publishedAt?: Date | null
  },
) {
  return db.fundingEntry.create({ data: entry })
}

export function buildUser(
  overrides: Partial<{ email: string; name: string; role: Role; passwordHash: string | null; disabled: boolean }> = {},
) {
  const n = next()
  return { email: `user${n}@example.org`, name: `Test user ${n}`, role: 'PARTNER' as Role, ...overrides }
}

export function createUser(db: Db, overrides: Parameters<typeof buildUser>[0] & { areaIds?: string[] } = {}) {
  const { areaIds = [], ...rest } = overrides
  return db.user.create({ data: { ...buildUser(rest), areaScopes: { create: areaIds.map((areaId) => ({ areaId })) } } })
}

/** A complete, valid action edit (as the form's schema outputs it), made from the published action. */
export const buildActionEdit = (overrides: Partial<ActionEditInput> = {}): ActionEditInput => ({
  token: 'published',
  priorityId: null,
  title: 'Edited title',
  description: null,
  leadOrganisationId: null,
  ownerId: null,
  startsOn: null,
  dueOn: new Date('2019-07-31'),
  evidenceStrand: 'Reading comprehension strategies',
  evidenceStrength: 'STRONG',
  legacyStatus: null,
  ...overrides,
})

/** A percentage success measure with a local definition: baseline 60 in 2017, target 70 in 2021. */
export function createSuccessMeasure(db: Db, areaId: string) {
  const n = next()
  return db.successMeasure.create({
    data: {
      area: { connect: { id: areaId } },
      definition: { create: { name: `Test measure ${n}`, unit: 'PERCENT', areaId } },
      baselineValue: 60,
      baselinePeriod: '2017',
      targetValue: 70,
      targetPeriod: '2021',
    },
  })
}

/** The state of the area's open draft ("<number>:<version>", "0:0" when none): what a submit or decision form carries. */
export async function draftVersionOf(db: Pick<PrismaClient, 'planVersion'>, slug: string): Promise<string> {
  const open = await db.planVersion.findFirst({
    where: { area: { slug }, status: { in: ['DRAFT', 'SUBMITTED', 'RETURNED'] } },
    orderBy: { number: 'desc' },
    select: { number: true, version: true },
  })
  return open ? `${open.number}:${open.version}` : '0:0'
}
