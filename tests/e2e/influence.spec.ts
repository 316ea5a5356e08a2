import { expect, test } from './fixtures'

test('the local-influence ledger: programme-wide and per area, with its definitions, tables and chart', async ({
  page,
  visit,
}) => {
  await page.goto('/')
  await page.getByRole('link', { name: /See how much of each board’s work began with local partners/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Local influence across the programme')
  await expect(page.locator('main')).toContainText('What counts as local:')
  await expect(page.getByRole('table', { name: 'How much began locally in the 12 areas' })).toContainText(
    'Decisions of public meetings',
  )
  const byArea = page.getByRole('table', { name: 'By area' })
  await expect(byArea.getByRole('row')).toHaveCount(13)
  await visit('/influence')

  await page.goto('/areas/hastings')
  await page.getByRole('link', { name: /^Local influence/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Local influence')
  await expect(page.getByRole('table', { name: 'How much began locally in Hastings' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Decisions that began locally' })).toBeVisible()
  await visit('/areas/hastings/influence')
  // An unknown area is not found, not an empty ledger.
  expect((await page.goto('/areas/nowhere/influence'))?.status()).toBe(404)
})
