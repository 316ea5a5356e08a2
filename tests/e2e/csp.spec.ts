/**
 * Signed-in pages run under a nonce-based Content Security Policy (no 'unsafe-inline' scripts)
 * and still work in the browser; public pages keep the static policy they can be cached with.
 */
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, signIn, test } from './fixtures'

const scriptSrc = (policy: string | undefined) => policy?.split(';').find((d) => d.trim().startsWith('script-src')) ?? ''

test('signed-in pages get a fresh nonce and no inline-script allowance, and their scripts run', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text())
  })
  await signIn(page, 'delivery.hastings@example.org')
  const first = await page.goto('/plans/hastings/import/measures')
  const second = await page.request.get('/plans/hastings/import/measures')
  const policy = first?.headers()['content-security-policy']
  expect(scriptSrc(policy)).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/)
  expect(scriptSrc(policy)).not.toContain('unsafe-inline')
  expect(second.headers()['content-security-policy']).not.toBe(policy)

  // A check that only the page's own script makes: a file over 512 KB is refused before it is sent.
  const big = path.join(tmpdir(), 'too-large.csv')
  writeFileSync(big, `measure_id,measure,period,value,provisional,local_insight\n${'x,y,2019,1,no,\n'.repeat(40_000)}`)
  let posted = false
  page.on('request', (r) => {
    if (r.method() === 'POST') posted = true
  })
  await page.getByLabel('Upload a file').setInputFiles(big)
  await page.getByRole('button', { name: 'Check the file' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
    'The file must be 512 KB or smaller',
  )
  expect(posted).toBe(false)
  expect(violations).toEqual([])
})

test('public pages keep the static policy', async ({ page }) => {
  const response = await page.goto('/areas/hastings')
  const policy = response?.headers()['content-security-policy']
  expect(scriptSrc(policy)).toContain("'unsafe-inline'")
  expect(policy).not.toContain('nonce-')
})
