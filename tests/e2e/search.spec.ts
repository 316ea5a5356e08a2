import { expect, expectAccessible, test } from './fixtures'

test('a visitor searches across the portal and sees results grouped by type with the match marked', async ({ page, visit }) => {
  await visit('/')
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Search' }).click()
  await page.getByLabel('Search areas, priorities, measures, actions and board meetings').fill('phonics')
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\/search\?q=phonics$/)
  await expect(page.getByRole('status')).toHaveText('2 results for “phonics”.')
  const measures = page.getByRole('region', { name: 'Success measures (2)' })
  await expect(measures.locator('mark').first()).toHaveText(/phonics/i)
  await page.waitForLoadState('load')
  await expectAccessible(page)

  await measures.getByRole('link', { name: 'Pupils meeting the expected standard in phonics' }).click()
  await expect(page).toHaveURL(/\/areas\/hastings#priority-1$/)
})

test('search input is bounded and odd input is handled calmly', async ({ page }) => {
  for (const q of ['%', 'x'.repeat(3000), '<script>alert(1)</script>', '\'; DROP TABLE "Area"; --']) {
    const response = await page.goto(`/search?q=${encodeURIComponent(q)}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
    expect(await page.getByLabel('Search areas, priorities, measures, actions and board meetings').inputValue()).toHaveLength(
      Math.min(q.length, 100),
    )
  }
  const response = await page.goto('/search?q=zzzzqqq')
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('status')).toHaveText('No results for “zzzzqqq”.')
})
