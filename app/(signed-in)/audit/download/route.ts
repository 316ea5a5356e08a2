import { getCurrentUser } from '@/lib/auth/session'
import { toCsv } from '@/lib/csv-write'
import { AUDIT_EXPORT_LIMIT, listAuditEvents } from '@/lib/data/audit'
import { parseAuditFilter } from '@/lib/validation/audit'

/** GET /audit/download — the audit events the user may read, as CSV. Never cached. */
export async function GET(request: Request) {
  const user = await getCurrentUser()
  if (!user)
    return new Response('Sign in to download the audit trail.', { status: 401, headers: { 'Cache-Control': 'no-store' } })
  const events = await listAuditEvents(user, parseAuditFilter(new URL(request.url).searchParams), AUDIT_EXPORT_LIMIT)
  if (!events) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } })
  const csv = toCsv(events, ['at', 'actor', 'action', 'entityType', 'entityId', 'area', 'before', 'after'])
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="audit-trail.csv"',
      'Cache-Control': 'private, no-store',
    },
  })
}
