/**
 * An area's draft plan: the open PlanVersion row (DRAFT, SUBMITTED or RETURNED) whose
 * `snapshot` holds the drafted plan edits, keyed by entity. The plan tables themselves always
 * hold the published plan, so every public read (pages, search, open data, caches) shows
 * published content only; approving a draft applies its edits to them (ADR 006).
 *
 * Every change to an area's draft first locks the area's row, so edits, submission and
 * decisions on one area happen one at a time, whatever the number of server instances.
 */
import 'server-only'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { EvidenceStrength, LegacyStatus, PlanVersionStatus } from '@/lib/generated/prisma/enums'

/** The plan fields of an action that go through draft and approval (dates as yyyy-mm-dd). */
export type ActionPlanFields = {
  priorityId: string | null
  title: string
  description: string | null
  leadOrganisationId: string | null
  ownerId: string | null
  startsOn: string | null
  dueOn: string | null
  evidenceStrand: string | null
  evidenceStrength: EvidenceStrength | null
  legacyStatus: LegacyStatus | null
}

export const ACTION_PLAN_FIELDS = [
  'priorityId',
  'title',
  'description',
  'leadOrganisationId',
  'ownerId',
  'startsOn',
  'dueOn',
  'evidenceStrand',
  'evidenceStrength',
  'legacyStatus',
] as const satisfies readonly (keyof ActionPlanFields)[]

/** One drafted action: its fields as edited, and a revision counter for optimistic saves. */
export type DraftAction = { rev: number; fields: ActionPlanFields }
export type DraftChanges = { actions: Record<string, DraftAction> }

/** What a published version records: each changed action's fields before and after. */
export type PublishedChanges = {
  actions: Record<string, { title: string; before: Partial<ActionPlanFields>; after: Partial<ActionPlanFields> }>
}

export const OPEN_STATUSES: PlanVersionStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED']

type Tx = Prisma.TransactionClient

/** Serialises draft changes per area (see the module comment). */
export async function lockArea(tx: Tx, areaId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Area" WHERE id = ${areaId} FOR UPDATE`
}

export function readDraft(snapshot: Prisma.JsonValue | null): DraftChanges {
  const s = snapshot as Partial<DraftChanges> | null
  return { actions: s?.actions ?? {} }
}

/** The area's open version, if any. */
export function findOpenVersion(tx: Pick<Tx, 'planVersion'>, areaId: string) {
  return tx.planVersion.findFirst({
    where: { areaId, status: { in: OPEN_STATUSES } },
    orderBy: { number: 'desc' },
    select: {
      id: true,
      number: true,
      status: true,
      snapshot: true,
      changeSummary: true,
      submittedAt: true,
      decisionNote: true,
      decidedAt: true,
      version: true,
      submittedBy: { select: { name: true } },
      decidedBy: { select: { name: true } },
    },
  })
}

export async function nextVersionNumber(tx: Pick<Tx, 'planVersion'>, areaId: string): Promise<number> {
  const last = await tx.planVersion.findFirst({ where: { areaId }, orderBy: { number: 'desc' }, select: { number: true } })
  return (last?.number ?? 0) + 1
}
