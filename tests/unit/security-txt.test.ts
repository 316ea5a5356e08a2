import { describe, expect, it } from 'vitest'
import { loadEnv } from '@/lib/env'
import { securityTxt } from '@/lib/security-txt'

describe('security.txt', () => {
  it('names the configured contact and expires within a year (RFC 9116)', () => {
    const now = new Date('2026-12-02T15:30:00Z')
    expect(securityTxt('mailto:security@example.org', now)).toBe(
      'Contact: mailto:security@example.org\nExpires: 2027-05-31T00:00:00.000Z\nPreferred-Languages: en\n',
    )
  })

  it('takes only a mailto: or https: contact from SECURITY_CONTACT', () => {
    expect(loadEnv({ SECURITY_CONTACT: 'https://example.org/report' }).SECURITY_CONTACT).toBe('https://example.org/report')
    expect(() => loadEnv({ SECURITY_CONTACT: 'call us' })).toThrow(/SECURITY_CONTACT must be a mailto: or https: address/)
  })
})
