/** Signing out on one device ends that session on the server: a copy of its cookie stops working. */
import { expect, signIn, test } from './fixtures'

test('a session cookie replayed after "Sign out" no longer signs anyone in', async ({ page, browser }) => {
  await signIn(page, 'delivery.hastings@example.org')
  const copied = await page.context().cookies()
  expect(copied.some((c) => c.name.endsWith('next-auth.session-token'))).toBe(true)

  await page.goto('/account')
  await page.getByRole('button', { name: 'Sign out', exact: true }).click()
  await expect(page).toHaveURL(/\/$/)

  // Someone who kept a copy of the cookie (another browser, a stolen copy) replays it.
  const replay = await browser.newContext()
  await replay.addCookies(copied)
  const other = await replay.newPage()
  await other.goto('/account')
  await expect(other).toHaveURL(/\/sign-in/)
  await expect(other.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  await replay.close()
})
