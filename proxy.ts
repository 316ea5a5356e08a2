/**
 * Runs before routing, for convenience only: authorisation is checked in pages and lib/data,
 * never here.
 * - A malformed percent-encoded path (e.g. /areas/%ff), which Next cannot decode into route
 *   params and would answer with a 500, becomes the ordinary "Page not found".
 * - Someone with no session cookie asking for a signed-in page goes to the sign-in page.
 * - A server action request Next would answer with a 500 gets a 400-class answer instead:
 *   from another site or `Origin: null` (403), over Next's body limit (413), or with
 *   arguments that are not a JSON array (400). Nothing in it has been read by the app yet.
 * - Signed-in and sign-in pages get a Content Security Policy with a fresh nonce (Next puts it
 *   on its own scripts, reading it from the request's policy header): ADR 011.
 */
import { NextResponse, type NextRequest } from 'next/server'
import { contentSecurityPolicy, SIGNED_IN_PATHS, STRICT_CSP_PATHS } from '@/lib/http/csp-policy'
import { fromOwnSite, readTextUpTo } from '@/lib/http/request-guards'

/** Next's server action body limit (serverActions.bodySizeLimit in next.config.js): a board paper and its form. */
const ACTION_BODY_LIMIT = 6 * 1024 * 1024

const refuse = (status: number, message: string) =>
  new NextResponse(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })

const isJsonArray = (text: unknown) => {
  try {
    return typeof text === 'string' && Array.isArray(JSON.parse(text))
  } catch {
    return false
  }
}

/** Null when the server action request is well formed; otherwise the answer to give. */
async function actionRequestProblem(request: NextRequest): Promise<NextResponse | null> {
  if (!fromOwnSite(request.headers, { required: false })) return refuse(403, 'This form can only be sent from this site.')
  const body = await readTextUpTo(request.clone(), ACTION_BODY_LIMIT)
  if (body === null)
    return refuse(413, 'What was sent is too large (at most 6 MB). Papers must be 5 MB or smaller, CSV files 512 KB.')
  const type = request.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) {
    // Encoded arguments travel in field "0"; a form sent without JavaScript has none.
    const form = await new Response(body, { headers: { 'content-type': type } }).formData().catch(() => null)
    if (!form || (form.has('0') && !isJsonArray(form.get('0')))) return refuse(400, 'The form could not be read.')
    return null
  }
  return isJsonArray(body) ? null : refuse(400, 'The form could not be read.')
}

const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token']

/** Passes the request on with a per-request nonce in its policy, and answers with the same policy. */
function withNonce(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const policy = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV !== 'production' })
  const headers = new Headers(request.headers)
  headers.set('x-nonce', nonce)
  headers.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export async function proxy(request: NextRequest) {
  if (request.method === 'POST' && request.headers.has('next-action')) {
    const problem = await actionRequestProblem(request)
    if (problem) return problem
  }
  const { pathname, search } = request.nextUrl
  if (
    SIGNED_IN_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`)) &&
    !SESSION_COOKIES.some((c) => request.cookies.has(c))
  ) {
    const url = request.nextUrl.clone()
    url.pathname = '/sign-in'
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`
    return NextResponse.redirect(url)
  }
  try {
    decodeURIComponent(request.nextUrl.pathname)
    return STRICT_CSP_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`)) ? withNonce(request) : NextResponse.next()
  } catch {
    const url = request.nextUrl.clone()
    url.pathname = '/not-found-malformed-address'
    url.search = ''
    return NextResponse.rewrite(url)
  }
}

export const config = {
  // Only paths with dynamic segments decode params; static assets never need this.
  matcher: [
    '/areas/:path*',
    '/life-stages/:path*',
    '/account/:path*',
    '/account',
    '/dashboard/:path*',
    '/dashboard',
    '/actions/:path*',
    '/audit/:path*',
    '/audit',
    '/users/:path*',
    '/users',
    '/set-password/:path*',
    '/plans/:path*',
    '/boards/:path*',
    '/measures/:path*',
    '/proposals/:path*',
    '/sign-in',
    // Every server action request, wherever it is posted.
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
  ],
}
