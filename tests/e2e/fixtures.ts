/**
 * Shared e2e fixtures. `visit(path)` opens a page and checks it with axe against WCAG 2.2 AA:
 * every page a test visits is scanned, and any violation fails the test with its details.
 */
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Browser, type Page } from '@playwright/test'

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

/** A browser context of its own, signed in as `email`: another person at another desk. */
export async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await signIn(page, email)
  return { page, close: () => context.close() }
}

/** On the new consultation page: the question and the closing day (its time left at the default). */
export async function fillConsultation(page: Page, question: string, closes: Date) {
  await page.getByLabel('Question').fill(question)
  await page.getByLabel('Day').fill(String(closes.getUTCDate()))
  await page.getByLabel('Month').fill(String(closes.getUTCMonth() + 1))
  await page.getByLabel('Year').fill(String(closes.getUTCFullYear()))
}

/** Fills a GOV.UK date field (day, month, year inputs named `name`). */
export async function fillDate(page: Page, name: string, [d, m, y]: [number, number, number]) {
  await page.locator(`#${name}-day`).fill(String(d))
  await page.locator(`#${name}-month`).fill(String(m))
  await page.locator(`#${name}-year`).fill(String(y))
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
