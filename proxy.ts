/**
 * Runs before routing. Today it only turns a malformed percent-encoded path (e.g. /areas/%ff),
 * which Next cannot decode into route params and would answer with a 500, into the ordinary
 * "Page not found". Sign-in redirects join it with the Accounts issue: a convenience only —
 * authorisation is checked in lib/data, never here.
 */
import { NextResponse, type NextRequest } from 'next/server'

export function proxy(request: NextRequest) {
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
  matcher: ['/areas/:path*', '/life-stages/:path*'],
}
