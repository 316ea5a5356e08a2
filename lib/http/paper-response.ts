/** A board paper as a download: its checked type, never rendered by the browser in our origin. */
import type { PaperFile } from '@/lib/data/board/papers'

export function paperResponse(p: PaperFile, cache: 'private, no-store' | 'public, no-cache'): Response {
  return new Response(Buffer.from(p.content), {
    headers: {
      'Content-Type': p.contentType,
      'Content-Disposition': `attachment; filename="${p.fileName}"`,
      'Content-Length': String(p.content.byteLength),
      'X-Content-Type-Options': 'nosniff',
      // Even opened in place, it could run nothing.
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'Cache-Control': cache,
      ETag: `"${p.sha256}"`,
    },
  })
}
