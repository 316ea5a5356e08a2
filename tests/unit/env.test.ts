import { describe, expect, it } from 'vitest'
import { ConfigError, DEFAULT_PGLITE_DIR, loadEnv, parseDatabaseUrl } from '@/lib/env'

describe('parseDatabaseUrl', () => {
  it('uses the embedded database in ./data when unset or empty', () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ kind: 'pglite', dataDir: DEFAULT_PGLITE_DIR })
    expect(parseDatabaseUrl('  ')).toEqual({ kind: 'pglite', dataDir: DEFAULT_PGLITE_DIR })
  })

  it('accepts pglite:<dir> and pglite:memory', () => {
    expect(parseDatabaseUrl('pglite:/tmp/x')).toEqual({ kind: 'pglite', dataDir: '/tmp/x' })
    expect(parseDatabaseUrl('pglite:memory')).toEqual({ kind: 'pglite-memory' })
  })

  it('accepts postgres:// and postgresql:// URLs', () => {
    expect(parseDatabaseUrl('postgres://u:p@db:5432/oa')).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/oa' })
    expect(parseDatabaseUrl('postgresql://db/oa').kind).toBe('postgres')
  })

  it.each([
    ['mysql://root@localhost/oa', /must be a PostgreSQL URL/],
    ['postgres://', /not a valid URL|no host/],
    ['postgres://localhost', /no database name/],
    ['postgres://localhost/', /no database name/],
    ['pglite:', /needs a directory/],
    ['localhost:5432', /must be a PostgreSQL URL/],
  ])('refuses %s with a clear message', (value, message) => {
    expect(() => parseDatabaseUrl(value)).toThrow(ConfigError)
    expect(() => parseDatabaseUrl(value)).toThrow(message)
  })
})

describe('loadEnv', () => {
  it('defaults NODE_ENV and resolves the database', () => {
    const env = loadEnv({})
    expect(env.NODE_ENV).toBe('development')
    expect(env.database.kind).toBe('pglite')
  })

  it('lists every invalid variable by name', () => {
    expect(() => loadEnv({ NODE_ENV: 'staging', NEXTAUTH_SECRET: 'short' })).toThrow(
      /NODE_ENV[\s\S]*NEXTAUTH_SECRET: NEXTAUTH_SECRET must be at least 32/,
    )
  })

  it('trusts this machine as a proxy by default, and refuses a TRUSTED_PROXIES entry that is not an address', () => {
    expect(loadEnv({}).trustedProxies.map(([range, bits]) => `${range.toString()}/${bits}`)).toEqual(['127.0.0.1/32', '::1/128'])
    expect(() => loadEnv({ TRUSTED_PROXIES: '10.0.0.0/8,proxy.internal' })).toThrow(
      /TRUSTED_PROXIES: "proxy.internal" is not an IP address or range/,
    )
  })
})
