/**
 * Applies a checked CSV upload and streams its progress, one JSON line at a time
 * ({"done":500,"total":2000} … then {"count":2000} or {"error":"…"}), so a long upload shows
 * how far it has got. The write is the same all-or-nothing transaction as the form's server
 * action (which the page falls back to without JavaScript).
 */
import { after } from 'next/server'
import { getCurrentUser } from '@/lib/auth/session'
import { expirePublicArea } from '@/lib/data/public/cache'
import { CSV_TOO_LARGE, MAX_CSV_BYTES } from '@/lib/csv-limits'
import { fromOwnSite, readTextUpTo } from '@/lib/http/request-guards'
import { applyUpload, isUploadKind } from '@/lib/data/uploads/upload'
import { refusalMessage } from '@/lib/forms/run'

/** Progress is sent at most this often (rows), and always for the last row. */
const EVERY = 25

export async function POST(request: Request, { params }: RouteContext<'/plans/[slug]/import/[kind]/apply'>) {
  const user = await getCurrentUser()
  const { slug, kind } = await params
  if (!user || !isUploadKind(kind)) return new Response('Not found', { status: 404 })
  // Only the portal's own pages may post here (server actions check this for themselves).
  if (!fromOwnSite(request.headers, { required: true })) return new Response('Forbidden', { status: 403 })
  const text = await readTextUpTo(request, MAX_CSV_BYTES)
  if (text === null) return new Response(CSV_TOO_LARGE, { status: 413 })

  // Next ignores cache expiry made while a route handler streams (vercel/next.js#86585), so
  // the upload's public pages are expired again once the response has finished.
  let applied = (): void => undefined
  const finished = new Promise<void>((resolve) => (applied = resolve))
  after(async () => {
    await finished
    expirePublicArea(slug)
  })

  const encoder = new TextEncoder()
  const stream = new ReadableStream({
    async start(controller) {
      const send = (line: object) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`))
      try {
        const count = await applyUpload(user, slug, kind, text, (done, total) => {
          if (done % EVERY === 0 || done === total) send({ done, total })
        })
        send({ count })
      } catch (error) {
        const message = refusalMessage(error, 'You cannot update this plan.')
        if (!message) console.error(error)
        send({ error: message ?? 'Nothing was saved. Try again.' })
      }
      applied()
      controller.close()
    },
  })
  return new Response(stream, { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' } })
}
