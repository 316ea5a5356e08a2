import { editFirstAction, expect, expectAccessible, signIn, test } from './fixtures'

test('the delivery team removes an action it added to the draft by mistake, and undoes an edit to a published one', async ({
  page,
}) => {
  const run = Date.now()
  await signIn(page, 'delivery.oldham@example.org')
  await page.goto('/plans/oldham')
  await page.getByRole('link', { name: 'Add an action' }).click()
  const added = `Added by mistake (run ${run})`
  await page.getByLabel('Title').fill(added)
  await page.getByRole('button', { name: 'Add action' }).click()
  await expect(page.getByText('The action has been saved in the draft plan.')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Remove this action from the draft' })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Remove action from the draft' }).click()
  await expect(page.getByText('It has been removed from the draft plan.')).toBeVisible()
  await expect(page.locator('main')).not.toContainText(added)

  // An edit to a published action, undone: the working plan shows the published title again.
  await editFirstAction(page)
  await expect(page.getByRole('button', { name: 'Save action' })).toBeVisible()
  // Nothing drafted yet: nothing to undo.
  await expect(page.getByRole('button', { name: 'Undo the changes' })).toHaveCount(0)
  const published = await page.getByLabel('Title').inputValue()
  const renamed = `Renamed for a moment (run ${run})`
  await page.getByLabel('Title').fill(renamed)
  await page.getByRole('button', { name: 'Save action' }).click()
  await expect(page.getByText('The action has been saved in the draft plan.')).toBeVisible()
  await page.getByRole('button', { name: 'Undo the changes' }).click()
  await expect(page.getByText('The changes in the draft have been undone: it is as the published plan has it.')).toBeVisible()
  await expect(page.locator('main')).not.toContainText(renamed)
  await expect(
    page.getByRole('row', { name: new RegExp(`^${published.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first(),
  ).not.toContainText('Changed in draft')
  await expectAccessible(page)
})
