import { editFirstAction, expect, expectAccessible, fillConsultation, fillDate, signIn, signedIn, test } from './fixtures'
import { mailTo } from './mail-sink'

/**
 * The partner-voice journey end to end, with real e-mail: the delivery team invites a second
 * partner (their set-password link arrives through the test's SMTP server), puts them on the
 * board and names the first partner their deputy; the chair opens a consultation; both partners
 * are told in the portal and by e-mail, once each; the first partner responds for themself and,
 * as deputy, for the second; the chair closes it; the summary is published with the next plan
 * version. Fenland and East Cambridgeshire: no other journey writes there.
 */
const AREA = 'fenland-east-cambridgeshire'
const A = `partner.${AREA}@example.org`
const A_NAME = `Board partner (${AREA})`
const PASSWORD = 'fenland-partner-voice-2026'

test('a consultation reaches two partners in the portal and by e-mail; one answers through a deputy; the summary is published', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000)
  const run = Date.now()
  const B = `second.partner.${run}@example.org`
  const B_NAME = `Second partner ${run}`
  const question = `Should holiday clubs come before tutoring? (run ${run})`
  // This run's consultation e-mails to one address (the dev partner's inbox outlives a run).
  const asked = (to: string) => mailTo(to, 'your view is asked on the draft plan').filter((m) => m.text.includes(question))

  // The delivery team invites the second partner; the link arrives by e-mail.
  const team = await signedIn(browser, `delivery.${AREA}@example.org`)
  await team.page.getByRole('link', { name: 'Board members you manage' }).click()
  await team.page.getByRole('button', { name: 'Invite a user' }).click()
  await team.page.getByLabel('Full name').fill(B_NAME)
  await team.page.getByLabel('Email address').fill(B)
  await team.page.getByRole('button', { name: 'Invite user' }).click()
  await expect(team.page.getByText(`${B_NAME} has been invited.`)).toBeVisible()
  await expect(team.page.getByText(`It has been e-mailed to ${B_NAME}.`)).toBeVisible()
  const shown = await team.page.getByLabel('Set-password link').inputValue()
  const invitation = mailTo(B, 'Set your password')
  expect(invitation).toHaveLength(1)
  expect(invitation[0]?.text).toContain(shown)

  const second = await browser.newContext()
  const b = await second.newPage()
  await b.goto(new URL(shown).pathname)
  await b.getByLabel('New password', { exact: true }).fill(PASSWORD)
  await b.getByLabel('Confirm new password').fill(PASSWORD)
  await b.getByRole('button', { name: 'Set password' }).click()
  await expect(b.getByText('Your password has been set.')).toBeVisible()

  // On the board, linked to the account, with the first partner as deputy.
  await team.page.goto(`/boards/${AREA}/members/new`)
  await team.page.getByLabel('Name', { exact: true }).fill(B_NAME)
  await team.page.getByLabel('Sector they represent').selectOption({ label: 'Voluntary and community' })
  await team.page.getByLabel('Member', { exact: true }).check()
  await fillDate(team.page, 'startsOn', [1, 1, new Date().getUTCFullYear()])
  await team.page.getByLabel('Their portal account (optional)').selectOption({ label: `${B_NAME} (${B})` })
  await team.page.getByRole('button', { name: 'Add member' }).click()
  await expect(team.page).toHaveURL(new RegExp(`/boards/${AREA}`))
  await team.page.getByRole('link', { name: B_NAME }).click()
  await team.page.getByLabel('Who attends in their place').selectOption({ label: A_NAME })
  await team.page.getByRole('button', { name: 'Save deputy' }).click()
  await expect(team.page.getByText('The deputy has been saved.')).toBeVisible()

  // The chair opens a consultation on the draft.
  await signIn(page, `chair.${AREA}@example.org`)
  await page.goto(`/plans/${AREA}/consultations/new`)
  const closes = new Date(Date.now() + 6 * 86_400_000)
  await fillConsultation(page, question, closes)
  await page.getByRole('button', { name: 'Open the consultation' }).click()
  await expect(page.getByText('The consultation is open.')).toBeVisible()
  const consultationPath = new URL(page.url()).pathname

  // Both partners are told by e-mail (at once: consultations are deadlines) ...
  for (const to of [A, B]) {
    await expect.poll(() => asked(to).length, { timeout: 60_000, message: to }).toBe(1)
    expect(asked(to)[0]?.text).toContain('/notifications/')
  }
  // ... and in the portal: the unread count, the inbox and the briefing.
  await b.getByLabel('Email address').fill(B)
  await b.getByLabel('Password').fill(PASSWORD)
  await b.getByRole('button', { name: 'Sign in' }).click()
  await expect(b).toHaveURL(/\/dashboard$/)
  await expect(
    b.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name: /Notifications 1 unread/ }),
  ).toBeVisible()
  await b.goto('/notifications')
  await expect(b.getByRole('listitem').filter({ hasText: question })).toContainText('Unread')
  await b.goto('/briefing')
  await expect(
    b
      .getByRole('listitem')
      .filter({ hasText: question })
      .getByRole('link', { name: /^Respond\b/ }),
  ).toBeVisible()

  const partner = await signedIn(browser, A)
  await partner.page.goto('/notifications')
  await expect(partner.page.getByRole('listitem').filter({ hasText: question })).toContainText('Unread')

  // The first partner responds for themself, then for the second as their deputy.
  await partner.page.goto(consultationPath)
  await partner.page.getByLabel('Myself').check()
  await partner.page.getByLabel('Response').fill(`Holiday clubs first: families asked for them (run ${run})`)
  await partner.page.getByRole('button', { name: 'Send response' }).click()
  await expect(partner.page.getByText('Your response has been recorded.')).toBeVisible()
  await partner.page.getByLabel(`${B_NAME}, as their deputy`).check()
  await partner.page.getByLabel('Response').fill(`Tutoring first, as my organisation agreed (run ${run})`)
  await partner.page.getByRole('button', { name: 'Send response' }).click()
  await expect(partner.page.getByText('Your response has been recorded.')).toBeVisible()
  await expect(partner.page.locator('main')).toContainText(`${B_NAME} (sent by ${A_NAME}, their deputy)`)
  await expectAccessible(partner.page)
  await partner.close()

  // The second partner sees what their deputy sent, and nothing is left to do in their briefing.
  await b.goto(consultationPath)
  await expect(b.locator('main')).toContainText(`Tutoring first, as my organisation agreed (run ${run})`)
  await expect(b.locator('main')).toContainText(`${B_NAME} (sent by ${A_NAME}, their deputy)`)
  await b.goto('/briefing')
  await expect(b.getByRole('listitem').filter({ hasText: question })).toHaveCount(0)

  // The chair closes it; the next approved version publishes the summary and the answer.
  await page.goto(consultationPath)
  await page.getByLabel('Summary of the responses').fill('One partner wants holiday clubs first, the other tutoring.')
  await page.getByLabel('The board’s answer').fill(`Holiday clubs this summer, tutoring from September (run ${run}).`)
  await page.getByRole('button', { name: 'Close and record the answer' }).click()
  await expect(page.getByText('The consultation is closed.')).toBeVisible()

  await team.page.goto(`/plans/${AREA}`)
  await editFirstAction(team.page)
  await team.page.getByLabel('Title').fill(`Holiday clubs in the summer (run ${run})`)
  await team.page.getByRole('button', { name: 'Save action' }).click()
  await expect(team.page.getByText('The action has been saved in the draft plan.')).toBeVisible()
  await team.page.goto(`/plans/${AREA}`)
  await team.page.getByLabel('What has changed').fill('Holiday clubs first, as the board answered')
  await team.page.getByRole('button', { name: 'Submit for approval' }).click()
  await expect(team.page.getByText('The draft has been sent to the chair for approval.')).toBeVisible()
  await team.close()

  await page.goto(`/plans/${AREA}`)
  await page.getByLabel('Approve and publish').check()
  await page.getByLabel('Note or reason').fill('Agreed after the consultation')
  await page.getByRole('button', { name: 'Confirm decision' }).click()
  await expect(page.getByText('The plan has been approved and published.')).toBeVisible()

  const visitor = await browser.newContext()
  const v = await visitor.newPage()
  await v.goto(`/areas/${AREA}/changes`)
  const consulted = v.locator('.govuk-inset-text').filter({ hasText: question })
  await expect(consulted).toContainText('2 responses')
  await expect(consulted).toContainText(`Holiday clubs this summer, tutoring from September (run ${run}).`)
  await expect(v.locator('main')).not.toContainText('as my organisation agreed')
  await expectAccessible(v)
  await visitor.close()

  // Still exactly one e-mail each about the consultation: nothing was sent twice.
  for (const to of [A, B]) expect(asked(to), to).toHaveLength(1)
  await second.close()
})
