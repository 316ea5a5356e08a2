/**
 * Runs before routing, for convenience only: authorisation is checked in pages and lib/data,
 * never here.
 * - A malformed percent-encoded path (e.g. /areas/%ff), which Next cannot decode into route
 *   params and would answer with a 500, becomes the ordinary "Page not found".
 * - Someone with no session cookie asking for a signed-in page goes to the sign-in page.
 */
import { NextResponse, type NextRequest } from 'next/server'

const SIGNED_IN_PATHS = ['/account', '/dashboard', '/actions', '/audit', '/users', '/plans', '/measures', '/proposals']
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token']

export function proxy(request: NextRequest) {
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
    return NextResponse.next()
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
  ],
}
