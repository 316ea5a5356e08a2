import * as z from 'zod'

const ENTITY_TYPES = [
  'PROGRAMME',
  'AREA',
  'LOCAL_AUTHORITY',
  'BOARD',
  'BOARD_MEMBERSHIP',
  'PERSON',
  'ORGANISATION',
  'PRIORITY',
  'ACTION',
  'MILESTONE',
  'SUCCESS_MEASURE',
  'MEASURE_DEFINITION',
  'MEASURE_VALUE',
  'FUNDING_STREAM',
  'ALLOCATION',
  'SPEND',
  'MEETING',
  'AGENDA_ITEM',
  'DECISION',
  'PROPOSAL',
  'COMMENT',
  'MOTION',
  'PLAN_VERSION',
  'USER',
  'FUNDING_ENTRY',
  'FUNDING_RETURN',
  'DECLARATION',
] as const

/** Audit trail filters from the query string; anything unexpected is ignored. */
export const AuditFilterSchema = z.object({
  entity: z.enum(ENTITY_TYPES).optional().catch(undefined),
  user: z
    .string()
    .regex(/^[a-z0-9]{1,40}$/)
    .optional()
    .catch(undefined),
})

export function parseAuditFilter(params: Record<string, string | string[] | undefined> | URLSearchParams) {
  const get = (k: string) => (params instanceof URLSearchParams ? (params.get(k) ?? undefined) : [params[k]].flat()[0])
  const parsed = AuditFilterSchema.parse({ entity: get('entity') || undefined, user: get('user') || undefined })
  return { entityType: parsed.entity, actorId: parsed.user }
}
