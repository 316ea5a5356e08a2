// @ts-check
/**
 * Security headers on every response. Two Content Security Policies (ADR 011):
 * - public pages: a static policy, so they can be cached and shared (security.md, rule 6);
 *   Next's inline bootstrap scripts then need 'unsafe-inline' in script-src;
 * - signed-in and sign-in pages, rendered per request anyway: a per-request nonce with
 *   'strict-dynamic' and no 'unsafe-inline', set by proxy.ts (lib/http/csp.ts), so an injected
 *   inline script does not run where the board-only material is.
 */
const isProd = process.env.NODE_ENV === 'production'

// next.config.js is CommonJS, so it requires the shared policy.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy, STRICT_CSP_PATHS } = require('./lib/http/csp-policy.js')

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  ...(isProd ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Rendered public pages and cached public reads: in memory for one instance, in Redis
  // (REDIS_URL) for several; never anything from the build (ADR 004).
  cacheHandler: require.resolve('./lib/cache/next-cache-handler.mjs'),
  // Next's own in-memory copy would keep serving a page another instance has expired.
  cacheMaxMemorySize: 0,
  // A board paper (at most 5 MB, lib/paper-files.ts) and its form; proxy.ts refuses more first.
  experimental: { serverActions: { bodySizeLimit: '6mb' } },
  // PGlite ships WASM and data files that must be loaded from node_modules at run time;
  // bundling it makes every request fail.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'pg'],
  sassOptions: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin'] },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Every path but the strict ones (whose policy proxy.ts sets with its nonce).
      {
        source: `/((?!${STRICT_CSP_PATHS.map((p) => p.slice(1)).join('|')}).*)`,
        headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev: !isProd }) }],
      },
    ]
  },
}

module.exports = nextConfig
