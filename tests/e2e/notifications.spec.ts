import { expect, expectAccessible, proposeToFirstAction, signIn, test } from './fixtures'
import { mailTo } from './mail-sink'

/**
 * A partner's proposal reaches the chair: the unread count on every signed-in page, the inbox,
 * the e-mail (through the test's SMTP server, sent by the in-process worker), and the
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

  // The e-mail went out at once (proposals are immediate by default) through the test's SMTP
  // server, sent by the in-process worker, with the link into the portal.
  await expect.poll(() => mailTo('chair.bradford@example.org', 'Proposal from').length, { timeout: 60_000 }).toBeGreaterThan(0)
  const [mail] = mailTo('chair.bradford@example.org', 'Proposal from')
  expect(mail?.text).toMatch(/See it in the portal: http:\/\/\S+\/notifications\/\S+/)
  // With SMTP configured there is no development mailbox.
  const adminContext = await browser.newContext()
  const admin = await adminContext.newPage()
  await signIn(admin, 'admin@example.org')
  await expect(admin.getByRole('link', { name: 'Development mailbox' })).toHaveCount(0)
  expect((await admin.goto('/mailbox'))?.status()).toBe(404)
  await adminContext.close()
})
