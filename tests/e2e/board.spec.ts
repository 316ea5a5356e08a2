/**
 * Board work, as a partner, the delivery team, the chair and a visitor do it: a partner puts an
 * item forward, the delivery team schedules a meeting, the chair puts the item on its agenda
 * (and a board-only item too), the delivery team records a decision that adds an action, the
 * chair approves the plan, and a visitor follows decision → action on the public pages while
 * never seeing the board-only item. Replayed writes as the wrong people are refused; every new
 * page is scanned by axe.
 */
import type { Browser, Page } from '@playwright/test'
import { expect, expectAccessible, fillDate, signIn, test } from './fixtures'
import { captureAction, replay, sessionFor } from './replay'

const AREA = 'doncaster'
const stamp = Date.now()
const ITEM = `Buses to college from the villages ${stamp}`
const SECRET = `Board-only item naming a school ${stamp}`
const MEETING = `Winter board ${stamp}`
const ACTION = `Early bus pilot ${stamp}`
const DECISION = `Fund an early bus pilot with the council ${stamp}`

/** Today in the UK, as day, month and year. */
function ukToday(): [number, number, number] {
  const p = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' })
    .formatToParts(new Date())
    .map((x) => Number(x.value))
    .filter((n) => !Number.isNaN(n))
  return [p[0] as number, p[1] as number, p[2] as number]
}

async function as(browser: Browser, email: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await signIn(page, email)
  return { page, close: () => context.close() }
}

async function proposeItem(page: Page, title: string, boardOnly: boolean) {
  await page.goto(`/boards/${AREA}`)
  await page.getByRole('button', { name: 'Put an item forward' }).click()
  await page.getByLabel('What should the board discuss?').fill(title)
  await page.getByLabel('Why it matters').fill('Students miss the first lesson because the only bus arrives at 9:20.')
  if (boardOnly) await page.getByLabel('Board only: keep it off the public agenda').check()
  await page.getByRole('button', { name: 'Put item forward' }).click()
  await expect(page.getByText('Your item is in the agenda backlog.')).toBeVisible()
}

/** Selects MEETING by its label (which goes on with its date and time). */
async function chooseMeeting(page: Page) {
  const select = page.getByLabel('Meeting (if you put it on an agenda)')
  const value = await select.locator('option', { hasText: MEETING }).getAttribute('value')
  await select.selectOption(value as string)
}

async function placeItem(page: Page, title: string) {
  await page.goto(`/boards/${AREA}`)
  await page.getByRole('link', { name: title }).click()
  await page.getByLabel('Put it on a meeting’s agenda').check()
  await chooseMeeting(page)
  await page.getByRole('button', { name: 'Save answer' }).click()
}

test('a partner’s item reaches the agenda, becomes a decision and an action the public can follow', async ({ page, browser }) => {
  test.setTimeout(300_000)
  // A partner puts an item forward from their dashboard.
  const partner = await as(browser, `partner.${AREA}@example.org`)
  await expect(partner.page.getByRole('table', { name: 'Next meeting and the agenda backlog' })).toBeVisible()
  await partner.page.getByRole('link', { name: 'Doncaster board' }).click()
  await expect(partner.page.getByRole('heading', { level: 1 })).toContainText('partnership board')
  await expectAccessible(partner.page)
  await partner.page.getByRole('button', { name: 'Put an item forward' }).click()
  await partner.page.getByRole('button', { name: 'Put item forward' }).click()
  await expect(partner.page.locator('.govuk-error-summary')).toContainText('Enter the item')
  await expectAccessible(partner.page)
  await proposeItem(partner.page, ITEM, false)
  await proposeItem(partner.page, SECRET, true)
  await expect(partner.page.getByRole('row', { name: new RegExp(ITEM) })).toContainText('A local partner')

  // The delivery team schedules a meeting: not in the past; tonight is fine.
  await signIn(page, `delivery.${AREA}@example.org`)
  await page.goto(`/boards/${AREA}`)
  await page.getByRole('button', { name: 'Schedule a meeting' }).click()
  await page.getByLabel('Title').fill(MEETING)
  await fillDate(page, 'date', [12, 1, 2024])
  await page.getByLabel('Start time').fill('18:30')
  await page.getByLabel('Place, or how to join').fill('Doncaster civic office, room 4')
  await page.getByRole('button', { name: 'Schedule meeting' }).click()
  await expect(page.locator('.govuk-error-summary')).toContainText('The meeting must start in the future')
  await expectAccessible(page)
  await fillDate(page, 'date', ukToday())
  await page.getByLabel('Start time').fill('23:59')
  await page.getByRole('button', { name: 'Schedule meeting' }).click()
  await expect(page.getByText('The meeting has been scheduled.')).toBeVisible()
  await expectAccessible(page)

  // The chair puts both items on its agenda; the capture of one answer is replayed below.
  const chair = await as(browser, `chair.${AREA}@example.org`)
  await placeItem(chair.page, ITEM)
  await expect(chair.page.getByText('The item is on the meeting’s agenda.')).toBeVisible()
  await expectAccessible(chair.page)
  await chair.page.goto(`/boards/${AREA}`)
  await chair.page.getByRole('link', { name: SECRET }).click()
  await chair.page.waitForURL(/\/items\//)
  const itemUrl = chair.page.url()
  const placing = await captureAction(chair.page, async () => {
    await chair.page.getByLabel('Put it on a meeting’s agenda').check()
    await chooseMeeting(chair.page)
    await chair.page.getByRole('button', { name: 'Save answer' }).click()
  })
  for (const who of [null, `partner.${AREA}@example.org`, `delivery.${AREA}@example.org`, 'chair.hastings@example.org']) {
    const s = await sessionFor(browser, who)
    const res = await replay(s.request, placing)
    if (who === null) expect([303, 307]).toContain(res.status())
    else expect(await res.text(), `replayed as ${who}`).toContain('You cannot set this board’s agenda.')
    await s.close()
  }
  expect((await replay(chair.page.request, placing)).status()).toBe(200)
  await chair.page.goto(itemUrl)
  await expect(chair.page.getByText('On the agenda')).toBeVisible()

  // The meeting's day has come: the delivery team records the decision, which adds an action.
  await page.goto(`/boards/${AREA}`)
  await page.getByRole('link', { name: MEETING }).click()
  await expect(page.getByRole('heading', { level: 3, name: new RegExp(ITEM) })).toBeVisible()
  await page.getByRole('link', { name: `Record what happened to “${ITEM}”` }).click()
  await page.getByRole('button', { name: 'Record decision' }).click()
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter the decision')
  await expectAccessible(page)
  await page.getByLabel('Decision', { exact: true }).fill(DECISION)
  await page.getByLabel('The decision adds an action to the delivery plan').check()
  await page.getByLabel('Action title (if it adds one)').fill(ACTION)
  await page.getByLabel('Priority it is under (if it adds one)').selectOption({ index: 1 })
  await page.getByRole('button', { name: 'Record decision' }).click()
  await expect(page.getByText('The decision has been recorded and its action added to the draft plan.')).toBeVisible()
  await expect(page.getByText('Its action is in the draft plan, waiting for approval.')).toBeVisible()

  // The plan goes to the chair, who approves it.
  await page.goto(`/plans/${AREA}`)
  await page.getByLabel('What has changed').fill('An action agreed by the board')
  await page.getByRole('button', { name: 'Submit for approval' }).click()
  await expect(page.getByText('The draft has been sent to the chair for approval.')).toBeVisible()
  await chair.page.goto('/dashboard')
  await chair.page.getByRole('link', { name: 'Doncaster: draft plan waiting for your approval' }).click()
  await chair.page.getByLabel('Approve and publish').check()
  await chair.page.getByLabel('Note or reason').fill('Agreed by the board')
  await chair.page.getByRole('button', { name: 'Confirm decision' }).click()
  await expect(chair.page.getByText('The plan has been approved and published.')).toBeVisible()
  await chair.close()

  // A visitor: the public item and its decision, linked to the action; never the board-only item.
  const visitor = await browser.newContext()
  const v = await visitor.newPage()
  await expect(async () => {
    await v.goto(`/areas/${AREA}/board`)
    await expect(v.locator('main')).toContainText(DECISION, { timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
  await expect(v.locator('main')).toContainText(ITEM)
  await expect(v.locator('main')).toContainText(MEETING)
  await expect(v.locator('main')).not.toContainText(SECRET)
  await expectAccessible(v)
  await v.getByRole('link', { name: ACTION }).click()
  await expect(v).toHaveURL(new RegExp(`/areas/${AREA}#action-`))
  const row = v.getByRole('row', { name: new RegExp(ACTION) })
  await expect(row).toContainText('Agreed by the board')
  await row.getByRole('link', { name: /Agreed by the board/ }).click()
  await expect(v).toHaveURL(new RegExp(`/areas/${AREA}/board#meeting-`))
  for (const path of [`/areas/${AREA}`, `/areas/${AREA}/print`, '/download/actions.csv', '/api/v1/actions?area=doncaster']) {
    const res = await v.request.get(path)
    expect(await res.text(), path).not.toContain(SECRET)
  }
  // Search echoes what was asked, so it is checked for what it finds.
  await v.goto(`/search?q=${encodeURIComponent(SECRET)}`)
  await expect(v.getByRole('status')).toContainText('No results for')
  await visitor.close()

  // The partner sees their item discussed, with the decision.
  await partner.page.goto(`/boards/${AREA}`)
  await partner.page.getByRole('link', { name: MEETING }).click()
  await expect(partner.page.locator('main')).toContainText(DECISION)
  await expect(partner.page.locator('main')).toContainText(SECRET)
  await expectAccessible(partner.page)
  await partner.close()
})

test('the delivery team’s board forms refuse partners and other areas, replayed requests included', async ({ page, browser }) => {
  test.setTimeout(180_000)
  await signIn(page, `delivery.${AREA}@example.org`)
  await page.goto(`/boards/${AREA}/meetings/new`)
  const scheduling = await captureAction(page, async () => {
    await page.getByLabel('Title').fill(`Replayed meeting that must never land ${stamp}`)
    await fillDate(page, 'date', [1, 3, new Date().getUTCFullYear() + 1])
    await page.getByLabel('Start time').fill('10:00')
    await page.getByLabel('Place, or how to join').fill('Nowhere')
    await page.getByRole('button', { name: 'Schedule meeting' }).click()
  })
  await page.goto(`/boards/${AREA}/members/new`)
  const adding = await captureAction(page, async () => {
    await page.getByLabel('Name', { exact: true }).fill(`Replayed member ${stamp}`)
    await page.getByLabel('Sector they represent').selectOption({ label: 'Schools' })
    await page.getByLabel('Member', { exact: true }).check()
    await fillDate(page, 'startsOn', [1, 9, 2026])
    await page.getByRole('button', { name: 'Add member' }).click()
  })
  for (const who of [`partner.${AREA}@example.org`, `chair.${AREA}@example.org`, 'delivery.hastings@example.org']) {
    const s = await sessionFor(browser, who)
    for (const c of [scheduling, adding])
      expect(await (await replay(s.request, c)).text(), `replayed as ${who}`).toContain('You cannot change this board’s work.')
    await s.close()
  }
  // Nor can they open the pages.
  const partner = await as(browser, `partner.${AREA}@example.org`)
  for (const path of [`/boards/${AREA}/meetings/new`, `/boards/${AREA}/members/new`, `/boards/hastings`])
    expect((await partner.page.goto(path))?.status(), path).toBe(404)
  await partner.close()
  await page.goto(`/boards/${AREA}`)
  await expect(page.locator('main')).not.toContainText(`Replayed member ${stamp}`)
  await expect(page.locator('main')).not.toContainText(`Replayed meeting that must never land ${stamp}`)
  // Replayed as the delivery team, it lands: the replay itself is sound.
  expect((await replay(page.request, adding)).status()).toBe(200)
  await page.goto(`/boards/${AREA}`)
  await expect(page.locator('main')).toContainText(`Replayed member ${stamp}`)
  await expectAccessible(page)
})

test('a vote between meetings: a member with an interest takes no part, the rest reach quorum and the result is recorded', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000)
  const MOTION = `That the board backs the careers fair ${stamp}`
  const chairEmail = `chair.${AREA}@example.org`
  await signIn(page, chairEmail)
  await page.goto(`/boards/${AREA}`)
  await page.getByRole('button', { name: 'Open a vote' }).click()
  await page.getByRole('button', { name: 'Open the vote' }).click()
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter the motion’s wording')
  await expectAccessible(page)
  await page.getByLabel('Motion').fill(MOTION)
  const [d, m, y] = ukToday()
  await fillDate(page, 'closesOn', [d, m, y + 1])
  await page.getByRole('button', { name: 'Open the vote' }).click()
  await expect(page.getByText('The vote is open.')).toBeVisible()
  await expectAccessible(page)
  const motionUrl = page.url()

  // The chair's college runs the fair: they declare it and take no part.
  await page.getByLabel('Your interest').fill('My college organises the fair')
  await page.getByRole('button', { name: 'Declare interest' }).click()
  await expect(page.getByText('You take no part in this vote')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Cast vote' })).toHaveCount(0)
  await expect(page.getByText('You declared an interest in this motion')).toBeVisible()

  // The partner votes; with the chair out, that is every eligible member.
  const partner = await as(browser, `partner.${AREA}@example.org`)
  await partner.page.goto(motionUrl)
  await expectAccessible(partner.page)
  const voting = await captureAction(partner.page, async () => {
    await partner.page.getByLabel('For', { exact: true }).check()
    await partner.page.getByRole('button', { name: 'Cast vote' }).click()
  })
  // Replayed as people who may not vote here: refused, and nothing counted.
  for (const who of [`delivery.${AREA}@example.org`, 'partner.hastings@example.org']) {
    const s = await sessionFor(browser, who)
    expect(await (await replay(s.request, voting)).text(), who).toMatch(/You cannot vote on this motion/)
    await s.close()
  }
  expect((await replay(partner.page.request, voting)).status()).toBe(200)
  await partner.page.goto(motionUrl)
  await expect(partner.page.getByText('So far: 1 for, 0 against')).toBeVisible()
  await partner.close()

  await page.goto(motionUrl)
  await page.getByRole('button', { name: 'Record the result' }).click()
  await expect(page.getByText('The result has been recorded.')).toBeVisible()
  await expect(page.locator('main')).toContainText('Carried: 1 for, 0 against, 0 abstentions. 1 of 1 eligible voted')
  await expectAccessible(page)
  await page.goto(`/boards/${AREA}/interests`)
  await expect(page.getByRole('table', { name: 'Declarations on agenda items and votes' })).toContainText(
    'My college organises the fair',
  )
  await expectAccessible(page)
})

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n')

/** UK time now plus `minutes`, as HH:MM (callers skip when that would pass midnight). */
function ukTimeIn(minutes: number): string {
  const t = new Date(Date.now() + minutes * 60_000)
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(t)
}

async function scheduleTonight(page: Page, title: string, time: string) {
  await page.goto(`/boards/${AREA}/meetings/new`)
  await page.getByLabel('Title').fill(title)
  await fillDate(page, 'date', ukToday())
  await page.getByLabel('Start time').fill(time)
  await page.getByLabel('Place, or how to join').fill('Doncaster civic office, room 4')
  await page.getByRole('button', { name: 'Schedule meeting' }).click()
  await expect(page.getByText('The meeting has been scheduled.')).toBeVisible()
  await page.waitForURL(/\/meetings\/[^/]+\?/)
  return page.url().split('?')[0] as string
}

test('papers and minutes: drafted, amended by a member who attended, approved, printed in the board pack and published', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000)
  // Both meetings are tonight (outcomes can be recorded from a meeting's day); not across midnight.
  test.skip(ukTimeIn(15) < ukTimeIn(0), 'too close to midnight in the UK for two meetings tonight')
  const FIRST = `Minuted board ${stamp}`
  const NEXT = `Following board ${stamp}`
  const PUBLIC_ITEM = `Holiday activities ${stamp}`
  const PRIVATE_ITEM = `Exclusions at a named school ${stamp}`
  const MINUTES = `The board heard the holiday clubs were full by April ${stamp}.`
  const SECRET_MINUTES = `Private minutes ${stamp}`

  await signIn(page, `delivery.${AREA}@example.org`)
  const first = await scheduleTonight(page, FIRST, ukTimeIn(8))
  await scheduleTonight(page, NEXT, ukTimeIn(9))
  const partner = await as(browser, `partner.${AREA}@example.org`)
  await proposeItem(partner.page, PUBLIC_ITEM, false)
  await proposeItem(partner.page, PRIVATE_ITEM, true)
  const chair = await as(browser, `chair.${AREA}@example.org`)
  for (const title of [PUBLIC_ITEM, PRIVATE_ITEM]) {
    await chair.page.goto(`/boards/${AREA}`)
    await chair.page.getByRole('link', { name: title }).click()
    await chair.page.getByLabel('Put it on a meeting’s agenda').check()
    const select = chair.page.getByLabel('Meeting (if you put it on an agenda)')
    await select.selectOption((await select.locator('option', { hasText: FIRST }).getAttribute('value')) as string)
    await chair.page.getByRole('button', { name: 'Save answer' }).click()
    await expect(chair.page.getByText('The item is on the meeting’s agenda.')).toBeVisible()
  }

  // Papers: a disguised file is refused; a public and a board-only paper are kept.
  await page.goto(first)
  await page.getByRole('link', { name: PUBLIC_ITEM, exact: true }).click()
  await page.waitForURL(/\/items\//)
  const itemPage = page.url().split('?')[0] as string
  const upload = async (title: string, visibility: 'Public' | 'Board only', name: string, buffer: Buffer) => {
    await page.goto(itemPage)
    await page.getByLabel('Title', { exact: true }).fill(title)
    await page.getByLabel(visibility, { exact: true }).check()
    await page.getByLabel('File', { exact: true }).setInputFiles({ name, mimeType: 'application/pdf', buffer })
    await page.getByRole('button', { name: 'Upload paper' }).click()
  }
  await upload('Disguised', 'Public', 'report.pdf', Buffer.from('<html><script>alert(1)</script></html>'))
  await expect(page.locator('.govuk-error-summary')).toContainText('this file’s content is not')
  await expectAccessible(page)
  await upload(`Public paper ${stamp}`, 'Public', 'holiday-clubs.pdf', PDF)
  await expect(page.getByText('The paper has been uploaded.')).toBeVisible()
  await upload(`Board paper ${stamp}`, 'Board only', 'pupil-names.pdf', PDF)
  await expect(page.getByText('The paper has been uploaded.')).toBeVisible()
  const boardPaper = (await page.getByRole('link', { name: `Board paper ${stamp}`, exact: true }).getAttribute('href')) as string
  await expectAccessible(page)

  // Minutes of both items, attendance, circulation.
  await page.getByLabel('Minutes of this item').fill(MINUTES)
  await page.getByRole('button', { name: 'Save minutes' }).click()
  await expect(page.getByText('The minutes of the item have been saved.')).toBeVisible()
  await page.goto(first)
  await page.getByRole('link', { name: PRIVATE_ITEM, exact: true }).click()
  await page.getByLabel('Minutes of this item').fill(SECRET_MINUTES)
  await page.getByRole('button', { name: 'Save minutes' }).click()
  await expect(page.getByText('The minutes of the item have been saved.')).toBeVisible()
  await page.goto(first)
  await page.getByLabel(`Board chair (${AREA}) (Chair)`).check()
  await page.getByLabel(`Board partner (${AREA}) (Member)`).check()
  await page.getByRole('button', { name: 'Save attendance' }).click()
  await expect(page.getByText('Attendance has been recorded.')).toBeVisible()
  await page.getByRole('button', { name: 'Circulate the minutes' }).click()
  await expect(page.getByText('The minutes have been circulated')).toBeVisible()
  await expectAccessible(page)

  // The partner, who attended, suggests a change; the delivery team accepts it.
  await partner.page.goto(first)
  await partner.page.getByLabel('Which part').selectOption({ label: PUBLIC_ITEM })
  await partner.page.getByLabel('The change you suggest').fill('Say “by the end of April”.')
  await partner.page.getByRole('button', { name: 'Send suggestion' }).click()
  await expect(partner.page.getByText('Your suggested change has been sent')).toBeVisible()
  await expectAccessible(partner.page)
  await partner.close()
  await page.goto(first)
  await page.getByRole('button', { name: 'Accept this suggestion' }).click()
  await expect(page.getByText('The suggestion is marked as accepted.')).toBeVisible()

  // The chair, who attended, approves them at the following meeting.
  await chair.page.goto(first)
  await chair.page.getByLabel('Meeting at which the board approved them').selectOption({ index: 1 })
  await chair.page.getByRole('button', { name: 'Approve and lock the minutes' }).click()
  await expect(chair.page.getByText('The minutes are approved and locked.')).toBeVisible()
  await expectAccessible(chair.page)

  // The next meeting's board pack carries them; it prints without the site's chrome.
  await chair.page.goto(`/boards/${AREA}`)
  await chair.page.getByRole('link', { name: NEXT }).click()
  await chair.page.getByRole('link', { name: /Board pack/ }).click()
  await expect(chair.page.getByRole('heading', { name: 'Minutes of the previous meeting' })).toBeVisible()
  await expect(chair.page.locator('main')).toContainText(MINUTES)
  await expectAccessible(chair.page)
  await chair.page.emulateMedia({ media: 'print' })
  await expect(chair.page.locator('.govuk-service-navigation')).toBeHidden()
  await chair.close()

  // A visitor: the public minutes and paper, never the board-only item, its minutes or paper.
  const visitor = await browser.newContext()
  const v = await visitor.newPage()
  await expect(async () => {
    await v.goto(`/areas/${AREA}/board`)
    await expect(v.locator('main')).toContainText(MINUTES, { timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
  const main = v.locator('main')
  for (const secret of [PRIVATE_ITEM, SECRET_MINUTES, `Board paper ${stamp}`]) await expect(main).not.toContainText(secret)
  const publicHref = (await v.getByRole('link', { name: `Public paper ${stamp}` }).getAttribute('href')) as string
  const download = await v.request.get(publicHref)
  expect(download.status()).toBe(200)
  expect(download.headers()['content-type']).toBe('application/pdf')
  expect(download.headers()['content-disposition']).toContain('attachment')
  const paperId = boardPaper.split('/').pop() as string
  expect((await v.request.get(`/areas/${AREA}/board/papers/${paperId}`)).status()).toBe(404)
  expect([302, 303, 307]).toContain((await v.request.get(boardPaper, { maxRedirects: 0 })).status())
  for (const path of [`/areas/${AREA}`, '/download/actions.csv', `/api/v1/actions?area=${AREA}`])
    expect(await (await v.request.get(path)).text(), path).not.toContain(PRIVATE_ITEM)
  await visitor.close()
})
