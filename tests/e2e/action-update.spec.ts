import { expect, expectAccessible, signIn, test } from './fixtures'

test('a partner posts an update on an action they own; the public area page shows it at once', async ({ page }) => {
  // Every page says so while fictional demo activity is loaded.
  await page.goto('/')
  await expect(page.getByRole('region', { name: 'Demo data' })).toBeVisible()

  await signIn(page, 'partner.derby@example.org')
  const owned = page.getByRole('table', { name: 'Actions you own' })
  const first = owned.getByRole('row').nth(1)
  const title = (await first.getByRole('rowheader').innerText()).replace(/\s*Demo$/, '').trim()
  await first.getByRole('link', { name: /Post an update/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Post an update: ${title}` })).toBeVisible()
  await page.waitForLoadState('load')
  await expectAccessible(page)

  // Errors the GOV.UK way, keeping what was typed.
  await page.getByLabel('Progress (%)').fill('150')
  await page.getByRole('button', { name: 'Post update' }).click()
  await expect(page.locator('.govuk-error-summary')).toContainText('Progress must be a whole number from 0 to 100')
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter what has happened since the last update')
  await expect(page).toHaveTitle(/^Error: /)
  await expect(page.getByLabel('Progress (%)')).toHaveValue('150')
  await expectAccessible(page)

  await page.getByLabel('At risk').check()
  await page.getByLabel('Progress (%)').fill('40')
  await page.getByLabel('What has happened since the last update').fill('Two schools have joined; the third needs more time.')
  await page.getByRole('button', { name: 'Post update' }).click()
  await expect(page).toHaveURL(/\/dashboard\?done=update-posted$/)
  await expect(page.getByText('Your update has been posted.')).toBeVisible()

  // The public page was cached; publishing the change expired it.
  await page.goto('/areas/derby')
  // The action's row in its priority's table (the funding table further down names it too).
  const row = page.getByRole('row', { name: new RegExp(title) }).first()
  await expect(row).toContainText('At risk')
  await expect(row).toContainText('40%')
})

test('someone who does not own an action cannot open or post its update form', async ({ page }) => {
  await signIn(page, 'partner.derby@example.org')
  const href = await page
    .getByRole('table', { name: 'Actions you own' })
    .getByRole('link', { name: /Post an update/ })
    .first()
    .getAttribute('href')
  await page.goto('/account')
  await page.getByRole('button', { name: 'Sign out', exact: true }).click()
  await expect(page).toHaveURL(/\/$/)

  await signIn(page, 'partner.hastings@example.org')
  const response = await page.goto(href ?? '/')
  expect(response?.status()).toBe(404)
})
