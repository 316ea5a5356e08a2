// @ts-check
/**
 * The portal's Content Security Policy, in one place for next.config.js (static, public pages)
 * and proxy.ts (per-request nonce, signed-in pages). Plain CommonJS so next.config.js can
 * require it. Why two: docs/decisions/011-content-security-policy.md.
 */

/** Pages only a signed-in user can use (proxy.ts sends others to sign in). */
const SIGNED_IN_PATHS = ['/account', '/dashboard', '/actions', '/audit', '/users', '/plans', '/boards', '/measures', '/proposals']

/** Pages that are rendered per request and get a nonce: signed-in pages and signing in. */
const STRICT_CSP_PATHS = [...SIGNED_IN_PATHS, '/sign-in', '/set-password']

/**
 * @param {{ nonce?: string, dev: boolean }} options
 * With a nonce, scripts need it (and what they load is trusted: 'strict-dynamic'); without,
 * Next's inline bootstrap needs 'unsafe-inline'. Styles stay 'unsafe-inline' either way:
 * React style attributes and the charts set inline styles, which cannot carry a nonce.
 */
function contentSecurityPolicy({ nonce, dev }) {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'"
  return [
    "default-src 'self'",
    `script-src ${scripts}${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

module.exports = { SIGNED_IN_PATHS, STRICT_CSP_PATHS, contentSecurityPolicy }
