import { expect, expectAccessible, test } from './fixtures'

test('an area’s delivery plan prints to A4: no site chrome, a page per priority', async ({ page }) => {
  await page.goto('/areas/hastings')
  await page.getByRole('link', { name: 'Print the delivery plan' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: /^Priority 1: / })).toBeVisible()
  await expectAccessible(page)

  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.govuk-service-navigation')).toBeHidden()
  await expect(page.locator('.govuk-footer')).toBeHidden()
  await expect(page.getByText('Use your browser’s print command')).toBeHidden()
  const breaks = await page.locator('.app-print-priority').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore))
  expect(breaks.length).toBeGreaterThan(1)
  expect(new Set(breaks)).toEqual(new Set(['page']))

  // Chromium's own PDF output: A4, and at least one page per priority plus funding.
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
  expect(pages).toBeGreaterThanOrEqual(breaks.length)
})
