import { editFirstAction, expect, expectAccessible, signIn, test } from './fixtures'

test('delivery team edits and submits; the chair approves with a note; the public page and change log show it', async ({
  page,
  browser,
}) => {
  const title = 'Speech and language screening at every Hastings two-year check'
  await signIn(page, 'delivery.hastings@example.org')
  await page.getByRole('link', { name: 'Hastings working delivery plan' }).click()
  await editFirstAction(page)
  await page.getByLabel('Title').fill(title)
  await page.getByRole('button', { name: 'Save action' }).click()
  await expect(page.getByText('The action has been saved in the draft plan.')).toBeVisible()

  await page.goto('/plans/hastings')
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('Changed in draft')
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Submit for approval' }).click()
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter a summary of what has changed')
  await page.getByLabel('What has changed').fill('Screening named for the two-year check')
  await page.getByRole('button', { name: 'Submit for approval' }).click()
  await expect(page.getByText('The draft has been sent to the chair for approval.')).toBeVisible()
  await expect(page.getByText('Waiting for the chair’s decision.')).toBeVisible()

  // Still not public while it waits.
  await page.goto('/areas/hastings')
  await expect(page.getByText(title)).toHaveCount(0)

  const chairContext = await browser.newContext()
  const chair = await chairContext.newPage()
  await signIn(chair, 'chair.hastings@example.org')
  await chair.getByRole('link', { name: 'Hastings: draft plan waiting for your approval' }).click()
  await expect(chair.getByText('Screening named for the two-year check')).toBeVisible()
  await expectAccessible(chair)
  await chair.getByLabel('Approve and publish').check()
  await chair.getByRole('button', { name: 'Confirm decision' }).click()
  await expect(chair.locator('.govuk-error-summary')).toContainText('Enter a note for the published version')
  await expectAccessible(chair)
  await chair.getByLabel('Note or reason').fill('Agreed at the November board')
  await chair.getByRole('button', { name: 'Confirm decision' }).click()
  await expect(chair.getByText('The plan has been approved and published.')).toBeVisible()
  await chairContext.close()

  // Published: on the public page at once (its cache was expired) and in the change log.
  await page.goto('/areas/hastings')
  await expect(page.getByRole('row', { name: new RegExp(title) }).first()).toBeVisible()
  await page.getByRole('link', { name: 'What changed in the delivery plan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'What changed in the delivery plan' })).toBeVisible()
  await expect(page.locator('main')).toContainText('Screening named for the two-year check')
  await expect(page.locator('main')).toContainText('Agreed at the November board')
  await expect(page.locator('main')).toContainText(`to ${title}`)
  await expectAccessible(page)
})
