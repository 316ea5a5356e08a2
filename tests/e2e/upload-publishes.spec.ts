/**
 * Values saved by the streamed CSV upload reach the public area page at once, even when that
 * page was already cached (expiry during a streaming response was ignored: the page kept the
 * old figures for up to five minutes).
 */
import { expect, signIn, test } from './fixtures'

test('a CSV upload shows on the cached public area page straight away', async ({ page, browser }) => {
  const visitor = await browser.newPage()
  await visitor.goto('/areas/blackpool')
  await expect(visitor.getByText('2036/37')).toHaveCount(0) // now cached, without the new period

  await signIn(page, 'delivery.blackpool@example.org')
  await page.goto('/plans/blackpool/import/measures')
  const template = await page.request.get('/plans/blackpool/import/measures/template')
  const [header, first] = (await template.text()).trim().split('\n')
  const id = first?.split(',')[0] ?? ''
  await page.getByLabel('Upload a file').setInputFiles({
    name: 'values.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([header, `${id},x,2036/37,64,no,`].join('\n')),
  })
  await page.getByRole('button', { name: 'Check the file' }).click()
  await page.getByRole('button', { name: 'Save 1 value' }).click()
  await expect(page.getByText('The measure values have been saved.')).toBeVisible()

  await visitor.reload()
  await expect(visitor.getByText('2036/37').first()).toBeVisible()
  await visitor.close()
})
