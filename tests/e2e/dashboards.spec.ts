import { expect, expectAccessible, signIn, test } from './fixtures'

for (const [email, caption, section] of [
  ['admin@example.org', 'All 12 areas: all areas', 'Plan health and funding by area'],
  ['chair.hastings@example.org', 'Board chair: Hastings', 'Plan health by priority'],
  ['delivery.oldham@example.org', 'Delivery team: Oldham', 'Overdue actions'],
  ['partner.derby@example.org', 'Board member: Derby', 'Actions you own'],
] as const) {
  test(`${email} signs in to their role's dashboard`, async ({ page }) => {
    await signIn(page, email)
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
    await expect(page.getByText(caption)).toBeVisible()
    await expect(page.getByText(section).first()).toBeVisible()
    await page.waitForLoadState('load')
    await expectAccessible(page)
  })
}

test('the admin dashboard lists every area and the users by role', async ({ page }) => {
  await signIn(page, 'admin@example.org')
  const table = page.getByRole('table', { name: 'Plan health and funding by area' })
  await expect(table.getByRole('link')).toHaveCount(12)
  await expect(page.getByText('Board chairs')).toBeVisible()
})

test('signed-in pages refuse visitors without a valid session, at the page and not only in the proxy', async ({
  request,
  browser,
}) => {
  for (const path of ['/dashboard', '/account']) {
    // No cookie: the proxy sends the visitor to sign in.
    const plain = await request.get(path, { maxRedirects: 0 })
    expect(plain.status()).toBe(307)
    expect(plain.headers().location).toContain('/sign-in')
    // The RSC variant too.
    const rsc = await request.get(path, { maxRedirects: 0, headers: { RSC: '1' } })
    expect([307, 308]).toContain(rsc.status())
  }
  // A forged cookie gets past the proxy's convenience check, but the page itself sends them away.
  const context = await browser.newContext()
  await context.addCookies([{ name: 'next-auth.session-token', value: 'forged', url: test.info().project.use.baseURL ?? '' }])
  const page = await context.newPage()
  await page.goto('/dashboard')
  await expect(page).toHaveURL(/\/sign-in/)
  await expect(page.getByRole('heading', { name: 'Your account' })).toHaveCount(0)
  await context.close()
})
