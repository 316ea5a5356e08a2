/** Audit events: written in the same transaction as the change they record. */
import 'server-only'
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client'
import type { EntityType } from '@/lib/generated/prisma/enums'

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

export function recordAudit(tx: Tx, event: AuditInput) {
  return tx.auditEvent.create({
    data: {
      actorId: event.actor?.id ?? null,
      actorLabel: event.actor?.label ?? 'Anonymous',
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      areaId: event.areaId ?? null,
      before: event.before,
      after: event.after,
    },
  })
}
