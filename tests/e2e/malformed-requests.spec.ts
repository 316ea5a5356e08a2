/**
 * Forged or malformed requests get a 400-class answer and write nothing, never a 500: server
 * actions with arguments of the wrong shape, from another site or `Origin: null`, or too large;
 * the upload endpoint with `Origin: null` or a chunked body past its limit.
 */
import { readFileSync } from 'node:fs'
import http from 'node:http'
import { expect, test, signIn } from './fixtures'

/** The id Next gave each server action in this build, by its exported name. */
function actionIds(): Record<string, string> {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName: string }>
  }
  return Object.fromEntries(Object.entries(manifest.node).map(([id, a]) => [a.exportedName, id]))
}

test('malformed server action requests are refused with 400, 403 or 413, never 500', async ({ request, baseURL }) => {
  const ids = actionIds()
  const origin = new URL(baseURL as string).origin
  const post = (action: string, data: string | Buffer, headers: Record<string, string> = {}) =>
    request.post('/set-password/abc', {
      headers: { 'Next-Action': ids[action] as string, Origin: origin, 'Content-Type': 'text/plain;charset=UTF-8', ...headers },
      data,
      maxRedirects: 0,
    })
  const cases: [string, Promise<{ status(): number }>, number][] = [
    ['malformed JSON', post('handleSetPassword', '[1, "'), 400],
    ['arguments not an array', post('handleSetPassword', '{"0": "abc"}'), 400],
    ['a number as the bound token', post('handleSetPassword', '[1, null]'), 404],
    ['an object as the bound token', post('handleSetPassword', '[{"a": 1}, null]'), 404],
    ['null and no form', post('handleSetPassword', '[null, null]'), 404],
    ['a token but no form', post('handleSetPassword', '["abc", null]'), 404],
    ['Origin: null', post('handleSetPassword', '[]', { Origin: 'null' }), 403],
    ['another site', post('handleSetPassword', '[]', { Origin: 'https://evil.example' }), 403],
    ['over 6 MB', post('handleSetPassword', Buffer.alloc(6_400_000, 'a')), 413],
  ]
  for (const [what, response, status] of cases) expect((await response).status(), what).toBe(status)
})

test('a bound argument of the wrong type on a signed-in form is answered "not found" before anything reads it', async ({
  page,
}) => {
  await signIn(page, 'delivery.hastings@example.org')
  const ids = actionIds()
  // An object, a number and null where the action's id belongs (null once reached the database: a 500).
  for (const bound of [{ slug: 'hastings' }, 7, null]) {
    const form = new FormData()
    form.set('_1_version', '1')
    form.set('_1_status', 'ON_TRACK')
    form.set('_1_body', 'Forged')
    form.set('0', JSON.stringify([bound, { status: 'idle' }, '$K1']))
    const response = await page.request.post('/actions/any/update', {
      headers: { 'Next-Action': ids.handleActionUpdate as string, Origin: new URL(page.url()).origin },
      multipart: form,
      maxRedirects: 0,
    })
    expect(response.status(), JSON.stringify(bound)).toBe(404)
  }
})

test('the upload endpoint refuses Origin: null and a chunked body past the limit without reading it all', async ({ page }) => {
  await signIn(page, 'delivery.hastings@example.org')
  const url = '/plans/hastings/import/measures/apply'
  const nullOrigin = await page.request.post(url, { headers: { Origin: 'null' }, data: 'measure_id\n' })
  expect(nullOrigin.status()).toBe(403)
  const origin = new URL(page.url()).origin
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
  // A body sent in chunks, with no length given (Node's client, as a browser cannot send one
  // over HTTP/1.1): refused once it passes 512 KB, with 2.5 MB still unsent.
  const chunked = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(new URL(url, origin), { method: 'POST', headers: { Origin: origin, cookie } }, (res) => {
      let text = ''
      res.on('data', (c: Buffer) => (text += c.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
    })
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? null : reject(error),
    )
    let sent = 0
    const more = () => {
      while (sent < 48) {
        sent++
        if (!req.write(Buffer.alloc(64 * 1024, 97))) return void req.once('drain', more)
      }
      req.end()
    }
    more()
  })
  expect(chunked).toEqual({ status: 413, text: 'The file must be 512 KB or smaller' })
})
