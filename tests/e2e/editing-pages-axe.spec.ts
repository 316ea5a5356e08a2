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
    action ?? '',
    `${action?.replace(/\/edit$/, '')}/milestones/new`,
    `${measure}/targets`,
    '/plans/derby/import/measures',
    '/plans/derby/import/actions',
  ]
  for (const path of pages) {
    expect(path, 'a link was found for every page').toMatch(/^\/(plans|actions|measures)\//)
    await visit(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  }
})

test('the proposal form passes axe for a board member', async ({ page, visit }) => {
  await signIn(page, 'partner.derby@example.org')
  await page.goto('/plans/derby')
  const links = page.getByRole('link', { name: /^Propose a change/ })
  const paths = [
    await links.first().getAttribute('href'),
    await page.locator('main a[href*="/propose/measures/"]').first().getAttribute('href'),
  ]
  for (const path of paths) {
    await visit(path ?? '')
    await expect(page.getByRole('button', { name: 'Send proposal' })).toBeVisible()
  }
})
