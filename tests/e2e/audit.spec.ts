import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { expect, expectAccessible, signIn, test } from './fixtures'

test('the national admin reads the audit trail, filters it and downloads it as CSV', async ({ page }) => {
  await signIn(page, 'admin@example.org')
  await page.getByRole('link', { name: 'Audit trail' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible()
  const table = page.getByRole('table', { name: 'Audit events' })
  await expect(table).toContainText('signed in')
  await page.waitForLoadState('load')
  await expectAccessible(page)

  await page.getByLabel('Who').selectOption({ label: 'admin@example.org' })
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/user=/)
  const actors = await table.locator('tbody tr td:nth-child(2)').allTextContents()
  expect(new Set(actors)).toEqual(new Set(['admin@example.org']))

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download these events as CSV' }).click(),
  ])
  const rows = parse(readFileSync(await download.path(), 'utf8'), { columns: true }) as Record<string, string>[]
  expect(rows.length).toBeGreaterThan(0)
  expect(new Set(rows.map((r) => r.actor))).toEqual(new Set(['admin@example.org']))
})

test('a partner has no audit trail, and the download refuses anyone signed out', async ({ page, request }) => {
  const anonymous = await request.get('/audit/download', { maxRedirects: 0 })
  expect([307, 401]).toContain(anonymous.status())
  await signIn(page, 'partner.oldham@example.org')
  await expect(page.getByRole('link', { name: 'Audit trail' })).toHaveCount(0)
  const response = await page.goto('/audit')
  expect(response?.status()).toBe(404)
})
