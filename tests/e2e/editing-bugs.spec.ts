/**
 * Bugs users hit while editing (issue "One shape for every write"), each fixed with this test,
 * which failed before the fix. Each test changes what no other end-to-end test reads.
 */
import { editFirstAction, expect, expectAccessible, signIn, test } from './fixtures'

test('correcting a measure value shows its current value, insight and flag, and changes only what the user changes', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await signIn(page, 'delivery.hastings@example.org')
  await page.goto('/plans/hastings')
  // Not the first measure, which other specs record values on.
  await page.locator('main li a[href^="/measures/"]').nth(3).click()
  await expect(page.getByRole('heading', { name: 'Record a value' })).toBeVisible()
  const period = '2031/32'
  await page.getByLabel('Period', { exact: true }).fill(period)
  await page.getByLabel('Value', { exact: true }).fill('61.5')
  await page.getByLabel('Provisional (may still be revised)').check()
  await page.getByLabel('Local insight').fill('Two schools counted together this year')
  await page.getByRole('button', { name: 'Save value' }).click()
  await expect(page.getByText('The value has been recorded.')).toBeVisible()

  // Typing the same period into the blank form again does not silently replace it.
  await page.getByLabel('Period', { exact: true }).fill(period)
  await page.getByLabel('Value', { exact: true }).fill('62')
  await page.getByRole('button', { name: 'Save value' }).click()
  await expect(page.locator('.govuk-error-summary')).toContainText(`A value is already recorded for ${period}`)
  await expectAccessible(page)

  // "Correct" opens the form on the current value, insight and flag.
  await page.goto(page.url().split('?')[0] ?? '')
  await page
    .getByRole('row', { name: new RegExp(period.replace('/', '\\/')) })
    .getByRole('link', { name: /^Correct/ })
    .click()
  await expect(page.getByRole('heading', { name: `Correct the value for ${period}` })).toBeVisible()
  await expect(page.getByLabel('Value', { exact: true })).toHaveValue('61.5')
  await expect(page.getByLabel('Provisional (may still be revised)')).toBeChecked()
  await expect(page.getByLabel('Local insight')).toHaveValue('Two schools counted together this year')
  await expectAccessible(page)
  await page.getByLabel('Value', { exact: true }).fill('62')
  await page.getByRole('button', { name: 'Save value' }).click()
  await expect(page.getByText('The value for that period has been corrected.')).toBeVisible()
  const row = page.getByRole('row', { name: new RegExp(period.replace('/', '\\/')) })
  await expect(row).toContainText('62')
  await expect(row).toContainText('Provisional')
  await expect(row).toContainText('Two schools counted together this year')
})

test('the chair sees every drafted change, before and after, ahead of approving; a returned draft tells the delivery team why, when and who', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000)
  const title = `Family literacy sessions in every children’s centre (run ${Date.now()})`
  await signIn(page, 'delivery.norwich@example.org')
  await page.goto('/plans/norwich')
  await editFirstAction(page)
  const before = await page.getByLabel('Title').inputValue()
  await page.getByLabel('Title').fill(title)
  await page.getByRole('button', { name: 'Save action' }).click()
  await expect(page.getByText('The action has been saved in the draft plan.')).toBeVisible()
  await page.goto('/plans/norwich')
  await page.getByLabel('What has changed').fill('A clearer action title')
  await page.getByRole('button', { name: 'Submit for approval' }).click()
  await expect(page.getByText('The draft has been sent to the chair for approval.')).toBeVisible()

  const chairContext = await browser.newContext()
  const chair = await chairContext.newPage()
  await signIn(chair, 'chair.norwich@example.org')
  await chair.goto('/plans/norwich')
  const changes = chair.getByRole('region', { name: 'What the draft changes' })
  await expect(changes).toContainText('Title')
  await expect(changes).toContainText(before)
  await expect(changes).toContainText(title)
  await expectAccessible(chair)
  await chair.getByLabel('Return to the delivery team').check()
  await chair.getByLabel('Note or reason').fill('Say which centres take part first')
  await chair.getByRole('button', { name: 'Confirm decision' }).click()
  await expect(chair.getByText('The draft has been returned to the delivery team.')).toBeVisible()
  await chairContext.close()

  await page.goto('/dashboard')
  const drafts = page.getByRole('region', { name: 'Drafts' })
  await expect(drafts).toContainText('Returned')
  await expect(drafts).toContainText('Say which centres take part first')
  await expect(drafts).toContainText(/Norwich chair|chair/i)
  await expectAccessible(page)
})

test('a board member opens a success measure of their area and reads its definition and trajectory, without the editing forms', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await signIn(page, 'chair.blackpool@example.org')
  await page.goto('/plans/blackpool')
  const link = page.locator('main li a[href^="/measures/"]').first()
  const name = (await link.textContent())?.trim() ?? ''
  await link.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
  await expect(page.locator('dl')).toContainText('Trajectory')
  await expect(page.getByRole('heading', { name: 'Record a value' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /Save/ })).toHaveCount(0)
  await expectAccessible(page)
})
