/**
 * The production path (ADR 004, ADR 014): nginx's micro-cache in front of two instances that
 * share Next's page cache in Redis, on one PostgreSQL. baseURL is nginx; the instances answer
 * on the next two ports (scripts/deployment-server.ts).
 */
import { expect, test, type APIResponse } from '@playwright/test'
import { DEV_PASSWORD } from '../e2e/fixtures'

const port = Number(process.env.DEPLOYMENT_PORT ?? 3400)
const instanceA = `http://127.0.0.1:${port + 1}`
const instanceB = `http://127.0.0.1:${port + 2}`

/** nginx keeps a page for 1 s and then serves it once more while it fetches the new one. */
const PUBLISH_DELAY_MS = 2_000

const cacheStatus = (r: APIResponse) => r.headers()['x-cache-status']

test('a visitor’s repeat view comes from nginx’s cache, and HTML and RSC payloads are kept apart', async ({ page, request }) => {
  const url = `/about?visit=${Date.now()}`
  const first = await request.get(url)
  expect(first.status()).toBe(200)
  expect(cacheStatus(first)).toBe('MISS')
  const second = await request.get(url)
  expect(cacheStatus(second)).toBe('HIT')
  expect(second.headers()['content-type']).toContain('text/html')
  expect(second.headers()['cache-control']).toBe('public, max-age=0, must-revalidate')
  // The page itself came from Next's cache on the instance, not from a render.
  expect(second.headers()['x-nextjs-cache']).toBe('HIT')

  // Client navigation asks the same path for an RSC payload: a key of its own.
  await page.goto('/')
  const rsc = page.waitForResponse((r) => new URL(r.url()).pathname === '/about' && r.request().headers()['rsc'] === '1')
  await page.getByRole('contentinfo').getByRole('link', { name: 'About' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/about/i)
  const payload = await rsc
  expect(payload.headers()['content-type']).toContain('text/x-component')
  const html = await request.get('/about')
  expect(html.headers()['content-type']).toContain('text/html')
  expect(await html.text()).toMatch(/^<!DOCTYPE html>/i)
})

test('signed-in requests bypass the cache, and a signed-in page never reaches a visitor', async ({ page, browser }) => {
  await page.goto('/sign-in')
  await page.getByLabel('Email address').fill('delivery.hastings@example.org')
  await page.getByLabel('Password').fill(DEV_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/dashboard$/)

  for (const path of ['/dashboard', '/plans/hastings', '/']) {
    const r = await page.request.get(path)
    expect(r.status(), path).toBe(200)
    expect(cacheStatus(r), path).toBe('BYPASS')
  }
  const dashboard = await page.request.get('/dashboard')
  expect(dashboard.headers()['cache-control']).toMatch(/private|no-store/)

  const visitor = await browser.newContext()
  const v = await visitor.newPage()
  for (let i = 0; i < 2; i++) {
    const r = await v.request.get('/dashboard', { maxRedirects: 0 })
    expect(r.status()).toBe(307)
    expect(r.headers()['location']).toContain('/sign-in')
  }
  await v.goto('/plans/hastings')
  await expect(v).toHaveURL(/\/sign-in/)
  const home = await (await v.request.get('/')).text()
  expect(home).not.toContain('delivery.hastings@example.org')
  expect(home).not.toContain('Sign out')
  await visitor.close()
})

test('a change published through one instance reaches the other instance at once, and nginx within its delay', async ({
  browser,
}) => {
  const visitor = await browser.newContext()
  // Both instances and nginx now hold the page without the new period.
  for (const base of [instanceB, instanceB, '']) {
    const r = await visitor.request.get(`${base}/areas/derby`)
    expect(await r.text()).not.toContain('2037/38')
  }
  expect((await visitor.request.get(`${instanceB}/areas/derby`)).headers()['x-nextjs-cache']).toBe('HIT')

  const staff = await browser.newContext({ baseURL: instanceA })
  const page = await staff.newPage()
  await page.goto('/sign-in')
  await page.getByLabel('Email address').fill('delivery.derby@example.org')
  await page.getByLabel('Password').fill(DEV_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL(/\/dashboard$/)
  await page.goto(`${instanceA}/plans/derby/import/measures`)
  const template = await page.request.get(`${instanceA}/plans/derby/import/measures/template`)
  const [header, first] = (await template.text()).trim().split('\n')
  const id = first?.split(',')[0] ?? ''
  await page.getByLabel('Upload a file').setInputFiles({
    name: 'values.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([header, `${id},x,2037/38,61,no,`].join('\n')),
  })
  await page.getByRole('button', { name: 'Check the file' }).click()
  await page.getByRole('button', { name: 'Save 1 value' }).click()
  await expect(page.getByText('The measure values have been saved.')).toBeVisible()

  // The other instance: its copy was expired in Redis by the first one.
  expect(await (await visitor.request.get(`${instanceB}/areas/derby`)).text()).toContain('2037/38')
  // nginx: within the documented delay.
  await expect
    .poll(async () => (await (await visitor.request.get('/areas/derby')).text()).includes('2037/38'), {
      timeout: PUBLISH_DELAY_MS + 1_000,
      intervals: [100],
    })
    .toBe(true)
  await staff.close()
  await visitor.close()
})
