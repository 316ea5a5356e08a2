/**
 * Configuration, validated once with zod. Only lib/ and scripts/ read process.env; everything
 * else imports `env` from here. A bad value stops start-up with a message that says which
 * variable is wrong and what it should look like.
 */
import * as z from 'zod'
import { DEFAULT_TRUSTED_PROXIES, parseTrustedProxies } from '@/lib/auth/client-address'

export type DatabaseConfig = { kind: 'pglite'; dataDir: string } | { kind: 'pglite-memory' } | { kind: 'postgres'; url: string }

export const DEFAULT_PGLITE_DIR = './data/pglite'

/**
 * DATABASE_URL decides the driver: unset or `pglite:<dir>` → embedded PGlite in that directory
 * (`pglite:memory` keeps it in memory, for tests); `postgres://…` → a PostgreSQL server.
 */
export function parseDatabaseUrl(raw: string | undefined): DatabaseConfig {
  const value = raw?.trim() ?? ''
  if (value === '') return { kind: 'pglite', dataDir: DEFAULT_PGLITE_DIR }
  if (value.startsWith('pglite:')) {
    const dir = value.slice('pglite:'.length)
    if (dir === 'memory') return { kind: 'pglite-memory' }
    if (dir === '') throw new ConfigError('DATABASE_URL "pglite:" needs a directory, for example pglite:./data/pglite')
    return { kind: 'pglite', dataDir: dir }
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    let url: URL
    try {
      url = new URL(value)
    } catch {
      throw new ConfigError('DATABASE_URL is not a valid URL. Expected postgres://user:password@host:5432/database')
    }
    if (!url.hostname) throw new ConfigError('DATABASE_URL has no host. Expected postgres://user:password@host:5432/database')
    if (url.pathname.length <= 1)
      throw new ConfigError('DATABASE_URL has no database name. Expected postgres://user:password@host:5432/database')
    return { kind: 'postgres', url: value }
  }
  throw new ConfigError(
    'DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:5432/database) or pglite:<directory>; leave it unset to use the embedded database in ./data/pglite',
  )
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().max(2000).optional(),
  NEXTAUTH_URL: z.url({ error: 'NEXTAUTH_URL must be the site address, for example http://localhost:3000' }).optional(),
  NEXTAUTH_SECRET: z
    .string()
    .min(32, { error: 'NEXTAUTH_SECRET must be at least 32 characters (openssl rand -base64 32)' })
    .optional(),
  SMTP_URL: z
    .url({ error: 'SMTP_URL must be an address like smtps://user:password@smtp.example.org:465' })
    .refine((u) => /^smtps?:\/\//.test(u), { error: 'SMTP_URL must start with smtp:// or smtps://' })
    .optional(),
  MAIL_FROM: z.string().max(200).optional(),
  AZURE_AD_CLIENT_ID: z.string().max(200).optional(),
  AZURE_AD_CLIENT_SECRET: z.string().max(500).optional(),
  AZURE_AD_TENANT_ID: z.string().max(200).optional(),
  /** Where vulnerabilities are reported, for /.well-known/security.txt: mailto: or https:. */
  SECURITY_CONTACT: z
    .string()
    .max(500)
    .regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, {
      error: 'SECURITY_CONTACT must be a mailto: or https: address, for example mailto:security@example.org',
    })
    .optional(),
  /** Proxies whose X-Forwarded-For entries are believed (lib/auth/client-address.ts). */
  TRUSTED_PROXIES: z
    .string()
    .max(2000)
    .default(DEFAULT_TRUSTED_PROXIES)
    .superRefine((value, ctx) => {
      try {
        parseTrustedProxies(value)
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `TRUSTED_PROXIES: ${(error as Error).message}` })
      }
    }),
})

export type Env = z.infer<typeof EnvSchema> & {
  database: DatabaseConfig
  /** Microsoft Entra ID sign-in, when all three of its settings are present. */
  entra: { clientId: string; clientSecret: string; tenantId: string } | null
  trustedProxies: ReturnType<typeof parseTrustedProxies>
}

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.') || 'environment'}: ${i.message}`)
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`)
  }
  const { AZURE_AD_CLIENT_ID: clientId, AZURE_AD_CLIENT_SECRET: clientSecret, AZURE_AD_TENANT_ID: tenantId } = parsed.data
  return {
    ...parsed.data,
    database: parseDatabaseUrl(parsed.data.DATABASE_URL),
    entra: clientId && clientSecret && tenantId ? { clientId, clientSecret, tenantId } : null,
    trustedProxies: parseTrustedProxies(parsed.data.TRUSTED_PROXIES),
  }
}

let cached: Env | undefined
/** The validated environment, read on first use (so `next build` does not need a database). */
export function getEnv(): Env {
  cached ??= loadEnv()
  return cached
}
