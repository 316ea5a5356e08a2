import { expect, expectAccessible, signIn, test } from './fixtures'

test('delivery team adds a priority and changes a success measure’s targets; once approved, the public page, change log and version comparison show them', async ({
  page,
  browser,
}) => {
  const title = 'Careers talks from local employers for every Year 9 pupil'
  // Unique per run, so the change is a change even on a database an earlier run used.
  const note = `Measured across every school on the coast (run ${Date.now()})`
  await signIn(page, 'delivery.north-yorkshire-coast@example.org')
  await page.getByRole('link', { name: 'North Yorkshire Coast (Scarborough) working delivery plan' }).click()
  await page.getByRole('link', { name: 'Add a priority' }).click()
  await expect(page).toHaveTitle(/^Add a priority/)
  await expectAccessible(page)

  // The GOV.UK error pattern, then saved.
  await page.getByRole('button', { name: 'Add priority' }).click()
  const summary = page.locator('.govuk-error-summary')
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('Enter the title of the priority')
  await expect(page).toHaveTitle(/^Error: /)
  await expectAccessible(page)
  await page.getByLabel('Title').fill(title)
  await page.getByLabel('Life stage').selectOption({ index: 4 })
  await page.getByLabel('A local partner').check()
  await page.getByLabel('Place in the plan').selectOption('1')
  await page.getByRole('button', { name: 'Add priority' }).click()
  await expect(page.getByText('The priority has been saved in the draft plan.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`New priority: ${title}`)

  // First in the working plan, marked as new.
  await page.getByRole('link', { name: 'Back to the working plan' }).click()
  const firstPriority = page
    .locator('main h2')
    .filter({ hasText: /priority/i })
    .first()
  await expect(firstPriority).toContainText(title)
  await expect(firstPriority).toContainText('New in draft')

  // An action under the new priority.
  const action = `Employer talks in Year 9 assemblies (run ${Date.now()})`
  await page.getByRole('link', { name: 'Add an action' }).click()
  await expect(page).toHaveTitle(/^Add an action/)
  await expectAccessible(page)
  await page.getByLabel('Title').fill(action)
  await page.getByLabel('Priority').selectOption({ label: `New priority: ${title}` })
  await page.getByRole('button', { name: 'Add action' }).click()
  await expect(page.getByText('The action has been saved in the draft plan.')).toBeVisible()
  await page.goto('/plans/north-yorkshire-coast')
  await expect(page.getByRole('row', { name: new RegExp(action.replace(/[()]/g, '.')) })).toContainText('New in draft')

  // A milestone on the new action (the first table is the new priority's): the GOV.UK error
  // first, then added to the draft, to be created with the action on approval.
  const milestone = `Careers fair held in every secondary school (run ${Date.now()})`
  await page
    .getByRole('table', { name: /^Actions under / })
    .first()
    .getByRole('link', { name: /^Edit / })
    .first()
    .click()
  await page.getByRole('link', { name: 'Add a milestone' }).click()
  await expect(page).toHaveTitle(/^Add a milestone/)
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Add milestone' }).click()
  await expect(summary).toContainText('Enter what the milestone is')
  await expect(summary).toContainText('Enter the due date')
  await page.getByLabel('Milestone').fill(milestone)
  await page.getByRole('group', { name: 'Due date' }).getByLabel('Day').fill('30')
  await page.getByRole('group', { name: 'Due date' }).getByLabel('Month').fill('6')
  await page.getByRole('group', { name: 'Due date' }).getByLabel('Year').fill('2019')
  await page.getByRole('button', { name: 'Add milestone' }).click()
  await expect(page.getByText('The milestone has been saved in the draft plan.')).toBeVisible()
  await expect(page.locator('.govuk-summary-list__row', { hasText: milestone })).toContainText('New in draft')
  await expectAccessible(page)
  await page.goto('/plans/north-yorkshire-coast')

  // A success measure's definition and targets, with a bad trajectory line first.
  await page.locator('main ul.govuk-list a[href^="/measures/"]').first().click()
  await expect(page.getByRole('link', { name: 'Change the definition, baseline, trajectory or target' })).toBeVisible()
  const measureName = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
  await page.getByRole('link', { name: 'Change the definition, baseline, trajectory or target' }).click()
  await expect(page.getByRole('button', { name: 'Save success measure' })).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('Trajectory').fill('2019, lots')
  await page.getByLabel('Baseline in words').fill(note)
  await page.getByRole('button', { name: 'Save success measure' }).click()
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('Line 1 of the trajectory must be a period and a number')
  await expect(page.getByLabel('Baseline in words')).toHaveValue(note)
  await expectAccessible(page)
  await page.getByLabel('Trajectory').fill('')
  await page.getByRole('button', { name: 'Save success measure' }).click()
  await expect(page.getByText('The success measure has been saved in the draft plan.')).toBeVisible()

  // Submit; the chair approves.
  await page.goto('/plans/north-yorkshire-coast')
  await page.getByLabel('What has changed').fill('Careers priority added; baseline described')
  await page.getByRole('button', { name: 'Submit for approval' }).click()
  await expect(page.getByText('The draft has been sent to the chair for approval.')).toBeVisible()
  const chairContext = await browser.newContext()
  const chair = await chairContext.newPage()
  await signIn(chair, 'chair.north-yorkshire-coast@example.org')
  await chair.getByRole('link', { name: 'North Yorkshire Coast (Scarborough): draft plan waiting for your approval' }).click()
  await chair.getByLabel('Approve and publish').check()
  await chair.getByLabel('Note or reason').fill('Agreed with the careers hub')
  await chair.getByRole('button', { name: 'Confirm decision' }).click()
  await expect(chair.getByText('The plan has been approved and published.')).toBeVisible()
  await chairContext.close()

  await page.goto('/areas/north-yorkshire-coast')
  await expect(page.locator('main')).toContainText(title)
  await expect(page.locator('main')).toContainText(action)
  await page.goto('/areas/north-yorkshire-coast/changes')
  // The newest version comes first.
  const newest = page.locator('main section').first()
  await expect(newest.getByRole('heading', { name: `New priority: ${title}` })).toBeVisible()
  await expect(newest.getByRole('heading', { name: `Success measure: ${measureName}` })).toBeVisible()
  await expect(newest).toContainText(`to ${note}`)
  await expect(newest).toContainText('Agreed with the careers hub')
  await expect(newest.getByRole('heading', { name: `New milestone: ${milestone}` })).toBeVisible()
  await expect(newest.getByRole('heading', { name: `New action: ${action}` })).toBeVisible()
  await page.getByRole('link', { name: 'Compare any two versions' }).click()
  await expect(page).toHaveTitle(/^Compare versions/)
  await expectAccessible(page)
  await expect(page.getByRole('heading', { level: 2, name: /^What changed from version 1 to version \d+$/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: `New priority: ${title}` }).first()).toBeVisible()
  // Comparing a version with itself shows nothing; a version that does not exist is an error.
  await page.getByLabel('From', { exact: true }).selectOption({ index: 1 })
  await page.getByLabel('To', { exact: true }).selectOption({ index: 1 })
  await page.getByRole('button', { name: 'Compare' }).click()
  await expect(page.getByText('Nothing in the plan is different between these versions.')).toBeVisible()
  await page.goto('/areas/north-yorkshire-coast/changes/compare?from=1&to=999')
  await expect(page.locator('.govuk-error-summary')).toContainText('Select the version to compare to')
  await expectAccessible(page)
})
