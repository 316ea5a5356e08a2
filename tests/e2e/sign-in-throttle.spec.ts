/**
 * The per-IP sign-in limit counts the address a request really came from. A password sprayer
 * that rotates X-Forwarded-For (once believed as sent) is slowed after 5 guesses like anyone
 * else. The requests leave from 127.0.0.2, which is not a trusted proxy, so this spec's
 * failures never slow the other specs' sign-ins from 127.0.0.1.
 */
import http from 'node:http'
import { expect, test } from './fixtures'

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string }

function send(url: URL, options: { method?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, localAddress: '127.0.0.2' },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

async function guess(base: string, email: string, forwardedFor: string): Promise<string> {
  const csrf = await send(new URL('/api/auth/csrf', base), {})
  const cookie = (csrf.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ')
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string }
  const reply = await send(new URL('/api/auth/callback/credentials', base), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, 'x-forwarded-for': forwardedFor },
    body: new URLSearchParams({ csrfToken, email, password: 'not the password', callbackUrl: '/dashboard' }).toString(),
  })
  expect(reply.status).toBe(302)
  return new URL(reply.headers.location ?? '', base).searchParams.get('error') ?? ''
}

test('a sprayer rotating X-Forwarded-For is limited by its real address after 5 guesses', async ({ baseURL }) => {
  const errors: string[] = []
  for (let i = 0; i < 7; i++) errors.push(await guess(baseURL as string, `spray${i}@example.org`, `203.0.113.${i + 1}`))
  expect(errors.slice(0, 5)).toEqual(Array(5).fill('CredentialsSignin'))
  for (const error of errors.slice(5)) expect(error).toMatch(/^Too many attempts to sign in\. Wait \d+ seconds? and try again\.$/)
})
