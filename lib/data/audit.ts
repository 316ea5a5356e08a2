/** Audit events: written in the same transaction as the change they record. */
import 'server-only'
import { getDb } from '@/lib/db/client'
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client'
import type { EntityType } from '@/lib/generated/prisma/enums'
import { areaFilter, viewerOf } from '@/lib/permissions'
import type { SessionUser } from '@/lib/data/accounts/auth'

type Tx = Pick<PrismaClient, 'auditEvent'>

export type AuditInput = {
  actor: { id: string; label: string } | null
  action: string
  entityType: EntityType
  entityId: string
  areaId?: string | null
  before?: Prisma.InputJsonValue
  after?: Prisma.InputJsonValue
}

function auditRow(event: AuditInput) {
  return {
    actorId: event.actor?.id ?? null,
    actorLabel: event.actor?.label ?? 'Anonymous',
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    areaId: event.areaId ?? null,
    before: event.before,
    after: event.after,
  }
}

/** Who an event is by: the signed-in user, named by their e-mail address. */
export const actorOf = (user: SessionUser) => ({ id: user.id, label: user.email })

export function recordAudit(tx: Tx, event: AuditInput) {
  return tx.auditEvent.create({ data: auditRow(event) })
}

/** Many events in one statement, for bulk writes (a CSV upload audits every row it applies). */
export function recordAudits(tx: Tx, events: AuditInput[]) {
  return tx.auditEvent.createMany({ data: events.map(auditRow) })
}

// ───────────── reading the trail ─────────────

export type AuditRow = {
  id: string
  at: string
  actor: string
  action: string
  entityType: EntityType
  entityId: string
  area: string | null
  before: string | null
  after: string | null
}

export type AuditFilter = { entityType?: EntityType; actorId?: string }

const MAX_ROWS = 5_000

/**
 * The audit trail the user may read: every event for admins, their areas' events for chairs
 * and delivery teams (events with no area, such as sign-ins, are admin-only). Null when the
 * user may not read it at all.
 */
export async function listAuditEvents(user: SessionUser, filter: AuditFilter, limit = 200): Promise<AuditRow[] | null> {
  const areas = areaFilter(viewerOf(user), 'read:audit')
  if (areas !== null && areas.length === 0) return null
  const db = await getDb()
  const rows = await db.auditEvent.findMany({
    where: {
      ...(areas === null ? {} : { areaId: { in: [...areas] } }),
      ...(filter.entityType ? { entityType: filter.entityType } : {}),
      ...(filter.actorId ? { actorId: filter.actorId } : {}),
    },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: Math.min(limit, MAX_ROWS),
    select: {
      id: true,
      at: true,
      actorLabel: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      area: { select: { name: true } },
    },
  })
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actor: r.actorLabel,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    area: r.area?.name ?? null,
    before: r.before === null ? null : JSON.stringify(r.before),
    after: r.after === null ? null : JSON.stringify(r.after),
  }))
}

/** The people and entity types that occur in the trail the user may read (for the filters). */
export async function auditFilterOptions(
  user: SessionUser,
): Promise<{ actors: { id: string; label: string }[]; entityTypes: EntityType[] } | null> {
  const areas = areaFilter(viewerOf(user), 'read:audit')
  if (areas !== null && areas.length === 0) return null
  const db = await getDb()
  const where = areas === null ? {} : { areaId: { in: [...areas] } }
  const [actors, types] = await Promise.all([
    db.auditEvent.findMany({
      where: { ...where, actorId: { not: null } },
      distinct: ['actorId'],
      select: { actorId: true, actorLabel: true },
      orderBy: { actorId: 'asc' },
    }),
    db.auditEvent.findMany({ where, distinct: ['entityType'], select: { entityType: true }, orderBy: { entityType: 'asc' } }),
  ])
  return {
    actors: actors
      .flatMap((a) => (a.actorId ? [{ id: a.actorId, label: a.actorLabel }] : []))
      .sort((a, b) => a.label.localeCompare(b.label)),
    entityTypes: types.map((t) => t.entityType),
  }
}

export const AUDIT_EXPORT_LIMIT = MAX_ROWS
