/**
 * Response helpers for the open data endpoints: open CORS for reading, a short public cache
 * (the data changes only when a plan is published) and JSON errors with no internals.
 */
export const OPEN_DATA_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
} as const

export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body, null, 2), {
    status: init.status ?? 200,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...OPEN_DATA_HEADERS, ...init.headers },
  })
}

export function jsonError(status: 400 | 404, message: string): Response {
  return jsonResponse(
    { error: { status, code: status === 400 ? 'BAD_REQUEST' : 'NOT_FOUND', message } },
    { status, headers: { 'Cache-Control': 'no-store' } },
  )
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: OPEN_DATA_HEADERS })
}
