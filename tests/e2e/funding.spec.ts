/**
 * Funding, as a delivery team and a chair use it: an allocation, a commitment and two payments
 * (the over-spend warning confirmed), a spend CSV with bad rows and then a good one, the
 * figures on the working page and dashboard, the chair's sign-off, and then the same totals on
 * the area page, /compare, the API and the 360Giving export. A partner and another area's
 * delivery team are refused, replayed requests included. Every page is scanned by axe.
 */
import type { Browser, Page } from '@playwright/test'
import { expect, expectAccessible, fillDate, signIn, test } from './fixtures'
import { captureAction, replay, sessionFor } from './replay'

const AREA = 'west-somerset'
// A real action, published through the draft first: money against a demo action is demo money.
const ACTION = `Exmoor tutoring programme ${Date.now()}`
const FUND = `E2E delivery fund ${Date.now()}`
const REPLAYED = `Replayed payment that must never land ${Date.now()}`

/** The delivery team adds ACTION to the draft plan and the chair approves it: a real, published action. */
async function publishAction(page: Page, browser: Browser) {
  await page.goto(`/plans/${AREA}`)
  await page.getByRole('link', { name: 'Add an action' }).click()
  await page.getByLabel('Title').fill(ACTION)
  await page.getByRole('button', { name: 'Add action' }).click()
  await expect(page.getByText('The action has been saved in the draft plan.')).toBeVisible()
  await page.goto(`/plans/${AREA}`)
  await page.getByLabel('What has changed').fill('A tutoring programme added')
  await page.getByRole('button', { name: 'Submit for approval' }).click()
  await expect(page.getByText('The draft has been sent to the chair for approval.')).toBeVisible()
  const chairContext = await browser.newContext()
  const chair = await chairContext.newPage()
  await signIn(chair, `chair.${AREA}@example.org`)
  await chair.getByRole('link', { name: 'West Somerset: draft plan waiting for your approval' }).click()
  await chair.getByLabel('Approve and publish').check()
  await chair.getByLabel('Note or reason').fill('Agreed by the board')
  await chair.getByRole('button', { name: 'Confirm decision' }).click()
  await expect(chair.getByText('The plan has been approved and published.')).toBeVisible()
  await chairContext.close()
}

async function recordEntry(page: Page, kind: 'A commitment' | 'A payment', amount: string, date: [number, number, number]) {
  await page.goto(`/plans/${AREA}/funding/entries/new`)
  await page.getByLabel(kind).check()
  await page.getByLabel('Action', { exact: true }).selectOption({ label: ACTION })
  await page.getByLabel('Paid from').selectOption({ label: `Opportunity Areas programme funding: ${FUND} (2026-27)` })
  await page.getByLabel('Amount').fill(amount)
  await fillDate(page, 'occurredOn', date)
  await page.getByLabel('Provider or recipient').fill('Exmoor Learning Trust (fictional)')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
}

test('a delivery team records funding, the chair publishes it, and every public view agrees', async ({ page, browser }) => {
  test.setTimeout(240_000)
  await signIn(page, `delivery.${AREA}@example.org`)
  await publishAction(page, browser)
  await page.goto(`/plans/${AREA}`)
  await page.getByRole('link', { name: 'Funding: allocations, commitments and spend' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Funding' })).toBeVisible()
  await expectAccessible(page)

  // An allocation, earmarked for the action. Errors first: nothing is typed.
  await page.getByRole('button', { name: 'Add an allocation' }).click()
  await page.getByRole('button', { name: 'Add allocation' }).click()
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter the amount')
  await expectAccessible(page)
  await page.getByLabel('Funding stream').selectOption({ label: 'Opportunity Areas programme funding' })
  await page.getByLabel('Name of the allocation').fill(FUND)
  await page.getByLabel('Period').fill('2026-27')
  await fillDate(page, 'startsOn', [1, 4, 2026])
  await fillDate(page, 'endsOn', [31, 3, 2027])
  await page.getByLabel('Amount').fill('£20,000')
  await page.getByLabel('The announcement or decision it came from').fill('Board meeting, 12 March 2026, item 4')
  await page.getByLabel('Earmarked for (optional)').selectOption({ label: `Action: ${ACTION}` })
  await page.getByRole('button', { name: 'Add allocation' }).click()
  await expect(page.getByText('The allocation has been added.')).toBeVisible()

  // A commitment and two payments; the second takes spend from the allocation past its £20,000.
  await recordEntry(page, 'A commitment', '20,000', [1, 5, 2026])
  await expect(page.getByText('The commitment has been recorded.')).toBeVisible()
  await recordEntry(page, 'A payment', '15000', [30, 6, 2026])
  await expect(page.getByText('The payment has been recorded.')).toBeVisible()
  await recordEntry(page, 'A payment', '10,000.50', [30, 9, 2026])
  await expect(page.locator('.govuk-error-summary')).toContainText(
    'Spend paid from this allocation would be £25,000.50, more than its £20,000.',
  )
  await expectAccessible(page)
  await page.getByLabel('Save anyway: I have checked the figures').check()
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText('The payment has been recorded.')).toBeVisible()

  // A spend CSV: bad rows save nothing and are each listed; then a good file.
  await page.goto(`/plans/${AREA}/import/spend`)
  await expectAccessible(page)
  const template = await (await page.request.get(`/plans/${AREA}/import/spend/template`)).text()
  const header = template.split('\n')[0] as string
  const actionId = template
    .split('\n')
    .find((l) => l.includes(`,${ACTION},`))
    ?.split(',')[0] as string
  const upload = async (rows: string[]) => {
    await page
      .getByLabel('Upload a file')
      .setInputFiles({ name: 'spend.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows].join('\n')) })
    await page.getByRole('button', { name: 'Check the file' }).click()
  }
  const pot = `${FUND} (2026-27)`
  await upload([`${actionId},x,gift,2026-07-01,100,P,${pot},,`, `nope,x,payment,2026-07-01,1.234,P,${pot},,`])
  const summary = page.locator('.govuk-error-summary')
  await expect(summary).toContainText('Line 2, kind: Enter the kind as commitment or payment')
  await expect(summary).toContainText('Line 3, action_id: Unknown action')
  await expect(summary).toContainText('Line 3, amount: Amount must have no more than two decimal places (pence)')
  await expect(page.getByText('Nothing has been saved.')).toBeVisible()
  await expectAccessible(page)
  await upload([
    `${actionId},x,commitment,2026-10-01,"5,000",Quantock Tutors (fictional),${pot},Tutoring,`,
    `${actionId},x,payment,31/10/2026,2500,Quantock Tutors (fictional),${pot},,`,
  ])
  await expect(page.getByRole('table', { name: /2 entries from spend.csv/ })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Save 2 entries' }).click()
  await expect(page.getByText('The commitments and payments have been recorded.')).toBeVisible()

  // The working page lists the five entries, waiting for the return with the demo data's one.
  await expect(page.getByRole('heading', { level: 1, name: 'Funding' })).toBeVisible()
  await expectAccessible(page)
  await expect(page.getByRole('row', { name: new RegExp(`Exmoor Learning Trust.*${FUND}`) })).toHaveCount(3)
  await expect(page.getByRole('row', { name: new RegExp(`Quantock Tutors.*${FUND}`) })).toHaveCount(2)
  await expect(page.getByText(/Waiting for the next return: 1 allocation, 6 commitments and payments/)).toBeVisible()
  await page.goto('/dashboard')
  await expect(
    page.getByRole('table', { name: 'Actions and allocations whose spend is more than committed or allocated' }),
  ).toContainText(`${FUND} (allocation)`)
  await expectAccessible(page)

  // Not public yet.
  const before = await (await page.request.get(`/api/v1/funding-entries?area=${AREA}`)).json()
  expect(JSON.stringify(before)).not.toContain('Exmoor Learning Trust')

  // The chair signs off the return.
  const chairContext = await browser.newContext()
  const chair = await chairContext.newPage()
  await signIn(chair, `chair.${AREA}@example.org`)
  await chair.goto(`/plans/${AREA}/funding`)
  await expectAccessible(chair)
  await chair.getByRole('button', { name: 'Sign off and publish' }).click()
  await expect(chair.getByText('The funding return has been signed off and its figures published.')).toBeVisible()
  await chairContext.close()

  // Every public view: the same £20,000 allocated, £25,000 committed and £27,500.50 spent from it.
  const visitor = await browser.newContext()
  const pub = await visitor.newPage()
  // Seen on a server that had been up a while: the first request after the sign-off got the
  // page as cached before it, the next one the new figures (Next served it stale while it
  // refreshed). Reload until the publish shows, within seconds; the cause is open (issue 16).
  const allocationRow = pub.getByRole('row', { name: new RegExp(FUND) })
  await expect(async () => {
    await pub.goto(`/areas/${AREA}`)
    await expect(allocationRow).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 15_000 })
  await expectAccessible(pub)
  await expect(allocationRow).toContainText('£20,000')
  await expect(allocationRow).toContainText('£27,500.50')
  await expect(pub.getByText(/^Figures as at \d+ \w+ \d{4}, from the latest funding return/)).toBeVisible()
  await pub.goto('/compare?show=funding')
  await expectAccessible(pub)
  const compared = pub.getByRole('row', { name: /West Somerset/ })
  await expect(compared).toContainText('£25,000')
  await expect(compared).toContainText('£27,500.50')
  await pub.goto('/funding')
  await expectAccessible(pub)
  const programme = pub
    .getByRole('table', { name: 'Opportunity Areas programme funding' })
    .getByRole('row', { name: /West Somerset/ })
  await expect(programme).toContainText('£25,000')
  await expect(programme).toContainText('£27,500.50')
  const grants = (await (await pub.request.get('/download/grants.json')).json()) as Record<string, string | number>[]
  const grant = grants.find((g) => String(g.Description).startsWith(FUND))
  expect(grant).toMatchObject({ 'Amount Awarded': 20000, 'Amount Committed': 25000, 'Amount Disbursed': 27500.5 })
  const allocationId = String(grant?.Identifier).replace('360G-oaportal-', '')
  const api = (await (await pub.request.get(`/api/v1/funding-entries?area=${AREA}`)).json()) as {
    data: { allocation_id: string; amount_pence: number; kind: string }[]
  }
  const paid = api.data.filter((e) => e.allocation_id === allocationId && e.kind === 'SPEND')
  expect(paid.reduce((sum, e) => sum + e.amount_pence, 0)).toBe(2_750_050)
  await visitor.close()
})

test('a partner and another area’s delivery team cannot change an area’s funding, replayed requests included', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000)
  await signIn(page, `delivery.${AREA}@example.org`)
  await page.goto(`/plans/${AREA}/funding/entries/new`)
  const record = await captureAction(page, async () => {
    await page.getByLabel('A payment').check()
    await page.getByLabel('Action', { exact: true }).selectOption({ label: 'Demo action 2 for priority 1' })
    await page.getByLabel('Paid from').selectOption({ index: 1 })
    await page.getByLabel('Amount').fill('999')
    await fillDate(page, 'occurredOn', [1, 6, 2026])
    await page.getByLabel('Provider or recipient').fill(REPLAYED)
    await page.getByRole('button', { name: 'Save', exact: true }).click()
  })
  for (const who of [null, `partner.${AREA}@example.org`, `chair.${AREA}@example.org`, 'delivery.hastings@example.org']) {
    const s = await sessionFor(browser, who)
    const res = await replay(s.request, record)
    // Signed out: sent to sign in. Signed in without the right: a refusal in the form state.
    if (who === null) expect([303, 307]).toContain(res.status())
    else expect(await res.text(), `replayed as ${who}`).toContain('You cannot change this area’s funding.')
    await s.close()
  }
  // Their pages are not found either.
  const partner = await browser.newContext()
  const partnerPage = await partner.newPage()
  await signIn(partnerPage, `partner.${AREA}@example.org`)
  const res = await partnerPage.goto(`/plans/${AREA}/funding/entries/new`)
  expect(res?.status()).toBe(404)
  // A partner reads the working funding page but is offered nothing to change.
  await partnerPage.goto(`/plans/${AREA}/funding`)
  await expect(partnerPage.getByRole('button', { name: 'Record a commitment or payment' })).toHaveCount(0)
  await expectAccessible(partnerPage)
  await partner.close()
  await page.goto(`/plans/${AREA}/funding`)
  await expect(page.locator('main')).not.toContainText(REPLAYED)
  // The same request replayed as the delivery team does land: the replay itself is sound.
  expect((await replay(page.request, record)).status()).toBe(200)
  await page.goto(`/plans/${AREA}/funding`)
  await expect(page.locator('main')).toContainText(REPLAYED)
})

test('a delivery team revises an allocation, corrects a payment and withdraws a commitment, keeping the record', async ({
  page,
}) => {
  test.setTimeout(180_000)
  // The allocation the first journey added (this test may run in a fresh worker, with a new FUND).
  const fund = 'E2E delivery fund \\d+'
  await signIn(page, `delivery.${AREA}@example.org`)
  await page.goto(`/plans/${AREA}/funding`)
  await page
    .getByRole('link', { name: new RegExp(`Revise or withdraw ${fund}`) })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(fund) })).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('Revised amount').fill('30,000')
  await page.getByLabel('Why it was revised').fill('Extra tutoring agreed by the board in October')
  await page.getByRole('button', { name: 'Save revision' }).click()
  await expect(page.getByText('The allocation has been revised; the original amount is kept in its history.')).toBeVisible()
  await expect(page.getByRole('row', { name: new RegExp(`^${fund}`) }).first()).toContainText('revised from £20,000')

  // Correct the CSV's payment of £2,500: the old entry is withdrawn, the new one recorded.
  const payment = page.getByRole('row', { name: new RegExp(`Quantock Tutors.*£2,500.*${fund}`) })
  await payment.getByRole('link', { name: /Correct or withdraw/ }).click()
  // Scanned once the entry's page has arrived (the link's page still has a title until then).
  await expect(page.getByRole('heading', { level: 1, name: /^Correct or withdraw a payment of £2,500/ })).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('Amount').fill('2,600')
  await page.getByLabel('Why it is corrected').fill('Invoice was £2,600')
  await page.getByRole('button', { name: 'Save correction' }).click()
  // The action's spend was already past its commitment: the correction asks to be confirmed too.
  await expect(page.locator('.govuk-error-summary')).toContainText('more than the £25,000 committed to it')
  await page.getByLabel('Save anyway: I have checked the figures').check()
  await page.getByRole('button', { name: 'Save correction' }).click()
  await expect(page.getByText('The entry has been corrected: the old one is withdrawn and the new one recorded.')).toBeVisible()
  await expect(page.getByRole('row', { name: new RegExp(`Quantock Tutors.*£2,600.*${fund}`) })).toContainText('Next return')
  await expect(page.getByRole('row', { name: new RegExp(`Quantock Tutors.*£2,500.*${fund}`) })).toContainText('Withdrawn')

  // Withdraw the CSV's commitment, with a reason: an empty reason is refused first.
  await page
    .getByRole('row', { name: new RegExp(`Quantock Tutors.*£5,000.*${fund}`) })
    .getByRole('link', { name: /Correct or withdraw/ })
    .click()
  await page.getByRole('button', { name: 'Withdraw entry' }).click()
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter the reason for withdrawing it')
  await expectAccessible(page)
  await page.getByLabel('Why it is withdrawn').fill('Entered against the wrong action')
  await page.getByRole('button', { name: 'Withdraw entry' }).click()
  await expect(page.getByText('The entry has been withdrawn.')).toBeVisible()
  await expect(page.getByRole('row', { name: new RegExp(`Quantock Tutors.*£5,000.*${fund}`) })).toContainText(
    'still public until the next return',
  )
})
