/** The files a public site serves at well-known addresses. */
import { expect, test } from './fixtures'

test('robots.txt keeps crawlers to the public pages; security.txt says when no contact is configured', async ({ request }) => {
  const robots = await request.get('/robots.txt')
  expect(robots.status()).toBe(200)
  expect(robots.headers()['content-type']).toContain('text/plain')
  const text = await robots.text()
  for (const path of ['/dashboard', '/plans', '/users', '/audit']) expect(text).toContain(`Disallow: ${path}`)
  expect(text).toContain('Allow: /')

  // The e2e server sets no SECURITY_CONTACT: the portal makes none up.
  const security = await request.get('/.well-known/security.txt')
  expect(security.status()).toBe(404)
  expect(await security.text()).toContain('SECURITY_CONTACT')
})
