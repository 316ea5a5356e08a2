import { expect, expectAccessible, signIn, test } from './fixtures'

test('action status updates by CSV: bad rows write nothing and are each reported; once fixed, saved with progress shown', async ({
  page,
  browser,
}) => {
  await signIn(page, 'delivery.stoke-on-trent@example.org')
  await page.getByRole('link', { name: 'Stoke-on-Trent working delivery plan' }).click()
  await page.getByRole('link', { name: 'Upload action status updates from a CSV file' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Upload action status updates' })).toBeVisible()
  await expectAccessible(page)

  const template = await page.request.get('/plans/stoke-on-trent/import/actions/template')
  expect(template.headers()['content-type']).toContain('text/csv')
  const [header, first, second] = (await template.text()).trim().split('\n')
  expect(header).toBe('action_id,action,status,progress_percent,update')
  const [a, b] = [first, second].map((line) => line?.split(',')[0] ?? '')

  const upload = async (rows: string[]) => {
    await page.getByLabel('Upload a file').setInputFiles({
      name: 'updates.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, ...rows].join('\n')),
    })
    await page.getByRole('button', { name: 'Check the file' }).click()
  }
  await upload([`${a},x,Sideways,10,Fine`, `${b},x,On track,101,Fine`, `nope,x,On track,10,Fine`, `${a},x,On track,10,`])
  const summary = page.locator('.govuk-error-summary')
  await expect(summary).toContainText('Line 2, status: Enter the status as one of')
  await expect(summary).toContainText('Line 3, progress_percent: Progress must be a whole number from 0 to 100')
  await expect(summary).toContainText('Line 4, action_id: Unknown action')
  await expect(summary).toContainText('Line 5, action_id: This action is also on line 2')
  await expect(summary).toContainText('Line 5, update: Enter what has happened since the last update')
  await expect(page.getByText('Nothing has been saved.')).toBeVisible()
  await expectAccessible(page)

  const note = `Two more schools joined (run ${Date.now()})`
  await upload([`${a},x,At risk,35,${note}`, `${b},x,complete,100,Finished`])
  await expect(page.getByRole('table', { name: /2 updates from updates.csv/ })).toBeVisible()
  await expectAccessible(page)
  // With JavaScript the save streams its progress from the apply endpoint.
  const streamed = page.waitForResponse((r) => r.url().endsWith('/plans/stoke-on-trent/import/actions/apply'))
  await page.getByRole('button', { name: 'Save 2 updates' }).click()
  expect((await streamed).headers()['content-type']).toContain('application/x-ndjson')
  await expect(page.getByText('The action status updates have been posted.')).toBeVisible()

  await page.goto(`/actions/${a}/update`)
  await expect(page.locator('main')).toContainText(note)

  // The endpoint refuses people who may not edit the plan, and other sites.
  const partnerContext = await browser.newContext()
  const partner = await partnerContext.newPage()
  await signIn(partner, 'partner.stoke-on-trent@example.org')
  const refused = await partner.request.post('/plans/stoke-on-trent/import/actions/apply', {
    data: [header, `${a},x,On track,10,Sneaky`].join('\n'),
    headers: { Origin: new URL(partner.url()).origin, 'Content-Type': 'text/csv' },
  })
  expect(await refused.text()).toContain('"error":"You cannot update this plan."')
  const crossSite = await page.request.post('/plans/stoke-on-trent/import/actions/apply', {
    data: [header, `${a},x,On track,10,Sneaky`].join('\n'),
    headers: { Origin: 'https://elsewhere.example', 'Content-Type': 'text/csv' },
  })
  expect(crossSite.status()).toBe(403)
  await partnerContext.close()
  await page.goto(`/actions/${a}/update`)
  await expect(page.locator('main')).not.toContainText('Sneaky')
})
