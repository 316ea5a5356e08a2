import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { expect, expectAccessible, test } from './fixtures'

test('a visitor compares one measure across all 12 areas, sorts it, shares the address and downloads the data', async ({
  page,
  visit,
}) => {
  await visit('/')
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Compare' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Compare the areas' })).toBeVisible()
  await page.waitForLoadState('load')
  await expectAccessible(page)

  await page
    .getByLabel('What to compare')
    .selectOption({ label: 'Children reaching a good level of development at the end of reception (2 areas)' })
  await page.getByRole('button', { name: 'Show' }).click()
  await expect(page).toHaveURL(/\/compare\?show=eyfs-gld$/)
  const table = page.getByRole('table', { name: /good level of development at the end of reception, by area/ })
  await expect(table.getByRole('row')).toHaveCount(1 + 12 + 1) // header, 12 areas, average
  await expect(table.getByRole('row', { name: /^Derby/ })).toContainText('66% (2016)')
  await expect(table.getByRole('row', { name: /^Average baseline of 2 areas/ })).toContainText('65%')
  await page.waitForLoadState('load')
  await expectAccessible(page)

  // Sort by baseline, highest first: the address carries the choice, so it can be shared.
  await table.getByRole('link', { name: /^Baseline/ }).click()
  await expect(page).toHaveURL(/show=eyfs-gld&sort=baseline&dir=asc/)
  await table.getByRole('link', { name: /^Baseline/ }).click()
  await expect(page).toHaveURL(/show=eyfs-gld&sort=baseline&dir=desc/)
  const firstAreas = await table.locator('tbody tr th a').allTextContents()
  expect(firstAreas.slice(0, 2)).toEqual(['Derby', 'North Yorkshire Coast (Scarborough)'])
  await expect(table.getByRole('columnheader', { name: /Baseline/ })).toHaveAttribute('aria-sort', 'descending')

  // The chart arrives after the table, inside a figure that states the finding.
  await expect(page.getByRole('figure')).toContainText('Baselines are published for 2 areas, from 64% to 66%.')

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'CSV file of all success measures' }).click(),
  ])
  const rows = parse(readFileSync(await download.path(), 'utf8'), { columns: true }) as Record<string, string>[]
  expect(rows.find((r) => r.area_slug === 'derby' && r.baseline_value === '66')).toBeTruthy()
})

test('funding is compared by default, sortable by the sum, and bad parameters are ignored', async ({ page, visit }) => {
  await visit('/compare?sort=total&dir=desc')
  const table = page.getByRole('table', { name: 'Funding allocations by area' })
  const areas = await table.locator('tbody tr th a').allTextContents()
  expect(areas[0]).toBe('Bradford')
  await expect(table.getByRole('row', { name: /^Hastings/ })).toContainText('£1,250,000')
  // Once the chart has loaded the page is still clean for axe (the chart is hidden from assistive technology).
  await expect(page.locator('figure svg.recharts-surface')).toBeVisible()
  await expectAccessible(page)

  for (const url of [
    '/compare?show=%3Cscript%3E&sort=evil&dir=sideways',
    `/compare?show=${'x'.repeat(5000)}`,
    '/compare?show=no-such-measure',
  ]) {
    const response = await page.goto(url)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('table', { name: 'Funding allocations by area' })).toBeVisible()
  }
})
