import { expect, expectAccessible, signIn, test } from './fixtures'

test('a CSV with bad rows writes nothing and lists each problem; once fixed, every value is saved at once', async ({ page }) => {
  await signIn(page, 'delivery.derby@example.org')
  await page.getByRole('link', { name: 'Derby working delivery plan' }).click()
  await page.getByRole('link', { name: 'Upload measure values from a CSV file' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Upload success measure values' })).toBeVisible()
  await expectAccessible(page)

  const template = await page.request.get('/plans/derby/import/measures/template')
  expect(template.headers()['content-type']).toContain('text/csv')
  const [header, first] = (await template.text()).trim().split('\n')
  expect(header).toBe('measure_id,measure,period,value,provisional,local_insight')
  const id = first?.split(',')[0] ?? ''

  // Nothing chosen.
  await page.getByRole('button', { name: 'Check the file' }).click()
  await expect(page.locator('.govuk-error-summary')).toContainText('Select a CSV file')

  const upload = async (rows: string[]) => {
    await page.getByLabel('Upload a file').setInputFiles({
      name: 'values.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, ...rows].join('\n')),
    })
    await page.getByRole('button', { name: 'Check the file' }).click()
  }
  await upload([`${id},x,2032,61,no,`, `${id},x,someday,61,no,`, `nope,x,2033,61,no,`, `${id},x,2034,not a number,no,`])
  const summary = page.locator('.govuk-error-summary')
  await expect(summary).toContainText(
    'Line 3, period: Enter the period as a year (2019), a school year (2018/19), a financial year (FY2018/19), a month (2019-03) or a day (2019-03-14)',
  )
  await expect(summary).toContainText('Line 4, measure_id: Unknown measure')
  await expect(summary).toContainText('Line 5, value: Enter the value as a number, like 71.5')
  await expect(page.getByText('Nothing has been saved.')).toBeVisible()
  await expect(page.getByRole('button', { name: /^Save / })).toHaveCount(0)
  await expectAccessible(page)

  await upload([`${id},x,2032,61,no,`, `${id},x,2033,62.5,yes,Counted differently`])
  await expect(page.getByRole('table', { name: /2 values from values.csv/ })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Save 2 values' }).click()
  await expect(page.getByText('The measure values have been saved.')).toBeVisible()

  await page.goto(`/measures/${id}`)
  const values = page.getByRole('table', { name: /Values of/ })
  await expect(values.getByRole('row', { name: /2032/ })).toContainText('61')
  await expect(values.getByRole('row', { name: /2033/ })).toContainText('Counted differently')
})
