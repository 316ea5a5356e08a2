import { expect, expectAccessible, test } from './fixtures'

test('a visitor finds Hastings from the home page and reads its sourced facts', async ({ page, visit }) => {
  await visit('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Opportunity Areas' })).toBeVisible()
  // Headline figures: the programme's announced funding, with sources.
  await expect(page.getByRole('heading', { name: 'Programme funding' })).toBeVisible()
  await expect(page.getByText('£108,000,000')).toBeVisible()
  const areas = page.getByRole('table', { name: /Opportunity Areas by region/ })
  await expect(areas.getByRole('link')).toHaveCount(12)
  // Grouped by region; areas whose region no source confirms are listed last, and say so.
  await expect(areas.getByRole('rowheader', { name: 'Region not confirmed by a source' })).toBeVisible()

  await areas.getByRole('link', { name: 'Hastings' }).click()
  await expect(page).toHaveURL(/\/areas\/hastings$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Hastings' })).toBeVisible()
  await page.waitForLoadState('load')
  await expectAccessible(page)
  await expect(page).toHaveTitle('Hastings – Opportunity Areas partnership portal')
  await expect(page.getByRole('heading', { name: 'Priority 1: Improving literacy' })).toBeVisible()
  await expect(page.getByText('Ranked 282 of 324')).toBeVisible()
  // The status of a success measure: no value since the baseline yet.
  // The measure's row in its priority's table (the funding table names the measures its actions serve).
  const phonics = page.getByRole('row', { name: /Pupils meeting the expected standard in phonics/ }).first()
  await expect(phonics).toContainText('85% (by 2021)')
  await expect(phonics).toContainText('Too early to judge')
  await expect(page.getByText('Richard Meddings')).toBeVisible()
  await expect(page.getByRole('cell', { name: /£1,250,000/ })).toBeVisible()
  // Unknown facts say so instead of guessing.
  await expect(page.getByText('Not confirmed by a source')).toBeVisible()

  // A source reference jumps to the numbered source, which links out.
  const firstRef = page.locator('.app-source-refs a').first()
  const target = await firstRef.getAttribute('href')
  await firstRef.click()
  await expect(page.locator(`${target} a`)).toHaveAttribute('href', /^https?:\/\//)
})

test('every area page renders and passes axe', async ({ page, visit }) => {
  // Thirteen pages, each scanned by axe: headroom for a slow, busy machine.
  test.setTimeout(120_000)
  await visit('/')
  const links = await page
    .getByRole('table', { name: /Opportunity Areas by region/ })
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
  expect(links).toHaveLength(12)
  for (const href of links) {
    await visit(href)
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible()
  }
})

test('an unknown area answers 404 with the GOV.UK page', async ({ page }) => {
  for (const path of ['/areas/atlantis', '/areas/%00%ff', '/no-such-page']) {
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  }
  await expectAccessible(page)
})

test('the skip link is the first stop for keyboard users and moves focus to the content', async ({ page, visit }) => {
  await visit('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main-content$/)
})

test('every response carries the security headers', async ({ request }) => {
  for (const path of ['/', '/areas/derby', '/no-such-page']) {
    const response = await request.get(path)
    const h = response.headers()
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(h['x-content-type-options']).toBe('nosniff')
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(h['x-powered-by']).toBeUndefined()
  }
})
