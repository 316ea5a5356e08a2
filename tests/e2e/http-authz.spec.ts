/**
 * The authorisation matrix at the HTTP level. A real server-action request is captured from
 * the browser of someone allowed to make it, then replayed byte for byte with no session and
 * with the session of a role that may not: the server must refuse, and nothing may change.
 * Signed-in pages and their RSC variants are requested the same way.
 */
import { expect, signIn, test } from './fixtures'
import { captureAction, replay, sessionFor } from './replay'

test('server actions refuse replayed requests without a session or with too low a role, and change nothing', async ({
  page,
  browser,
}) => {
  // An admin's invitation request, captured before it reaches the server.
  await signIn(page, 'admin@example.org')
  await page.goto('/users/invite')
  const invite = await captureAction(page, async () => {
    await page.getByLabel('Full name').fill('Replayed Invite')
    await page.getByLabel('Email address').fill('replayed@example.org')
    await page.getByLabel('Board chair').check()
    await page.getByLabel('Hastings').check()
    await page.getByRole('button', { name: 'Invite user' }).click()
  })

  // A partner's update on an action they own, captured the same way.
  const partner = await browser.newContext()
  const partnerPage = await partner.newPage()
  await signIn(partnerPage, 'partner.derby@example.org')
  await partnerPage
    .getByRole('table', { name: 'Actions you own' })
    .getByRole('link', { name: /Post an update/ })
    .first()
    .click()
  await partnerPage.waitForLoadState('load')
  const actionPath = new URL(partnerPage.url()).pathname
  const update = await captureAction(partnerPage, async () => {
    await partnerPage.getByLabel('Off track').check()
    await partnerPage.getByLabel('What has happened since the last update').fill('Replayed update that must never land')
    await partnerPage.getByRole('button', { name: 'Post update' }).click()
  })
  await partner.close()

  for (const who of [null, 'chair.hastings@example.org', 'delivery.hastings@example.org', 'partner.hastings@example.org']) {
    const s = await sessionFor(browser, who)
    const res = await replay(s.request, invite)
    // Signed out: sent to sign in. Signed in with too low a role: a refusal in the form state.
    if (who === null) expect([303, 307]).toContain(res.status())
    else expect(await res.text()).toMatch(/You cannot invite this user|You can only invite board members to your own areas/)
    const upd = await replay(s.request, update)
    if (who === null) expect([303, 307]).toContain(upd.status())
    else expect(await upd.text()).toContain('You cannot update this action.')
    await s.close()
  }

  // Nothing was written: no such user, and no such update on the action.
  await page.goto('/users')
  await expect(page.getByRole('table')).not.toContainText('replayed@example.org')
  await page.goto(actionPath)
  await expect(page.locator('main')).not.toContainText('Replayed update that must never land')

  // The same captured request replayed as the admin does land: the replay itself is sound.
  const admin = await replay(page.request, invite)
  expect(admin.status()).toBe(200)
  await page.goto('/users')
  await expect(page.getByRole('table')).toContainText('replayed@example.org')
})

test('signed-in pages and their RSC variants answer 404 to roles that may not use them', async ({ browser }) => {
  const cases: [string, string[]][] = [
    // Partners propose (in their own area only) but do not edit; the delivery team edits, so has no proposal forms.
    [
      'partner.derby@example.org',
      ['/users', '/users/invite', '/audit', '/plans/derby/actions/new', '/plans/hastings/propose/priorities/new'],
    ],
    ['chair.derby@example.org', ['/users', '/users/invite']],
    ['delivery.derby@example.org', ['/plans/derby/propose/actions/new', '/plans/derby/propose/milestones/new']],
  ]
  for (const [email, paths] of cases) {
    const s = await sessionFor(browser, email)
    for (const path of paths) {
      for (const headers of [{}, { RSC: '1' }] as Record<string, string>[]) {
        // RSC requests first get Next's cache-busting redirect to `?_rsc=…`; follow it.
        // An RSC payload for a not-found page may come with 200: what matters is that it is the
        // "Page not found" tree and holds nothing of the page itself.
        const res = await s.request.get(path, { headers })
        const label = `${email} ${path} ${JSON.stringify(headers)}`
        expect(res.status(), label).toBe('RSC' in headers ? res.status() : 404)
        if ('RSC' in headers) expect([200, 404], label).toContain(res.status())
        expect(new URL(res.url()).pathname).toBe(path)
        const body = await res.text()
        expect(body, label).toContain('Page not found')
        for (const secret of ['Set-password link', '@example.org', 'Full name']) expect(body, label).not.toContain(secret)
      }
    }
    if (email.startsWith('partner')) expect((await s.request.get('/audit/download')).status()).toBe(404)
    await s.close()
  }
  // Signed out, every one of them goes to sign in, RSC or not.
  const s = await sessionFor(browser, null)
  for (const path of ['/users', '/users/invite', '/audit', '/dashboard']) {
    for (const headers of [{}, { RSC: '1' }] as Record<string, string>[]) {
      const res = await s.request.get(path, { headers, maxRedirects: 0 })
      expect([307, 308], `${path} ${JSON.stringify(headers)}`).toContain(res.status())
    }
  }
  await s.close()
})
