/**
 * Shared e2e fixtures. `visit(path)` opens a page and checks it with axe against WCAG 2.2 AA:
 * every page a test visits is scanned, and any violation fails the test with its details.
 */
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export async function expectAccessible(page: Page) {
  // Next streams a dynamic page's <title> with the page: scan once it has arrived, not before.
  await expect(page).toHaveTitle(/\S/, { timeout: 15_000 })
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary, `axe violations on ${page.url()}`).toEqual([])
}

export const test = base.extend<{ visit: (path: string) => Promise<void> }>({
  visit: async ({ page }, use) => {
    await use(async (path: string) => {
      await page.goto(path)
      await expectAccessible(page)
    })
  },
})

/** Development accounts only (README). */
export const DEV_PASSWORD = 'opportunity-dev-2026'

export async function signIn(page: Page, email: string) {
  await page.goto('/sign-in')
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password').fill(DEV_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/dashboard$/)
}

/** On a working plan page, opens the edit page of the first action (priorities have edit links too). */
export async function editFirstAction(page: Page) {
  await page
    .getByRole('table', { name: /^Actions under / })
    .first()
    .getByRole('link', { name: /^Edit / })
    .first()
    .click()
}

/** On a working plan page, opens the proposal form of the first action. */
export async function proposeToFirstAction(page: Page) {
  await page
    .getByRole('table', { name: /^Actions under / })
    .first()
    .getByRole('link', { name: /^Propose a change to / })
    .first()
    .click()
}

export { expect }
