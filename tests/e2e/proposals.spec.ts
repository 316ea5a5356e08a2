import { expect, expectAccessible, proposeToFirstAction, signIn, test } from './fixtures'

test('a partner proposes a change to an action; the delivery team declines one and accepts another into the draft', async ({
  page,
  browser,
}) => {
  await signIn(page, 'partner.blackpool@example.org')
  await page.getByRole('link', { name: 'Blackpool working delivery plan' }).click()
  await proposeToFirstAction(page)
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
  await proposeToFirstAction(page)
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

test('board members propose additions — the chair a new action, a partner a new milestone — and, once published, a change to that milestone', async ({
  page,
  browser,
}) => {
  const run = Date.now()
  const sent = 'Your proposal has been sent to the delivery team and the chair.'
  const why = 'Why are you proposing this change?'

  // The chair proposes a new action: the blank action form, without owners.
  await signIn(page, 'chair.blackpool@example.org')
  await page.goto('/plans/blackpool')
  await page.getByRole('link', { name: 'Propose a new action' }).click()
  await expect(page).toHaveTitle(/^Propose an addition/)
  await expect(page.getByLabel('Owner')).toHaveCount(0)
  await expectAccessible(page)
  const action = `Holiday reading club (run ${run})`
  await page.getByLabel('Priority').selectOption({ index: 1 })
  await page.getByLabel('Title').fill(action)
  await page.getByLabel(why).fill('Reading falls back over the summer holidays')
  await page.getByRole('button', { name: 'Send proposal' }).click()
  await expect(page.getByText(sent)).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`New action: ${action}`)
  await expect(page.getByRole('table', { name: 'What it adds' })).toContainText(action)
  await expectAccessible(page)
  const actionProposal = page.url().replace(/\?.*$/, '')

  // A partner proposes a new milestone from an action's proposal page (GOV.UK errors first).
  const partnerContext = await browser.newContext()
  const partner = await partnerContext.newPage()
  await signIn(partner, 'partner.blackpool@example.org')
  await partner.goto('/plans/blackpool')
  await proposeToFirstAction(partner)
  await expect(partner.getByRole('heading', { name: 'Milestones' })).toBeVisible()
  const actionPage = partner.url()
  await partner.getByRole('link', { name: 'Propose a new milestone' }).click()
  await expect(partner).toHaveTitle(/^Propose an addition/)
  await expectAccessible(partner)
  await partner.getByRole('button', { name: 'Send proposal' }).click()
  const summary = partner.locator('.govuk-error-summary')
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('Enter what the milestone is')
  await expect(summary).toContainText('Enter why you are proposing this change')
  await expect(partner).toHaveTitle(/^Error: /)
  await expectAccessible(partner)
  const milestone = `Summer scheme booked in every library (run ${run})`
  await partner.getByLabel('Milestone').fill(milestone)
  await partner.getByRole('group', { name: 'Due date' }).getByLabel('Day').fill('30')
  await partner.getByRole('group', { name: 'Due date' }).getByLabel('Month').fill('6')
  await partner.getByRole('group', { name: 'Due date' }).getByLabel('Year').fill('2019')
  await partner.getByLabel(why).fill('So the board can see the club is on course')
  await partner.getByRole('button', { name: 'Send proposal' }).click()
  await expect(partner.getByText(sent)).toBeVisible()
  await expect(partner.locator('main')).toContainText('Milestone of the action')
  await expect(partner.getByRole('table', { name: 'What it adds' })).toContainText('30 June 2019')
  const milestoneProposal = partner.url().replace(/\?.*$/, '')

  // The delivery team accepts both into the draft and submits it; the chair approves.
  const teamContext = await browser.newContext()
  const team = await teamContext.newPage()
  await signIn(team, 'delivery.blackpool@example.org')
  for (const url of [actionProposal, milestoneProposal]) {
    await team.goto(url)
    await team.getByLabel('Accept it into the draft plan').check()
    await team.getByRole('button', { name: 'Send answer' }).click()
    await expect(team.getByText('The proposal has been accepted into the draft plan.')).toBeVisible()
  }
  await team.goto('/plans/blackpool')
  await expect(team.getByRole('row', { name: new RegExp(`^Holiday reading club \\(run ${run}\\)`) })).toContainText(
    'New in draft',
  )
  await team.getByLabel('What has changed').fill('Proposals from the board accepted')
  await team.getByRole('button', { name: 'Submit for approval' }).click()
  await expect(team.getByText('The draft has been sent to the chair for approval.')).toBeVisible()
  await teamContext.close()
  await page.goto('/plans/blackpool')
  await page.getByLabel('Approve and publish').check()
  await page.getByLabel('Note or reason').fill('Agreed at the board')
  await page.getByRole('button', { name: 'Confirm decision' }).click()
  await expect(page.getByText('The plan has been approved and published.')).toBeVisible()

  // Published, the milestone is the partner's to propose a change to.
  await partner.goto(actionPage)
  await partner
    .locator('.govuk-summary-list__row', { hasText: milestone })
    .getByRole('link', { name: /^Propose a change/ })
    .click()
  await expect(partner.getByRole('heading', { level: 1 })).toHaveText(milestone)
  await expectAccessible(partner)
  const milestonePage = partner.url()
  await partner.getByRole('group', { name: 'Completed on' }).getByLabel('Day').fill('20')
  await partner.getByRole('group', { name: 'Completed on' }).getByLabel('Month').fill('6')
  await partner.getByRole('group', { name: 'Completed on' }).getByLabel('Year').fill('2019')
  await partner.getByLabel(why).fill('Every library confirmed its booking')
  await partner.getByRole('button', { name: 'Send proposal' }).click()
  await expect(partner.getByText(sent)).toBeVisible()
  await expect(partner.getByRole('row', { name: /Completed on/ })).toContainText('20 June 2019')
  await expectAccessible(partner)

  // Or proposes removing it, which needs a reason too.
  await partner.goto(milestonePage)
  await partner.getByRole('button', { name: 'Propose removing this milestone' }).click()
  await expect(partner.locator('.govuk-error-summary')).toContainText('Enter why you are proposing this change')
  await expectAccessible(partner)
  await partner.getByLabel('Why should it be removed?').fill('The libraries run the scheme themselves now')
  await partner.getByRole('button', { name: 'Propose removing this milestone' }).click()
  await expect(partner.getByText(sent)).toBeVisible()
  await expect(partner.getByRole('heading', { level: 1 })).toHaveText(`Remove milestone: ${milestone}`)
  await expect(partner.getByRole('row', { name: /^Title/ })).toContainText('Removed')
  await partnerContext.close()
})
