import type { Page } from '@playwright/test'
import { editFirstAction, expect, expectAccessible, signIn, test } from './fixtures'

/** Opens the edit page of the first action in Derby's working plan; returns its path. */
async function openFirstAction(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Derby working delivery plan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Working delivery plan' })).toBeVisible()
  await editFirstAction(page)
  await expect(page.getByRole('button', { name: 'Save action' })).toBeVisible()
  return new URL(page.url()).pathname
}

test('a delivery team member edits an action of their plan: errors the GOV.UK way, then saved and public', async ({ page }) => {
  await signIn(page, 'delivery.derby@example.org')
  await page.getByRole('link', { name: 'Derby working delivery plan' }).click()
  // The dashboard's title must not pass for the plan's: scan once the plan has arrived.
  await expect(page).toHaveURL(/\/plans\/derby$/)
  await expectAccessible(page)
  await page.goto('/dashboard')
  await openFirstAction(page)
  await expectAccessible(page)

  await page.getByLabel('Title').fill('')
  await page.getByRole('group', { name: 'Due date' }).getByLabel('Day').fill('31')
  await page.getByRole('group', { name: 'Due date' }).getByLabel('Month').fill('2')
  await page.getByRole('group', { name: 'Due date' }).getByLabel('Year').fill('2030')
  await page.getByRole('button', { name: 'Save action' }).click()
  const summary = page.locator('.govuk-error-summary')
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('Enter the title of the action')
  await expect(summary).toContainText('Due date must be a real date between 2000 and 2100')
  await expect(page).toHaveTitle(/^Error: /)
  await expect(page.getByRole('group', { name: 'Due date' }).getByLabel('Day')).toHaveValue('31')
  await expectAccessible(page)
  // The summary's links lead to the fields.
  await summary.getByRole('link', { name: 'Enter the title of the action' }).click()
  await expect(page.getByLabel('Title')).toBeFocused()

  await page.getByLabel('Title').fill('Family reading sessions in every Derby nursery')
  await page.getByRole('group', { name: 'Due date' }).getByLabel('Day').fill('28')
  await page.getByLabel('Strong', { exact: true }).check()
  await page.getByRole('button', { name: 'Save action' }).click()
  await expect(page.getByText('The action has been saved in the draft plan.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Family reading sessions in every Derby nursery')
  await expect(page.getByLabel('Strong', { exact: true })).toBeChecked()

  // A draft never reaches the public page.
  await page.goto('/areas/derby')
  await expect(page.getByText('Family reading sessions in every Derby nursery')).toHaveCount(0)

  // It is in the audit trail, with what changed.
  await page.goto('/audit?entityType=ACTION')
  await expect(page.getByRole('table')).toContainText('drafted action edit')
})

test('two people editing one action: the second sees the conflict, keeps their answers and chooses to save', async ({
  page,
  browser,
}) => {
  await signIn(page, 'delivery.derby@example.org')
  const path = await openFirstAction(page)

  const other = await browser.newContext()
  const admin = await other.newPage()
  await signIn(admin, 'admin@example.org')
  await admin.goto(path)
  await admin.getByLabel('Evidence strand').fill('Saved first, by the admin')
  await admin.getByRole('button', { name: 'Save action' }).click()
  await expect(admin.getByText('The action has been saved in the draft plan.')).toBeVisible()
  await other.close()

  await page.getByLabel('Evidence strand').fill('Saved second, by the delivery team')
  await page.getByRole('button', { name: 'Save action' }).click()
  await expect(page.locator('.govuk-error-summary')).toContainText('Someone else saved changes to this action')
  const table = page.getByRole('table', { name: /Saving again replaces their values/ })
  await expect(table.getByRole('row', { name: /Evidence strand/ })).toContainText('Saved first, by the admin')
  await expect(table.getByRole('row', { name: /Evidence strand/ })).toContainText('Saved second, by the delivery team')
  await expect(page.getByLabel('Evidence strand')).toHaveValue('Saved second, by the delivery team')
  await expectAccessible(page)

  await page.getByRole('button', { name: 'Save action' }).click()
  await expect(page.getByText('The action has been saved in the draft plan.')).toBeVisible()
  await expect(page.getByLabel('Evidence strand')).toHaveValue('Saved second, by the delivery team')
})

test('board members cannot open the edit page of their own area’s actions', async ({ page }) => {
  await signIn(page, 'delivery.derby@example.org')
  const path = await openFirstAction(page)
  await page.goto('/account')
  await page.getByRole('button', { name: 'Sign out', exact: true }).click()
  await expect(page).toHaveURL(/\/$/)
  for (const email of ['partner.derby@example.org', 'chair.derby@example.org']) {
    await signIn(page, email)
    expect((await page.goto(path))?.status(), email).toBe(404)
    // Their working plan offers no edit links.
    await page.goto('/plans/derby')
    await expect(page.getByRole('link', { name: /^Edit / })).toHaveCount(0)
    await page.goto('/account')
    await page.getByRole('button', { name: 'Sign out', exact: true }).click()
    await expect(page).toHaveURL(/\/$/)
  }
})
