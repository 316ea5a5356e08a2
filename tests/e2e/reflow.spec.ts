import { expect, expectAccessible, test } from './fixtures'

// 320 CSS pixels wide is what a 1280-pixel window shows at 400% zoom (WCAG 1.4.10 Reflow).
test.use({ viewport: { width: 320, height: 640 } })

for (const path of [
  '/',
  '/areas/hastings',
  '/life-stages/school-outcomes',
  '/compare',
  '/compare?show=eyfs-gld',
  '/search?q=maths',
  '/open-data',
  '/about',
  '/no-such-page',
]) {
  test(`${path} reflows at 320 px without scrolling the page sideways`, async ({ page }) => {
    await page.goto(path)
    await page.waitForLoadState('load')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await expectAccessible(page)
  })
}
