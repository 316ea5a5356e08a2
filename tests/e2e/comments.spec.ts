import { expect, expectAccessible, signIn, test } from './fixtures'
import { captureAction, replay, sessionFor } from './replay'

/**
 * The board's comments: a partner comments on an action of the working plan, mentioning the
 * chair; the chair is told, opens the thread from the inbox and gives the official response; it
 * is shown with the action, and the partner is told. The same on an agenda item. Replayed
 * comments from another area, a signed-out visitor, and an "official response" from a partner
 * are refused. West Somerset: no other journey writes there.
 */
test('a partner comments with a mention, the chair gives the official response, shown with the item', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000)
  const run = Date.now()
  const comment = `@Board chair (west-somerset) could the college run this? (run ${run})`
  const answer = `Yes: the college runs it from spring (run ${run})`

  await signIn(page, 'partner.west-somerset@example.org')
  await page.goto('/plans/west-somerset')
  // The first action nobody has commented on yet.
  await page
    .getByRole('table', { name: /^Actions under / })
    .getByRole('link', { name: /^Comment on / })
    .first()
    .click()
  await expect(page).toHaveURL(/\/plans\/west-somerset\/comments\/actions\//)
  const threadPath = new URL(page.url()).pathname
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
  await expect(page.locator('main')).toContainText('No comments yet.')
  await expect(page.getByLabel('This is the official response')).toHaveCount(0)
  await page.getByRole('button', { name: 'Add comment' }).click()
  const summary = page.locator('.govuk-error-summary')
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('Enter the comment')
  await expectAccessible(page)
  await page.getByLabel('Add a comment').fill(comment)
  await page.getByRole('button', { name: 'Add comment' }).click()
  await expect(page.getByText('Your comment has been added.')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Comments (1)' })).toBeVisible()
  await expect(page.locator('main')).toContainText(comment)
  await expectAccessible(page)

  // The chair: mentioned, so told in the inbox; the notification opens the thread.
  const chairContext = await browser.newContext()
  const chair = await chairContext.newPage()
  await signIn(chair, 'chair.west-somerset@example.org')
  await chair.goto('/notifications')
  const mention = chair.getByRole('listitem').filter({ hasText: `mentioned you in a comment on “${title}”` })
  await expect(mention).toContainText('Unread')
  await mention.getByRole('link').first().click()
  await expect(chair).toHaveURL(new RegExp(`${threadPath}$`))
  await chair.getByLabel('Add a comment').fill(answer)
  await chair.getByLabel('This is the official response').check()
  await chair.getByRole('button', { name: 'Add comment' }).click()
  await expect(chair.getByText('The official response has been added.')).toBeVisible()
  await expect(chair.locator('.govuk-inset-text')).toContainText(answer)
  await expectAccessible(chair)

  // Shown with the action on the working plan; the partner is told of it.
  await page.goto('/plans/west-somerset')
  await expect(page.getByText(answer)).toBeVisible()
  await expect(page.getByRole('link', { name: `Comments (2) on ${title}` })).toBeVisible()
  await page.goto('/notifications')
  await expect(page.getByRole('listitem').filter({ hasText: `official response on “${title}”` })).toContainText('Unread')

  // An agenda item the partner puts forward has its own thread on its page.
  const item = `Holiday food and fun in the villages (run ${run})`
  await page.goto('/boards/west-somerset/items/new')
  await page.getByLabel('What should the board discuss?').fill(item)
  await page.getByLabel('Why it matters').fill('Families outside Minehead cannot reach the summer clubs.')
  await page.getByRole('button', { name: 'Put item forward' }).click()
  await page.getByRole('link', { name: item }).click()
  await page.getByLabel('Add a comment').fill(`Three parishes have asked for it (run ${run})`)
  await page.getByRole('button', { name: 'Add comment' }).click()
  await expect(page.getByText('Your comment has been added.')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Comments (1)' })).toBeVisible()
  await expectAccessible(page)
  await chairContext.close()
})

test('replayed comments are refused for other areas, signed-out visitors and a partner’s “official response”', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000)
  const run = Date.now()
  await signIn(page, 'partner.west-somerset@example.org')
  await page.goto('/plans/west-somerset')
  await page
    .getByRole('link', { name: /^Comment on / })
    .first()
    .click()
  await expect(page).toHaveURL(/\/plans\/west-somerset\/comments\//)
  const path = new URL(page.url()).pathname
  const post = await captureAction(page, async () => {
    await page.getByLabel('Add a comment').fill(`Replayed comment that must never land (run ${run})`)
    await page.getByRole('button', { name: 'Add comment' }).click()
  })
  for (const who of [null, 'partner.hastings@example.org', 'delivery.hastings@example.org']) {
    const s = await sessionFor(browser, who)
    const res = await replay(s.request, post)
    if (who === null) expect([303, 307]).toContain(res.status())
    else expect(await res.text()).toContain('You cannot comment on this.')
    await s.close()
  }
  // The chair's official response, replayed by a partner of the area, who may comment but not answer.
  const chairContext = await browser.newContext()
  const chair = await chairContext.newPage()
  await signIn(chair, 'chair.west-somerset@example.org')
  await chair.goto(path)
  const official = await captureAction(chair, async () => {
    await chair.getByLabel('Add a comment').fill(`Forged official response (run ${run})`)
    await chair.getByLabel('This is the official response').check()
    await chair.getByRole('button', { name: 'Add comment' }).click()
  })
  await chairContext.close()
  const s = await sessionFor(browser, 'partner.west-somerset@example.org')
  expect(await (await replay(s.request, official)).text()).toContain('You cannot comment on this.')
  await s.close()
  await page.goto(path)
  await expect(page.locator('main')).not.toContainText(`run ${run}`)
})
