/**
 * GET /.well-known/security.txt (RFC 9116): where to report a vulnerability. The contact is the
 * deployment's own (SECURITY_CONTACT, a mailto: or https: address), never one made up here, so
 * without it this answers 404 and says why.
 */
import { getEnv } from '@/lib/env'
import { securityTxt } from '@/lib/security-txt'

export function GET() {
  const contact = getEnv().SECURITY_CONTACT
  if (!contact) {
    return new Response('No security contact is configured for this deployment (SECURITY_CONTACT).\n', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  }
  const body = securityTxt(contact)
  return new Response(body, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=86400' },
  })
}
