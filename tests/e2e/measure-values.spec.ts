import { expect, expectAccessible, signIn, test } from './fixtures'

// Records period 2045, later than any value another spec gives this measure (measure-import adds
// 2032 and 2033), so it is the latest whatever order the specs run in.
test('a delivery team member records a measure value and sets a status by hand with a reason', async ({ page }) => {
  await signIn(page, 'delivery.derby@example.org')
  await page.getByRole('link', { name: 'Derby working delivery plan' }).click()
  const measureLink = page.locator('main ul.govuk-list a[href^="/measures/"]').first()
  const name = (await measureLink.innerText()).trim()
  await measureLink.click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expectAccessible(page)

  await page.getByLabel('Value', { exact: true }).fill('seventy')
  await page.getByRole('button', { name: 'Save value' }).click()
  const summary = page.locator('.govuk-error-summary')
  await expect(summary).toContainText('Enter the period the value is for')
  await expect(summary).toContainText('Enter the value as a number, like 71.5')
  await expect(page.getByLabel('Value', { exact: true })).toHaveValue('seventy')
  await expectAccessible(page)

  await page.getByLabel('Period').fill('2045')
  await page.getByLabel('Value', { exact: true }).fill('42.5')
  await page.getByLabel('Provisional (may still be revised)').check()
  await page.getByLabel('Local insight').fill('Counted in a new way from this year')
  await page.getByRole('button', { name: 'Save value' }).click()
  await expect(page.getByText('The value has been recorded.')).toBeVisible()
  const row = page.getByRole('table', { name: /Values of/ }).getByRole('row', { name: /2045/ })
  await expect(row).toContainText('Provisional')
  await expect(row).toContainText('Counted in a new way from this year')
  await expect(page.locator('.govuk-summary-list')).toContainText('(2045)')

  await page.getByLabel('Off track').check()
  await page.getByRole('button', { name: 'Save status' }).click()
  await expect(summary).toContainText('Enter why the status is set by hand')
  await page.getByLabel('Why the status is set by hand').fill('The new count is not comparable yet')
  await page.getByRole('button', { name: 'Save status' }).click()
  await expect(page.getByText('The status is now set by hand.')).toBeVisible()
  await expect(page.locator('.govuk-summary-list')).toContainText('Set by hand: The new count is not comparable yet')

  await page.goto('/audit')
  await expect(page.getByRole('table')).toContainText('recorded measure value')
  await expect(page.getByRole('table')).toContainText('overrode measure status')
})
