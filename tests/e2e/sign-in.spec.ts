import { expect, expectAccessible, test } from './fixtures'

const PASSWORD = 'opportunity-dev-2026' // development accounts only (README)

test('a board chair signs in with the keyboard alone, sees their role and area, and signs out', async ({ page, visit }) => {
  await visit('/account')
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()

  await page.getByLabel('Email address').focus()
  await page.keyboard.type('chair.hastings@example.org')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Password')).toBeFocused()
  await page.keyboard.type(PASSWORD)
  await page.keyboard.press('Enter')

  await expect(page).toHaveURL(/\/account$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible()
  await expect(page.getByText('Board chair', { exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Hastings' })).toBeVisible()
  await expectAccessible(page)

  // The session cookie cannot be read by scripts and is not sent on cross-site requests.
  const session = (await page.context().cookies()).find((c) => c.name.endsWith('next-auth.session-token'))
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' })
  expect((session?.expires ?? 0) - Date.now() / 1000).toBeLessThanOrEqual(8 * 60 * 60 + 5)

  await page.getByRole('button', { name: 'Sign out', exact: true }).click()
  await expect(page).toHaveURL(/\/$/)
  await page.goto('/account')
  await expect(page).toHaveURL(/\/sign-in/)
})

test('a wrong password gets the GOV.UK error pattern without saying whether the account exists', async ({ page, visit }) => {
  await visit('/sign-in')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter your email address')
  await expect(page).toHaveTitle(/^Error: /)
  await expectAccessible(page)

  for (const email of ['partner.derby@example.org', 'nobody@example.org']) {
    await page.getByLabel('Email address').fill(email)
    await page.getByLabel('Password').fill('not the password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.locator('.govuk-error-summary')).toContainText('Enter a correct email address and password')
    // The answer is kept.
    await expect(page.getByLabel('Email address')).toHaveValue(email)
  }
  await expect(page.locator('.govuk-error-summary')).toBeFocused()
  await expectAccessible(page)
})
