import { expect, signIn, test } from './fixtures'

test('every plan editing page passes axe for the delivery team', async ({ page, visit }) => {
  await signIn(page, 'delivery.derby@example.org')
  await page.goto('/plans/derby')
  const href = async (name: RegExp) => (await page.getByRole('link', { name }).first().getAttribute('href')) ?? ''
  const priority = await href(/^Edit this priority/)
  const action = await page
    .getByRole('table', { name: /^Actions under / })
    .first()
    .getByRole('link', { name: /^Edit / })
    .first()
    .getAttribute('href')
  const measure = await page.locator('main ul.govuk-list a[href^="/measures/"]').first().getAttribute('href')
  const pages = [
    '/plans/derby',
    priority,
    '/plans/derby/priorities/new',
    '/plans/derby/actions/new',
    '/plans/derby/measures/new',
    action ?? '',
    `/plans/derby/milestones/new?action=${action?.split('/').pop()}`,
    `/plans/derby/measures/${measure?.split('/').pop()}`,
    '/plans/derby/import/measures',
    '/plans/derby/import/actions',
  ]
  for (const path of pages) {
    expect(path, 'a link was found for every page').toMatch(/^\/(plans|actions|measures)\//)
    await visit(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  }
})

test('adding a success measure: a local one needs a name, told the GOV.UK way', async ({ page, visit }) => {
  await signIn(page, 'delivery.derby@example.org')
  await visit('/plans/derby/measures/new')
  await page.getByLabel('A local measure, defined below').check()
  await page.getByRole('button', { name: 'Add success measure' }).click()
  const summary = page.locator('.govuk-error-summary')
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('Enter the name of the measure')
  await page.getByLabel('Name', { exact: true }).fill('Children attending a funded two-year-old place')
  await page.getByLabel('Baseline value').fill('58')
  await page.getByLabel('Baseline period').fill('2017')
  await page.getByRole('button', { name: 'Add success measure' }).click()
  await expect(page.getByText('The success measure has been saved in the draft plan.')).toBeVisible()
  await page.goto('/plans/derby')
  await expect(page.locator('main li', { hasText: 'Children attending a funded two-year-old place' })).toContainText(
    'New in draft',
  )
})

test('the proposal forms pass axe for a board member', async ({ page, visit }) => {
  await signIn(page, 'partner.derby@example.org')
  await page.goto('/plans/derby')
  const links = page.getByRole('link', { name: /^Propose a change/ })
  const paths = [
    await links.first().getAttribute('href'),
    await page.locator('main a[href*="/propose/measures/"]').first().getAttribute('href'),
    // Proposing something new: a blank form of each kind (actions and milestones: proposals.spec.ts).
    '/plans/derby/propose/priorities/new',
    '/plans/derby/propose/measures/new',
  ]
  for (const path of paths) {
    await visit(path ?? '')
    await expect(page.getByRole('button', { name: 'Send proposal' })).toBeVisible()
  }
})
