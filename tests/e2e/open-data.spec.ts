import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { expect, test } from './fixtures'

test('a visitor downloads Hastings’ success measures as CSV, opens it, and gets the same data from the API', async ({
  page,
  visit,
  request,
}) => {
  await visit('/areas/hastings')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'CSV file of Hastings success measures' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('hastings-measures.csv')
  const rows = parse(readFileSync(await download.path(), 'utf8'), { columns: true }) as Record<string, string>[]
  expect(rows).toHaveLength(9)
  const phonics = rows.find((r) => r.name === 'Pupils meeting the expected standard in phonics')
  expect(phonics).toMatchObject({ area_slug: 'hastings', target_value: '85', target_period: '2021', unit: 'PERCENT' })

  const api = await request.get('/api/v1/measures?area=hastings')
  expect(api.status()).toBe(200)
  expect(api.headers()['access-control-allow-origin']).toBe('*')
  const body = await api.json()
  expect(body.meta.total).toBe(9)
  expect(body.data.map((r: { id: string }) => r.id).sort()).toEqual(rows.map((r) => r.id).sort())

  const bad = await request.get('/api/v1/measures?per_page=5000')
  expect(bad.status()).toBe(400)
  expect((await bad.json()).error.message).toMatch(/per_page/)
})

test('the open data page lists every dataset and the API description', async ({ page, visit, request }) => {
  await visit('/')
  await page.getByRole('contentinfo').getByRole('link', { name: 'Open data and API' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Open data and API' })).toBeVisible()
  // A header row and one per dataset.
  await expect(page.getByRole('table', { name: 'Open datasets' }).getByRole('row')).toHaveCount(14)
  const doc = await request.get('/api/v1/openapi.json')
  expect((await doc.json()).openapi).toBe('3.1.0')
})
