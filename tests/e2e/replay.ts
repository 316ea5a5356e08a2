/**
 * Capturing a real server-action request in the browser of someone allowed to make it, and
 * replaying it byte for byte as someone else (or no one): the HTTP half of the authorisation tests.
 */
import type { APIRequestContext, Browser, Page, Request } from '@playwright/test'
import { expect, signIn } from './fixtures'

export type Captured = { url: string; headers: Record<string, string>; body: Buffer }

/** Runs `submit` in the page and captures (and stops) the server-action POST it makes. */
export async function captureAction(page: Page, submit: () => Promise<void>): Promise<Captured> {
  let captured: Captured | undefined
  await page.route('**/*', async (route, request: Request) => {
    if (request.method() === 'POST' && request.headers()['next-action']) {
      const headers = request.headers()
      captured = { url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) }
      return route.abort()
    }
    return route.continue()
  })
  await submit()
  await expect.poll(() => captured !== undefined).toBe(true)
  await page.unroute('**/*')
  return captured as Captured
}

/** A request context signed in as `email`, or signed out when email is null. */
export async function sessionFor(
  browser: Browser,
  email: string | null,
): Promise<{ request: APIRequestContext; close: () => Promise<void> }> {
  const context = await browser.newContext()
  if (email) await signIn(await context.newPage(), email)
  return { request: context.request, close: () => context.close() }
}

export async function replay(request: APIRequestContext, c: Captured) {
  // The replaying context's own cookie (or none) stands in for the capturer's.
  const headers = Object.fromEntries(Object.entries(c.headers).filter(([k]) => k !== 'cookie' && k !== 'content-length'))
  return request.post(c.url, { headers, data: c.body, maxRedirects: 0 })
}
