/** Which address the per-IP sign-in limit counts: forwarded headers only as far as trusted. */
import { describe, expect, it } from 'vitest'
import { clientAddress, DEFAULT_TRUSTED_PROXIES, parseTrustedProxies, PEER_HEADER } from '@/lib/auth/client-address'

const local = parseTrustedProxies(DEFAULT_TRUSTED_PROXIES)
const from = (peer: string, forwarded?: string) => ({ [PEER_HEADER]: peer, 'x-forwarded-for': forwarded })

describe('the client address', () => {
  it('is the socket address when the peer is not a trusted proxy, whatever the client claims', () => {
    expect(clientAddress(from('198.51.100.7', '203.0.113.1'), local)).toBe('198.51.100.7')
    expect(clientAddress(from('::ffff:198.51.100.7', '10.0.0.1, 203.0.113.1'), local)).toBe('198.51.100.7')
    expect(clientAddress(from('2001:db8::7'), local)).toBe('2001:db8::7')
  })

  it('behind a trusted proxy, is the right-most address the trusted proxies did not add', () => {
    // nginx appends the address it saw to whatever the client sent.
    expect(clientAddress(from('127.0.0.1', 'spoofed, 203.0.113.1, 198.51.100.7'), local)).toBe('198.51.100.7')
    const chain = parseTrustedProxies('127.0.0.1, 10.0.0.0/8')
    expect(clientAddress(from('127.0.0.1', '203.0.113.1, 198.51.100.7, 10.1.2.3'), chain)).toBe('198.51.100.7')
    expect(clientAddress(from('::1', '198.51.100.7'), local)).toBe('198.51.100.7')
  })

  it('falls back to the proxy itself when the chain is missing or malformed at its right end', () => {
    expect(clientAddress(from('127.0.0.1'), local)).toBe('127.0.0.1')
    expect(clientAddress(from('127.0.0.1', '198.51.100.7, not-an-ip'), local)).toBe('127.0.0.1')
  })

  it('is unknown when the request did not come through the portal’s server (no peer header)', () => {
    expect(clientAddress({ 'x-forwarded-for': '203.0.113.1' }, local)).toBeNull()
    expect(clientAddress({ [PEER_HEADER]: 'garbage', 'x-forwarded-for': '203.0.113.1' }, local)).toBeNull()
  })

  it('refuses a TRUSTED_PROXIES entry that is not an address or range', () => {
    expect(() => parseTrustedProxies('10.0.0.0/8, nginx.internal')).toThrow('"nginx.internal" is not an IP address or range')
    expect(parseTrustedProxies('')).toEqual([])
  })
})
