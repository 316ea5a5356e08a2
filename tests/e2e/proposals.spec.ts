import { expect, expectAccessible, signIn, test } from './fixtures'

test('a partner proposes a change to an action; the delivery team declines one and accepts another into the draft', async ({
  page,
  browser,
}) => {
  await signIn(page, 'partner.blackpool@example.org')
  await page.getByRole('link', { name: 'Blackpool working delivery plan' }).click()
  await page
    .getByRole('table', { name: /^Actions under / })
    .first()
    .getByRole('link', { name: /^Propose a change to / })
    .first()
    .click()
  await expect(page.getByRole('button', { name: 'Send proposal' })).toBeVisible()
  // Owners are the delivery team's call: not on the proposal form.
  await expect(page.getByLabel('Owner')).toHaveCount(0)
  await expectAccessible(page)

  // Nothing changed and no reason: both are errors.
  await page.getByRole('button', { name: 'Send proposal' }).click()
  const summary = page.locator('.govuk-error-summary')
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('Enter why you are proposing this change')
  await expectAccessible(page)
  await page.getByLabel('Why are you proposing this change?').fill('The sessions now run in every primary school')
  await page.getByRole('button', { name: 'Send proposal' }).click()
  await expect(summary).toContainText('Change at least one answer to propose a change')
  await expect(page.getByLabel('Why are you proposing this change?')).toHaveValue('The sessions now run in every primary school')

  const first = `Proposed title ${Date.now()}`
  await page.getByLabel('Title').fill(first)
  await page.getByRole('button', { name: 'Send proposal' }).click()
  await expect(page.getByText('Your proposal has been sent to the delivery team and the chair.')).toBeVisible()
  await expect(page.getByRole('row', { name: /Title/ })).toContainText(first)
  await expect(page.getByText('Waiting for an answer')).toBeVisible()
  await expectAccessible(page)
  const firstUrl = page.url().replace(/\?.*$/, '')

  // A second proposal on the same action.
  await page.goto('/plans/blackpool')
  await page
    .getByRole('table', { name: /^Actions under / })
    .first()
    .getByRole('link', { name: /^Propose a change to / })
    .first()
    .click()
  const second = `Second proposed title ${Date.now()}`
  await page.getByLabel('Title').fill(second)
  await page.getByLabel('Why are you proposing this change?').fill('Shorter')
  await page.getByRole('button', { name: 'Send proposal' }).click()
  await expect(page.getByText('Your proposal has been sent to the delivery team and the chair.')).toBeVisible()
  const secondUrl = page.url().replace(/\?.*$/, '')

  // The delivery team answers: a decline needs a reason.
  const teamContext = await browser.newContext()
  const team = await teamContext.newPage()
  await signIn(team, 'delivery.blackpool@example.org')
  await team.getByRole('link', { name: 'Blackpool working delivery plan' }).click()
  await expect(team.getByRole('link', { name: /^Action: / }).first()).toBeVisible()
  await team.goto(secondUrl)
  await team.getByLabel('Decline it').check()
  await team.getByRole('button', { name: 'Send answer' }).click()
  await expect(team.locator('.govuk-error-summary')).toContainText('Enter the reason for declining the proposal')
  await expectAccessible(team)
  await team.getByLabel('Response').fill('The board agreed this wording')
  await team.getByRole('button', { name: 'Send answer' }).click()
  await expect(team.getByText('The proposal has been declined.')).toBeVisible()

  await team.goto(firstUrl)
  await team.getByLabel('Accept it into the draft plan').check()
  await team.getByRole('button', { name: 'Send answer' }).click()
  await expect(team.getByText('The proposal has been accepted into the draft plan.')).toBeVisible()
  await expect(team.getByRole('button', { name: 'Send answer' })).toHaveCount(0)
  await team.goto('/plans/blackpool')
  await expect(team.getByRole('row', { name: new RegExp(first) })).toContainText('Changed in draft')
  await teamContext.close()

  // The partner sees both answers.
  await page.goto(secondUrl)
  await expect(page.locator('main')).toContainText('Declined by')
  await expect(page.locator('main')).toContainText('The board agreed this wording')
  await page.goto(firstUrl)
  await expect(page.getByText('Accepted', { exact: true })).toBeVisible()
  // Nothing is public until the chair approves the plan.
  await page.goto('/areas/blackpool')
  await expect(page.getByText(first)).toHaveCount(0)
})
