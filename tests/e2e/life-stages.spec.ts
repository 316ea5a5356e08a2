import { expect, expectAccessible, test } from './fixtures'

test('the home page matrix shows which boards prioritised each life stage, and leads to the priority', async ({
  page,
  visit,
}) => {
  await visit('/')
  const matrix = page.getByRole('table', { name: 'Priorities by area and life stage' })
  await expect(matrix.getByRole('columnheader')).toHaveText([
    'Area',
    'Early years',
    'Home learning environment',
    'School outcomes',
    'Aspirations, advice and experiences',
    '16 to 19',
    'Post-19',
  ])
  const ipswich = matrix.getByRole('row', { name: /^Ipswich/ })
  await ipswich.getByRole('link', { name: /Priority 1/ }).click()
  await expect(page).toHaveURL(/\/areas\/ipswich#priority-1$/)
  await expect(page.getByRole('heading', { name: /^Priority 1: Ensure all children in Ipswich/ })).toBeVisible()
  await page.waitForLoadState('load')
  await expectAccessible(page)
})

test('a life stage page compares what each board planned for it', async ({ page, visit }) => {
  await visit('/')
  await page
    .getByRole('table', { name: 'Priorities by area and life stage' })
    .getByRole('link', { name: 'Early years', exact: true })
    .click()
  await expect(page).toHaveURL(/\/life-stages\/early-years$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Early years' })).toBeVisible()
  await page.waitForLoadState('load')
  await expectAccessible(page)
  await expect(page.getByText('7 of 12 boards made a priority of this life stage.')).toBeVisible()
  await expect(
    page.getByText('Children reaching a good level of development (all children) (baseline 64%; target: 70%)'),
  ).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Areas without a priority at this stage' })).toBeVisible()

  const response = await page.goto('/life-stages/retirement')
  expect(response?.status()).toBe(404)
})

test('the about, accessibility, cookies and privacy pages are reachable from the footer', async ({ page, visit }) => {
  await visit('/')
  for (const [link, heading] of [
    ['About', 'About this portal'],
    ['Accessibility statement', 'Accessibility statement'],
    ['Cookies', 'Cookies'],
    ['Privacy', 'Privacy notice'],
  ] as const) {
    await page.getByRole('contentinfo').getByRole('link', { name: link, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await page.waitForLoadState('load')
    await expectAccessible(page)
  }
})
