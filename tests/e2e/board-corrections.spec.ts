import { expect, expectAccessible, fillDate, signIn, signedIn, test } from './fixtures'
import { captureAction, replay, sessionFor } from './replay'

/**
 * Putting the board's record right. The chair corrects where an agenda item came from, with a
 * reason a visitor then reads on the area's ledger (nobody else may correct it, even by
 * replaying the request); the board approves a meeting's minutes by a vote between meetings;
 * the delivery team withdraws a public paper, which nobody can then open. Norwich's demo board:
 * no other journey writes to it.
 */
const AREA = 'norwich'
const MEETING = 'Autumn partnership board'
const NATIONAL_ITEM = 'National tutoring guidance for the spring term'
const LOCAL_ITEM = 'Reading support for Year 7 pupils who arrive behind'

test('the chair corrects an item’s origin; the ledger publishes the correction and its reason', async ({ page, browser }) => {
  test.setTimeout(180_000)
  const reason = `The head teachers asked for it before the national guidance (run ${Date.now()})`
  await page.goto(`/areas/${AREA}/influence`)
  await expect(page.getByRole('heading', { name: 'Corrections' })).toBeVisible()
  await expect(page.locator('main')).not.toContainText(reason)

  await signIn(page, `chair.${AREA}@example.org`)
  await page.goto(`/boards/${AREA}`)
  await page.getByRole('link', { name: MEETING }).first().click()
  await expect(page).toHaveURL(/\/meetings\//)
  await page.getByRole('link', { name: NATIONAL_ITEM }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NATIONAL_ITEM)
  await page.getByRole('link', { name: /^correct it\W+where this item came from$/ }).click()
  await expect(page).toHaveURL(/\/origin\/items\//)
  const correctionPath = new URL(page.url()).pathname
  await expect(page.locator('main')).toContainText('Recorded as coming from: National policy')
  await page.getByRole('button', { name: 'Correct the origin' }).click()
  const errors = page.locator('.govuk-error-summary')
  await expect(errors).toBeFocused()
  await expect(errors).toContainText('Select where it really came from')
  await expect(errors).toContainText('Enter the reason for the correction')
  await expectAccessible(page)
  const fill = async () => {
    await page.getByLabel('A local partner').check()
    await page.getByLabel('Why the record was wrong').fill(reason)
    await page.getByRole('button', { name: 'Correct the origin' }).click()
  }
  // Captured (and stopped) for the replays below, then sent for real.
  const corrected = await captureAction(page, fill)
  await page.goto(correctionPath)
  await fill()
  await expect(page.getByText('The origin has been corrected.')).toBeVisible()
  await expect(page.locator('.govuk-summary-list__row').filter({ hasText: 'Origin' })).toContainText('A local partner')

  // Nobody else corrects an origin: not the delivery team, a partner or another area's chair.
  for (const who of [`delivery.${AREA}@example.org`, `partner.${AREA}@example.org`, 'chair.hastings@example.org']) {
    const s = await sessionFor(browser, who)
    expect(await (await replay(s.request, corrected)).text(), who).toContain('You cannot correct where this came from.')
    expect((await s.request.get(correctionPath)).status(), who).toBe(404)
    await s.close()
  }

  // A visitor reads it on the area's ledger, with the decision that took the item's origin.
  const visitor = await browser.newContext()
  const v = await visitor.newPage()
  await v.goto(`/areas/${AREA}/influence`)
  const list = v.getByRole('heading', { name: 'Corrections' }).locator('xpath=following-sibling::ul[1]')
  await expect(list.getByRole('listitem').filter({ hasText: `the agenda item “${NATIONAL_ITEM}”` })).toContainText(
    `changed from National policy to A local partner. Reason given: ${reason}`,
  )
  await expect(list.getByRole('listitem').filter({ hasText: 'the decision “Ask the delivery team' })).toContainText(reason)
  await expectAccessible(v)
  const data = await v.request.get(`/api/v1/origin-corrections?area=${AREA}`)
  expect(JSON.stringify(await data.json())).toContain(reason)
  await visitor.close()
})

test('the board approves a meeting’s minutes by a vote between meetings', async ({ page, browser }) => {
  test.setTimeout(240_000)
  const run = Date.now()
  const team = await signedIn(browser, `delivery.${AREA}@example.org`)
  await team.page.goto(`/boards/${AREA}`)
  await team.page.getByRole('link', { name: MEETING }).first().click()
  await expect(team.page).toHaveURL(/\/meetings\//)
  const meetingPath = new URL(team.page.url()).pathname
  for (const item of [LOCAL_ITEM, NATIONAL_ITEM]) {
    await team.page.goto(meetingPath)
    await team.page.getByRole('link', { name: item, exact: true }).first().click()
    await team.page.getByLabel('Minutes of this item').fill(`The board discussed it (run ${run}).`)
    await team.page.getByRole('button', { name: 'Save minutes' }).click()
    await expect(team.page.getByText('The minutes of the item have been saved.')).toBeVisible()
  }
  await team.page.goto(meetingPath)
  await team.page.getByLabel(`Board chair (${AREA}) (Chair)`).check()
  await team.page.getByLabel(`Board partner (${AREA}) (Member)`).check()
  await team.page.getByRole('button', { name: 'Save attendance' }).click()
  await expect(team.page.getByText('Attendance has been recorded.')).toBeVisible()
  await team.page.getByRole('button', { name: 'Circulate the minutes' }).click()
  await expect(team.page.getByText('The minutes have been circulated')).toBeVisible()

  // The chair puts them to a vote rather than wait for the next meeting.
  await signIn(page, `chair.${AREA}@example.org`)
  await page.goto(meetingPath)
  await expect(page.getByRole('heading', { name: 'Or approve them by a vote between meetings' })).toBeVisible()
  await expectAccessible(page)
  const closes = new Date(Date.now() + 3 * 86_400_000)
  await fillDate(page, 'closesOn', [closes.getUTCDate(), closes.getUTCMonth() + 1, closes.getUTCFullYear()])
  await page.getByRole('button', { name: 'Put the minutes to a vote' }).click()
  await expect(page.getByText('The vote is open.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`That the minutes of ${MEETING}`)
  await expect(page.locator('.govuk-inset-text').filter({ hasText: 'Carried, this vote approves' })).toBeVisible()
  const motionPath = new URL(page.url()).pathname
  await expectAccessible(page)

  // Meanwhile the minutes are frozen: the delivery team has no forms to change them.
  await team.page.goto(meetingPath)
  await expect(team.page.locator('#minutes').locator('xpath=..')).toContainText('Out to a vote of the board')
  await expect(team.page.getByRole('button', { name: 'Save attendance' })).toHaveCount(0)
  await team.close()

  // Both voting members with an account vote for; the chair records the result.
  const partner = await signedIn(browser, `partner.${AREA}@example.org`)
  await partner.page.goto(motionPath)
  await partner.page.getByLabel('For', { exact: true }).check()
  await partner.page.getByRole('button', { name: 'Cast vote' }).click()
  await expect(partner.page.getByText('Your vote has been recorded.')).toBeVisible()
  await partner.close()
  await page.reload()
  await page.getByLabel('For', { exact: true }).check()
  await page.getByRole('button', { name: 'Cast vote' }).click()
  await expect(page.getByText('Your vote has been recorded.')).toBeVisible()
  await page.getByRole('button', { name: 'Record the result' }).click()
  await expect(page.getByText('The result has been recorded.')).toBeVisible()

  await page.goto(meetingPath)
  await expect(page.locator('main')).toContainText('Approved and locked by a vote between meetings')
  await expectAccessible(page)
  // Published: a visitor reads the public minutes on the board's page.
  const visitor = await browser.newContext()
  const v = await visitor.newPage()
  await v.goto(`/areas/${AREA}/board`)
  await expect(v.locator('main')).toContainText(`The board discussed it (run ${run}).`)
  await visitor.close()
})

test('the delivery team withdraws a public paper: it leaves the public board and its download, and the board sees why', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const title = `Holiday club survey (run ${Date.now()})`
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n')
  const team = await signedIn(browser, `delivery.${AREA}@example.org`)
  await team.page.goto(`/boards/${AREA}`)
  await team.page.getByRole('link', { name: MEETING }).first().click()
  await expect(team.page).toHaveURL(/\/meetings\//)
  await team.page.getByRole('link', { name: LOCAL_ITEM, exact: true }).first().click()
  await expect(team.page).toHaveURL(/\/items\//)
  const itemPath = new URL(team.page.url()).pathname
  await team.page.getByLabel('Title', { exact: true }).fill(title)
  await team.page.getByLabel('Public', { exact: true }).check()
  await team.page
    .getByLabel('File', { exact: true })
    .setInputFiles({ name: 'survey.pdf', mimeType: 'application/pdf', buffer: PDF })
  await team.page.getByRole('button', { name: 'Upload paper' }).click()
  await expect(team.page.getByText('The paper has been uploaded.')).toBeVisible()

  const visitor = await browser.newContext()
  const v = await visitor.newPage()
  await v.goto(`/areas/${AREA}/board`)
  const download = (await v.getByRole('link', { name: title }).getAttribute('href')) as string
  expect((await v.request.get(download)).status()).toBe(200)

  await team.page.goto(itemPath)
  await team.page.getByRole('link', { name: `Change or withdraw “${title}”` }).click()
  await expect(team.page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expectAccessible(team.page)
  await team.page.getByRole('button', { name: 'Withdraw the paper' }).click()
  await expect(team.page.locator('.govuk-error-summary')).toContainText('Enter the reason the paper is withdrawn')
  await team.page.getByLabel('Why it is withdrawn').fill('The survey names two families')
  await team.page.getByRole('button', { name: 'Withdraw the paper' }).click()
  await expect(team.page.getByText('The paper has been withdrawn.')).toBeVisible()
  await expect(team.page.getByRole('listitem').filter({ hasText: title })).toContainText('Withdrawn')
  await expect(team.page.getByRole('listitem').filter({ hasText: title })).toContainText('The survey names two families')
  await expect(team.page.getByRole('link', { name: title })).toHaveCount(0)
  await team.close()

  await v.goto(`/areas/${AREA}/board`)
  await expect(v.locator('main')).not.toContainText(title)
  expect((await v.request.get(download)).status()).toBe(404)
  await visitor.close()
})
