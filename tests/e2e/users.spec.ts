import { expect, expectAccessible, signIn, test } from './fixtures'

const NEW_PASSWORD = 'kippers and custard 42'

test('an admin invites a user, who sets a password from the link and signs in; the admin changes and disables them', async ({
  page,
  browser,
}) => {
  await signIn(page, 'admin@example.org')
  await page.getByRole('link', { name: 'Users', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible()
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Invite a user' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Invite a user' })).toBeVisible()
  await expectAccessible(page)

  // Nothing chosen: every problem listed, the answers kept.
  await page.getByLabel('Full name').fill('Grace Invited')
  await page.getByRole('button', { name: 'Invite user' }).click()
  const summary = page.locator('.govuk-error-summary')
  await expect(summary).toContainText('Enter their email address')
  await expect(summary).toContainText('Select a role')
  await expect(page).toHaveTitle(/^Error: /)
  await expect(page.getByLabel('Full name')).toHaveValue('Grace Invited')
  await expectAccessible(page)

  // An address already in use is refused at the field.
  await page.getByLabel('Email address').fill('chair.blackpool@example.org')
  await page.getByLabel('Board chair').check()
  await page.getByLabel('Blackpool').check()
  await page.getByRole('button', { name: 'Invite user' }).click()
  await expect(summary).toContainText('There is already a user with this email address')
  await expect(page.getByLabel('Blackpool')).toBeChecked()

  await page.getByLabel('Email address').fill('grace@example.org')
  await page.getByRole('button', { name: 'Invite user' }).click()
  await expect(page.getByText('Grace Invited has been invited.')).toBeVisible()
  await expectAccessible(page)
  const link = await page.getByLabel('Set-password link').inputValue()
  expect(link).toMatch(/\/set-password\/[\w-]{43}$/)

  // The invited user, in a browser of their own.
  const theirs = await browser.newContext()
  const them = await theirs.newPage()
  await them.goto(new URL(link).pathname)
  await expect(them.getByRole('heading', { level: 1, name: 'Set your password' })).toBeVisible()
  await expectAccessible(them)
  await them.getByLabel('New password', { exact: true }).fill('password')
  await them.getByLabel('Confirm new password').fill('password')
  await them.getByRole('button', { name: 'Set password' }).click()
  await expect(them.locator('.govuk-error-summary')).toContainText('this one is very common')
  await them.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD)
  await them.getByLabel('Confirm new password').fill(NEW_PASSWORD)
  await them.getByRole('button', { name: 'Set password' }).click()
  await expect(them.getByText('Your password has been set.')).toBeVisible()
  await them.getByLabel('Email address').fill('grace@example.org')
  await them.getByLabel('Password').fill(NEW_PASSWORD)
  await them.getByRole('button', { name: 'Sign in' }).click()
  await expect(them).toHaveURL(/\/dashboard$/)
  await expect(them.getByText('Board chair: Blackpool')).toBeVisible()
  // The link was spent.
  await them.goto(new URL(link).pathname)
  await expect(them.getByRole('heading', { level: 1, name: 'This link has expired or has already been used' })).toBeVisible()

  // Back to the admin: the user is active; change their role, then disable them.
  await page.goto('/users')
  await page.getByRole('link', { name: 'Grace Invited' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Grace Invited' })).toBeVisible()
  await expect(page.locator('.govuk-summary-list')).toContainText('Active')
  await expectAccessible(page)
  await page.getByLabel('Board member').check()
  await page.getByLabel('Derby').check()
  await page.getByRole('button', { name: 'Save role and areas' }).click()
  await expect(page.getByText('Their role and areas have been changed.')).toBeVisible()
  await expect(page.locator('.govuk-summary-list')).toContainText('Blackpool, Derby')

  // Their session ended with the change: the next request asks them to sign in.
  await them.goto('/dashboard')
  await expect(them).toHaveURL(/\/sign-in/)
  await them.getByLabel('Email address').fill('grace@example.org')
  await them.getByLabel('Password').fill(NEW_PASSWORD)
  await them.getByRole('button', { name: 'Sign in' }).click()
  await expect(them.getByText('Board member: Blackpool, Derby')).toBeVisible()

  await page.getByRole('button', { name: 'Disable account' }).click()
  await expect(page.getByText('The account has been disabled.')).toBeVisible()
  await expect(page.locator('.govuk-summary-list')).toContainText('Disabled')
  await them.goto('/dashboard')
  await expect(them).toHaveURL(/\/sign-in/)
  await theirs.close()

  // Every change is in the account's history and the audit trail.
  const history = page.getByRole('table', { name: /Latest changes/ })
  for (const action of ['invited user', 'set password from link', 'signed in', 'changed user access', 'disabled user']) {
    await expect(history).toContainText(action)
  }
  await page.goto('/audit?entityType=USER')
  await expect(page.getByRole('table')).toContainText('disabled user')
})

test('the only admin cannot demote themselves, and is told why', async ({ page }) => {
  await signIn(page, 'admin@example.org')
  await page.goto('/users')
  await page.getByRole('link', { name: 'National admin' }).click()
  await expect(page.getByRole('button', { name: 'Disable account' })).toHaveCount(0) // not for yourself
  await page.getByLabel('Board member').check()
  await page.getByLabel('Hastings').check()
  await page.getByRole('button', { name: 'Save role and areas' }).click()
  await expect(page.locator('.govuk-error-summary')).toContainText('This is the only active national admin')
  await expect(page.getByLabel('Board member')).toBeChecked()
})

test('a delivery team invites board members to its own areas only; chairs and partners have no user pages', async ({ page }) => {
  await signIn(page, 'delivery.derby@example.org')
  await page.getByRole('link', { name: 'Board members you manage' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible()
  await expect(page.getByRole('table')).toContainText('partner.derby@example.org')
  await expect(page.getByRole('table')).not.toContainText('chair.derby@example.org')
  await page.getByRole('button', { name: 'Invite a user' }).click()
  await expect(page.getByRole('radio')).toHaveCount(1)
  await expect(page.getByLabel('Board member')).toBeChecked()
  await expect(page.getByRole('checkbox')).toHaveCount(1)
  await expect(page.getByLabel('Derby')).toBeChecked()
  await expectAccessible(page)

  for (const email of ['chair.derby@example.org', 'partner.derby@example.org']) {
    await page.goto('/account')
    await page.getByRole('button', { name: 'Sign out', exact: true }).click()
    await expect(page).toHaveURL(/\/$/)
    await signIn(page, email)
    await expect(page.getByRole('link', { name: /Users|Board members you manage/ })).toHaveCount(0)
    for (const path of ['/users', '/users/invite']) {
      expect((await page.goto(path))?.status(), `${email} ${path}`).toBe(404)
    }
  }
})
