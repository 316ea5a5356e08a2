/**
 * Checks on a raw request that every POST endpoint of ours needs before reading it: that it
 * comes from the portal's own pages, and a body read no further than its limit (a chunked body
 * of unknown length is refused once it passes the limit, not read to the end first).
 * Safe on the edge of the app (proxy.ts) and in route handlers.
 */

/** The host the request was addressed to, as Next itself compares it for server actions. */
const targetHost = (headers: Headers) => headers.get('x-forwarded-host') ?? headers.get('host')

/**
 * Whether the Origin header names this site. `required` for our own fetch endpoints; server
 * actions (like Next) accept a request with no Origin at all, which browsers always send.
 * "null" (sandboxed frames, some redirects) or anything unparseable is another site.
 */
export function fromOwnSite(headers: Headers, { required }: { required: boolean }): boolean {
  const origin = headers.get('origin')
  if (origin === null) return !required
  try {
    return new URL(origin).host === targetHost(headers)
  } catch {
    return false
  }
}

/** The body as text, or null once it is longer than `maxBytes` (declared or as it streams in). */
export async function readTextUpTo(request: Request, maxBytes: number): Promise<string | null> {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return null
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { value, done } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}
