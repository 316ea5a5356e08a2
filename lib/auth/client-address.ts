/**
 * The address a request came from, for the per-IP sign-in limit. X-Forwarded-For is written by
 * whoever sent the request, so it is believed only as far as it was added by proxies we trust:
 * the portal's server (scripts/serve.mjs) records the socket's address in PEER_HEADER, over
 * anything the client sent; if that peer is a trusted proxy, the forwarded chain is read from
 * the right, skipping trusted proxies, and the first address that is not one is the client.
 * Anything else a client writes into the header is ignored.
 */
import ipaddr from 'ipaddr.js'

/** Set by scripts/serve.mjs from the socket, replacing any value a client sent. */
export const PEER_HEADER = 'x-oa-peer-address'

/** By default only this machine's own proxies (nginx on the same host) are trusted. */
export const DEFAULT_TRUSTED_PROXIES = '127.0.0.1/32,::1/128'

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number]

/** Parses "10.0.0.0/8, 192.0.2.1, ::1"; throws a readable message on a bad entry. */
export function parseTrustedProxies(list: string): Range[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      try {
        if (entry.includes('/')) return ipaddr.parseCIDR(entry)
        const address = ipaddr.process(entry)
        return [address, address.kind() === 'ipv4' ? 32 : 128] as Range
      } catch {
        throw new Error(`"${entry}" is not an IP address or range (for example 10.0.0.0/8 or 192.0.2.10)`)
      }
    })
}

function parse(text: string | undefined): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const t = text?.trim() ?? ''
  // IPv4-mapped IPv6 ("::ffff:203.0.113.9") is read as the IPv4 address it carries.
  return ipaddr.isValid(t) ? ipaddr.process(t) : null
}

const isTrusted = (address: ipaddr.IPv4 | ipaddr.IPv6, trusted: Range[]) =>
  trusted.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits))

type Headers = Record<string, string | string[] | undefined> | undefined
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(',') : v)

/** The client's address, or null when the request did not come through the portal's server. */
export function clientAddress(headers: Headers, trusted: Range[]): string | null {
  const peer = parse(first(headers?.[PEER_HEADER]))
  if (!peer) return null
  if (!isTrusted(peer, trusted)) return peer.toString()
  const chain = (first(headers?.['x-forwarded-for']) ?? '').split(',')
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = parse(chain[i])
    if (!hop) break // a malformed entry: nothing to its left can be believed
    if (!isTrusted(hop, trusted)) return hop.toString()
  }
  return peer.toString()
}
