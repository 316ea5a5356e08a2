import { expect, expectAccessible, fillDate, signIn, signedIn, test } from './fixtures'
import { captureAction, replay, sessionFor } from './replay'

/**
 * A deputy votes for the member they stand in for, and the chair sees what the board is asked to
 * do, member by member. Ipswich: no other journey writes there.
 */
const AREA = 'ipswich'

test('the partner, named the chair’s deputy, votes for the chair as well as for themself; the chair sees the load', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000)
  const run = Date.now()
  const MOTION = `That the board funds holiday clubs in the villages (run ${run})`

  // The delivery team records the partner as the chair's deputy.
  const team = await signedIn(browser, `delivery.${AREA}@example.org`)
  await team.page.goto(`/boards/${AREA}`)
  await team.page.getByRole('link', { name: `Board chair (${AREA})` }).click()
  const deputy = team.page.getByLabel('Who attends in their place')
  await deputy.selectOption({ label: `Board partner (${AREA})` })
  await team.page.getByRole('button', { name: 'Save deputy' }).click()
  await expect(team.page.getByText('The deputy has been saved.')).toBeVisible()
  await team.close()

  // The chair opens a vote.
  await signIn(page, `chair.${AREA}@example.org`)
  await page.goto(`/boards/${AREA}/motions/new`)
  await page.getByLabel('Motion').fill(MOTION)
  const closes = new Date(Date.now() + 3 * 86_400_000)
  await page.locator('#closesOn-day').fill(String(closes.getUTCDate()))
  await page.locator('#closesOn-month').fill(String(closes.getUTCMonth() + 1))
  await page.locator('#closesOn-year').fill(String(closes.getUTCFullYear()))
  await page.getByRole('button', { name: 'Open the vote' }).click()
  await expect(page.getByText('The vote is open.')).toBeVisible()
  const motionUrl = page.url().split('?')[0] as string

  // The partner's briefing has both votes; they cast their own, then the chair's as deputy.
  const partner = await signedIn(browser, `partner.${AREA}@example.org`)
  await partner.page.goto('/briefing')
  const asks = partner.page.getByRole('listitem').filter({ hasText: MOTION })
  await expect(asks.getByRole('link', { name: /^Vote\b/ })).toHaveCount(2)
  await expect(asks.getByRole('link', { name: /^Vote for Board chair/ })).toBeVisible()
  await partner.page.goto(motionUrl)
  await partner.page.getByLabel('My own vote').check()
  await partner.page.getByLabel('For', { exact: true }).check()
  await partner.page.getByRole('button', { name: 'Cast vote' }).click()
  await expect(partner.page.getByText('Your vote has been recorded.')).toBeVisible()
  await partner.page.getByLabel(`Board chair (${AREA})’s vote, as their deputy`).check()
  await partner.page.getByLabel('Against', { exact: true }).check()
  await partner.page.getByRole('button', { name: 'Cast vote' }).click()
  await expect(partner.page.getByText('Your vote has been recorded.')).toBeVisible()
  await expect(partner.page.locator('main')).toContainText(
    `Board chair (${AREA}): Against (entered by Board partner (${AREA}), their deputy)`,
  )
  await expectAccessible(partner.page)
  // Partners do not see the board's load.
  expect((await partner.page.goto(`/boards/${AREA}/load`))?.status()).toBe(404)
  await partner.close()

  // The chair sees what the board was asked to do, member by member.
  await page.goto(`/boards/${AREA}`)
  await page.getByRole('link', { name: 'What the board is asked to do, member by member' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What the board is asked to do')
  const row = page.getByRole('row').filter({ hasText: `Board partner (${AREA})` })
  // Asked to vote (once in this run), and voted every time: after six months, papers and mentions, the votes.
  const asked = Number(await row.getByRole('cell').nth(7).textContent())
  expect(asked).toBeGreaterThan(0)
  await expect(row.getByRole('cell').nth(8)).toHaveText(String(asked))
  await expectAccessible(page)
})

test('the delivery team moves a meeting with a reason, then cancels it; the board is told', async ({ page, browser }) => {
  test.setTimeout(180_000)
  const run = Date.now()
  const TITLE = `Spring board (run ${run})`
  const year = new Date().getUTCFullYear() + 1
  await signIn(page, `delivery.${AREA}@example.org`)
  await page.goto(`/boards/${AREA}/meetings/new`)
  await page.getByLabel('Title').fill(TITLE)
  await page.locator('#date-day').fill('10')
  await page.locator('#date-month').fill('3')
  await page.locator('#date-year').fill(String(year))
  await page.getByLabel('Start time').fill('18:30')
  await page.getByLabel('Place, or how to join').fill('Ipswich town hall')
  await page.getByRole('button', { name: 'Schedule meeting' }).click()
  await expect(page.getByText('The meeting has been scheduled.')).toBeVisible()

  await page.getByRole('button', { name: 'Move meeting' }).click()
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter the reason it moves')
  await expectAccessible(page)
  await page.locator('#date-day').fill('17')
  await page.locator('#date-month').fill('3')
  await page.locator('#date-year').fill(String(year))
  await page.getByLabel('New start time').fill('18:00')
  await page.getByLabel('Why it moves').fill('The town hall is closed for repairs')
  await page.getByRole('button', { name: 'Move meeting' }).click()
  await expect(page.getByText('The meeting has been moved.')).toBeVisible()
  await expect(page.locator('main')).toContainText(`17 March ${year}`)

  await page.getByLabel('Why it is cancelled').fill('Too few members can come')
  await page.getByRole('button', { name: 'Cancel meeting' }).click()
  await expect(page.getByText('The meeting has been cancelled and the board told.')).toBeVisible()
  await expect(page.locator('main')).toContainText('Too few members can come')
  await expect(page.getByRole('button', { name: 'Move meeting' })).toHaveCount(0)
  await expectAccessible(page)

  const partner = await signedIn(browser, `partner.${AREA}@example.org`)
  await partner.page.goto('/notifications')
  await expect(partner.page.getByRole('listitem').filter({ hasText: `“${TITLE}” on` })).toContainText('is cancelled')
  await partner.page.goto(`/boards/${AREA}`)
  await expect(partner.page.getByRole('row').filter({ hasText: TITLE })).toContainText('Cancelled')
  await partner.close()
})

test('a member who cannot vote names a deputy for that vote only; the deputy is told and votes for them', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000)
  const MOTION = `That the board writes to the bus operator (run ${Date.now()})`
  await signIn(page, `chair.${AREA}@example.org`)
  await page.goto(`/boards/${AREA}/motions/new`)
  await page.getByLabel('Motion').fill(MOTION)
  const closes = new Date(Date.now() + 3 * 86_400_000)
  await fillDate(page, 'closesOn', [closes.getUTCDate(), closes.getUTCMonth() + 1, closes.getUTCFullYear()])
  await page.getByRole('button', { name: 'Open the vote' }).click()
  await expect(page.getByText('The vote is open.')).toBeVisible()
  await expect(page).toHaveURL(/\/motions\//)
  const motionPath = new URL(page.url()).pathname

  // The partner cannot vote this week and names the chair for this vote.
  const partner = await signedIn(browser, `partner.${AREA}@example.org`)
  await partner.page.goto(motionPath)
  await partner.page.getByLabel('Who votes for you on this motion').selectOption({ label: `Board chair (${AREA})` })
  await partner.page.getByRole('button', { name: 'Save deputy for this vote' }).click()
  await expect(partner.page.getByText('Your deputy for this vote has been told.')).toBeVisible()
  await expectAccessible(partner.page)
  await partner.close()

  // The chair is told, and votes for the partner as well as for themself.
  await page.goto('/notifications')
  await expect(page.getByRole('listitem').filter({ hasText: 'asks you to vote for them' }).first()).toBeVisible()
  await page.goto(motionPath)
  await page.getByLabel(`Board partner (${AREA})’s vote, as their deputy`).check()
  await page.getByLabel('For', { exact: true }).check()
  await page.getByRole('button', { name: 'Cast vote' }).click()
  await expect(page.getByText('Your vote has been recorded.')).toBeVisible()
  await expect(page.locator('main')).toContainText(
    `Board partner (${AREA}): For (entered by Board chair (${AREA}), their deputy)`,
  )
})

test('a partner who cannot attend names a deputy for that meeting only; the deputy is told and the board sees it', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000)
  const TITLE = `Summer board (run ${Date.now()})`
  const year = new Date().getUTCFullYear() + 1
  const team = await signedIn(browser, `delivery.${AREA}@example.org`)
  await team.page.goto(`/boards/${AREA}/meetings/new`)
  await team.page.getByLabel('Title').fill(TITLE)
  await fillDate(team.page, 'date', [14, 7, year])
  await team.page.getByLabel('Start time').fill('18:30')
  await team.page.getByLabel('Place, or how to join').fill('Ipswich town hall')
  await team.page.getByRole('button', { name: 'Schedule meeting' }).click()
  await expect(team.page.getByText('The meeting has been scheduled.')).toBeVisible()
  await expect(team.page).toHaveURL(/\/meetings\/[^/]+$/)
  const meetingPath = new URL(team.page.url()).pathname
  // The delivery team is not a member: it has nobody to name.
  await expect(team.page.getByRole('heading', { name: 'Cannot attend?' })).toHaveCount(0)

  await signIn(page, `partner.${AREA}@example.org`)
  await page.goto(meetingPath)
  const name = async () => {
    await page.getByLabel('Who attends for you at this meeting').selectOption({ label: `Board chair (${AREA})` })
    await page.getByRole('button', { name: 'Save deputy for this meeting' }).click()
  }
  // Captured (and stopped) for the replays below, then sent for real.
  const named = await captureAction(page, name)
  await page.goto(meetingPath)
  await name()
  await expect(page.getByText('Your deputy for this meeting has been told.')).toBeVisible()
  // The form shows who is named (it showed "Nobody" before).
  await expect(page.getByLabel('Who attends for you at this meeting').locator('option:checked')).toHaveText(
    `Board chair (${AREA})`,
  )
  await expect(page.locator('.govuk-summary-list')).toContainText(`Board chair (${AREA}) attends for`)
  await expectAccessible(page)

  // Replayed, it names nobody's deputy: not a signed-out visitor's, another area's partner's, or
  // the delivery team's (not a member of the board).
  const refusals: [string | null, string][] = [
    ['partner.norwich@example.org', 'You cannot name a deputy for this.'],
    [`delivery.${AREA}@example.org`, 'Only a current member of the board names a deputy for a meeting.'],
  ]
  for (const [who, message] of [[null, ''] as [null, string], ...refusals]) {
    const s = await sessionFor(browser, who)
    const res = await replay(s.request, named)
    if (who === null) expect([303, 307]).toContain(res.status())
    else expect(await res.text(), who).toContain(message)
    await s.close()
  }

  // The chair is told; the delivery team recording attendance sees who stands in.
  const chair = await signedIn(browser, `chair.${AREA}@example.org`)
  await chair.page.goto('/notifications')
  await expect(chair.page.getByRole('listitem').filter({ hasText: 'asks you to attend for them' }).first()).toContainText(TITLE)
  await chair.close()
  await team.page.goto(meetingPath)
  await expect(team.page.locator('.govuk-summary-list')).toContainText(`Board chair (${AREA}) attends for`)
  await team.close()
})
