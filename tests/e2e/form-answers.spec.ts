import { expect, signIn, test } from './fixtures'

// Bug: after a validation error the Priority and Owner selects came back blank, and resubmitting
// saved the action with no priority and no owner. Every answer must survive an error.
test('after an error, the add-an-action form keeps every select and radio answer, and saves them', async ({ page }) => {
  test.setTimeout(90_000)
  await signIn(page, 'delivery.ipswich@example.org')
  await page.goto('/plans/ipswich/actions/new')
  const priority = page.getByLabel('Priority')
  const owner = page.getByLabel('Owner')
  await priority.selectOption({ index: 1 })
  await owner.selectOption({ index: 1 })
  await page.getByLabel('Moderate').check()
  const chosen = {
    priority: await priority.inputValue(),
    owner: await owner.inputValue(),
  }
  // No title: the form comes back with an error.
  await page.getByRole('button', { name: 'Add action' }).click()
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter the title of the action')
  await expect(priority).toHaveValue(chosen.priority)
  await expect(owner).toHaveValue(chosen.owner)
  await expect(page.getByLabel('Moderate')).toBeChecked()

  const title = `Reading mentors in every primary school (run ${Date.now()})`
  await page.getByLabel('Title').fill(title)
  await page.getByRole('button', { name: 'Add action' }).click()
  await expect(page.getByText('The action has been saved in the draft plan.')).toBeVisible()
  await expect(priority).toHaveValue(chosen.priority)
  await expect(owner).toHaveValue(chosen.owner)
})

test('after an error, the add-a-success-measure form keeps its priority and choices', async ({ page }) => {
  test.setTimeout(90_000)
  await signIn(page, 'delivery.ipswich@example.org')
  await page.goto('/plans/ipswich/measures/new')
  const priority = page.getByLabel('Priority')
  await priority.selectOption({ index: 1 })
  const chosen = await priority.inputValue()
  await page.getByRole('button', { name: /Add (success )?measure/ }).click()
  await expect(page.locator('.govuk-error-summary')).toBeVisible()
  await expect(priority).toHaveValue(chosen)
})
