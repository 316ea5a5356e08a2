import { expect, expectAccessible, proposeToFirstAction, signIn, test } from './fixtures'

/**
 * A partner's proposal reaches the chair: the unread count on every signed-in page, the inbox,
 * the e-mail (the development mailbox without SMTP, sent by the in-process worker), and the
 * chair's e-mail choices. Bradford: no other journey writes there.
 */
test('a proposal notifies the chair in the portal and by e-mail; the chair reads it and chooses a daily digest', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000)
  const run = Date.now()
  await signIn(page, 'partner.bradford@example.org')
  await page.goto('/plans/bradford')
  await proposeToFirstAction(page)
  await page.getByLabel('Title').fill(`Careers fairs in every secondary school (run ${run})`)
  await page.getByLabel('Why are you proposing this change?').fill(`Two schools had none last year (run ${run})`)
  await page.getByRole('button', { name: 'Send proposal' }).click()
  await expect(page.getByText('Your proposal has been sent to the delivery team and the chair.')).toBeVisible()
  const proposalPath = new URL(page.url()).pathname

  const chairContext = await browser.newContext()
  const chair = await chairContext.newPage()
  await signIn(chair, 'chair.bradford@example.org')
  const bar = chair.getByRole('navigation', { name: 'Your account' })
  await expect(bar).toContainText('Signed in as')
  await expect(bar.getByRole('link', { name: /^Notifications \d+ unread$/ })).toBeVisible()
  await bar.getByRole('link', { name: /^Notifications/ }).click()
  await expect(chair.getByRole('heading', { level: 1 })).toHaveText('Notifications')
  const item = chair.getByRole('listitem').filter({ hasText: `run ${run}` })
  await expect(item).toContainText('Unread')
  await expect(item).toContainText('A partner proposes a change')
  await expectAccessible(chair)
  await item.getByRole('link', { name: /^Proposal from / }).click()
  await expect(chair).toHaveURL(new RegExp(`${proposalPath}$`))
  await chair.goto('/notifications')
  await expect(chair.getByRole('listitem').filter({ hasText: `run ${run}` })).not.toContainText('Unread')

  // Another person's notification does not open.
  const href = await chair
    .getByRole('listitem')
    .filter({ hasText: `run ${run}` })
    .getByRole('link')
    .first()
    .getAttribute('href')
  const partnerOpen = await page.request.get(href!, { maxRedirects: 0 })
  expect(partnerOpen.status()).toBe(404)

  // E-mail choices: kept on the account, with the GOV.UK form.
  await chair.goto('/account/notifications')
  await expect(chair.getByRole('heading', { level: 1 })).toHaveText('Your e-mail choices')
  await expectAccessible(chair)
  const group = chair.getByRole('group', { name: 'A partner proposes a change' })
  await group.getByLabel('In a daily e-mail digest').check()
  await chair.getByRole('button', { name: 'Save e-mail choices' }).click()
  await expect(chair.getByText('Your e-mail choices have been saved.')).toBeVisible()
  await expect(
    chair.getByRole('group', { name: 'A partner proposes a change' }).getByLabel('In a daily e-mail digest'),
  ).toBeChecked()
  await chairContext.close()

  // Without SMTP_URL the e-mail is in the development mailbox, handled by the worker.
  const adminContext = await browser.newContext()
  const admin = await adminContext.newPage()
  await signIn(admin, 'admin@example.org')
  await admin.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name: 'Development mailbox' }).click()
  const mail = admin
    .locator('details')
    .filter({ hasText: 'to chair.bradford@example.org' })
    .filter({ hasText: 'Proposal from' })
    .first()
  await expect(mail).toBeVisible()
  await mail.locator('summary').click()
  await expect(mail).toContainText('/notifications/')
  await expect(async () => {
    await admin.reload()
    await admin.locator('details').filter({ hasText: 'to chair.bradford@example.org' }).first().locator('summary').click()
    await expect(admin.locator('details').filter({ hasText: 'to chair.bradford@example.org' }).first()).toContainText(
      'handled by the worker',
    )
  }).toPass({ timeout: 60_000 })
  await expectAccessible(admin)
  await adminContext.close()
})
