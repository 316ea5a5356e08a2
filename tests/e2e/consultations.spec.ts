import { editFirstAction, expect, expectAccessible, fillConsultation, signIn, test } from './fixtures'
import { captureAction, replay, sessionFor } from './replay'

/**
 * The chair consults the board on the draft; the partner is told (inbox, dashboard), responds;
 * the chair closes it with the board's answer; it is published with the next version, without
 * the response itself. Doncaster: no other journey writes there.
 */
test('a consultation opened by the chair, answered by a partner, closed and published with the next plan version', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000)
  const run = Date.now()
  const question = `Should the careers priority start in primary school? (run ${run})`
  const response = `Yes: the primary heads asked for it (run ${run})`

  await signIn(page, 'chair.doncaster@example.org')
  await page.goto('/plans/doncaster')
  await page.getByRole('link', { name: 'Consultations of the board on the draft' }).click()
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Open a consultation' }).click()
  await page.getByRole('button', { name: 'Open the consultation' }).click()
  const summary = page.locator('.govuk-error-summary')
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('Enter the question')
  await expect(summary).toContainText('Enter the closing date')
  await expectAccessible(page)
  // Within the briefing's fortnight.
  const closes = new Date(Date.now() + 6 * 86_400_000)
  await fillConsultation(page, question, closes)
  await page.getByRole('button', { name: 'Open the consultation' }).click()
  await expect(page.getByText('The consultation is open.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(question)
  const consultationPath = new URL(page.url()).pathname

  // The partner: told in the inbox, listed on the dashboard, responds.
  const partnerContext = await browser.newContext()
  const partner = await partnerContext.newPage()
  await signIn(partner, 'partner.doncaster@example.org')
  await expect(partner.getByRole('link', { name: question })).toBeVisible()
  // The five-minute briefing has it, with the link that does it.
  await partner.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name: 'What needs you' }).click()
  await expect(partner.getByRole('heading', { level: 1 })).toHaveText('What needs you')
  const ask = partner.getByRole('listitem').filter({ hasText: question })
  await expect(ask).toContainText('Consultation · Doncaster')
  await expect(ask.getByRole('link', { name: /^Respond\b/ })).toBeVisible()
  await expectAccessible(partner)
  await partner.goto('/notifications')
  await expect(partner.getByRole('listitem').filter({ hasText: question })).toContainText('Unread')
  await partner.getByRole('listitem').filter({ hasText: question }).getByRole('link').first().click()
  await expect(partner).toHaveURL(new RegExp(`${consultationPath}$`))
  await partner.getByRole('button', { name: 'Send response' }).click()
  await expect(partner.locator('.govuk-error-summary')).toContainText('Enter the response')
  await expectAccessible(partner)
  await partner.getByLabel('Response').fill(response)
  await partner.getByRole('button', { name: 'Send response' }).click()
  await expect(partner.getByText('Your response has been recorded.')).toBeVisible()
  await expect(partner.locator('main')).toContainText(response)
  await expectAccessible(partner)
  await partner.goto('/briefing')
  await expect(partner.getByRole('listitem').filter({ hasText: question })).toHaveCount(0)

  // The chair closes it with a summary and the board's answer.
  await page.reload()
  await expect(page.locator('main')).toContainText(response)
  await page.getByLabel('Summary of the responses').fill('The partner who answered wants careers work from year 5.')
  await page.getByLabel('The board’s answer').fill(`Careers work starts in year 5 from September (run ${run}).`)
  await page.getByRole('button', { name: 'Close and record the answer' }).click()
  await expect(page.getByText('The consultation is closed.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Send response' })).toHaveCount(0)
  await expectAccessible(page)

  // Published with the next version the chair approves.
  const teamContext = await browser.newContext()
  const team = await teamContext.newPage()
  await signIn(team, 'delivery.doncaster@example.org')
  await team.goto('/plans/doncaster')
  await editFirstAction(team)
  await team.getByLabel('Title').fill(`Careers fairs from year 5 (run ${run})`)
  await team.getByRole('button', { name: 'Save action' }).click()
  await expect(team.getByText('The action has been saved in the draft plan.')).toBeVisible()
  await team.goto('/plans/doncaster')
  await team.getByLabel('What has changed').fill('Careers from year 5, as the board answered')
  await team.getByRole('button', { name: 'Submit for approval' }).click()
  await expect(team.getByText('The draft has been sent to the chair for approval.')).toBeVisible()
  await teamContext.close()

  await page.goto('/plans/doncaster')
  await page.getByLabel('Approve and publish').check()
  await page.getByLabel('Note or reason').fill('Agreed after the consultation')
  await page.getByRole('button', { name: 'Confirm decision' }).click()
  await expect(page.getByText('The plan has been approved and published.')).toBeVisible()

  await partner.goto('/areas/doncaster/changes')
  const consulted = partner.locator('.govuk-inset-text').filter({ hasText: question })
  await expect(consulted).toContainText('One response')
  await expect(consulted).toContainText(`Careers work starts in year 5 from September (run ${run}).`)
  await expect(partner.locator('main')).not.toContainText(response)
  await expectAccessible(partner)
  await partnerContext.close()
})

test('replayed consultation writes are refused for other areas and roles that may not make them, and change nothing', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000)
  const run = Date.now()
  await signIn(page, 'chair.doncaster@example.org')
  await page.goto('/plans/doncaster/consultations/new')
  const closes = new Date(Date.now() + 14 * 86_400_000)
  const open = await captureAction(page, async () => {
    await fillConsultation(page, `Replayed question that must never land (run ${run})`, closes)
    await page.getByRole('button', { name: 'Open the consultation' }).click()
  })
  for (const who of [null, 'partner.doncaster@example.org', 'delivery.doncaster@example.org', 'chair.hastings@example.org']) {
    const s = await sessionFor(browser, who)
    const res = await replay(s.request, open)
    if (who === null) expect([303, 307]).toContain(res.status())
    else expect(await res.text()).toContain('You cannot open a consultation in this area.')
    await s.close()
  }
  await page.goto('/plans/doncaster/consultations')
  await expect(page.locator('main')).not.toContainText(`run ${run}`)

  // A real one, and a partner's response to it replayed from another area and by an admin.
  await page.goto('/plans/doncaster/consultations/new')
  await fillConsultation(page, `Which schools should join first? (run ${run})`, closes)
  await page.getByRole('button', { name: 'Open the consultation' }).click()
  await expect(page.getByText('The consultation is open.')).toBeVisible()
  const path = new URL(page.url()).pathname
  const partnerContext = await browser.newContext()
  const partner = await partnerContext.newPage()
  await signIn(partner, 'partner.doncaster@example.org')
  await partner.goto(path)
  const respond = await captureAction(partner, async () => {
    await partner.getByLabel('Response').fill(`Replayed response that must never land (run ${run})`)
    await partner.getByRole('button', { name: 'Send response' }).click()
  })
  await partnerContext.close()
  for (const who of ['partner.hastings@example.org', 'admin@example.org']) {
    const s = await sessionFor(browser, who)
    expect(await (await replay(s.request, respond)).text()).toContain('You cannot respond to this consultation.')
    await s.close()
  }
  await page.goto(path)
  await expect(page.locator('main')).toContainText('No responses yet.')
})
