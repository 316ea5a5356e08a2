/** The probe's HTTP side: a cookie jar, signing in, and calling a server action as React does. */
import { readFileSync } from 'node:fs'

export const BASE = process.env.PROBE_URL ?? 'http://127.0.0.1:3300'
const PASSWORD = 'opportunity-dev-2026' // development accounts only (README)

export type Jar = Map<string, string>
export const cookieOf = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
function keep(jar: Jar, response: Response) {
  for (const c of response.headers.getSetCookie()) {
    const [pair = ''] = c.split(';')
    const i = pair.indexOf('=')
    jar.set(pair.slice(0, i), pair.slice(i + 1))
  }
}

export async function signIn(
  email: string,
  password = PASSWORD,
  forwardedFor?: string,
): Promise<{ jar: Jar; error: string | null }> {
  const jar: Jar = new Map()
  const csrf = await fetch(`${BASE}/api/auth/csrf`)
  keep(jar, csrf)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      cookie: cookieOf(jar),
      'content-type': 'application/x-www-form-urlencoded',
      ...(forwardedFor && { 'x-forwarded-for': forwardedFor }),
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: '/dashboard' }),
  })
  keep(jar, response)
  return { jar, error: new URL(response.headers.get('location') ?? '/', BASE).searchParams.get('error') }
}

export const actionIds = () => {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName: string }>
  }
  return Object.fromEntries(Object.entries(manifest.node).map(([id, a]) => [a.exportedName, id]))
}

export type Outcome = 'saved' | 'clear error' | 'refused (4xx)' | '5xx' | 'other'

/** Calls a server action as React does for a form: args [...bound, previous state, the form]. */
export async function callAction(
  jar: Jar,
  page: string,
  id: string,
  bound: unknown[],
  fields: Record<string, string | string[]>,
) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) form.append(`_1_${name}`, v)
  // The root last, after the parts it refers to, as React writes it (the server reads the
  // form's fields as the run of entries after a pointer).
  form.set('0', JSON.stringify([...bound, { status: 'idle' }, '$K1']))
  const response = await fetch(`${BASE}${page}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: cookieOf(jar), 'next-action': id, origin: BASE, accept: 'text/x-component' },
    body: form,
  })
  const body = await response.text()
  const outcome: Outcome =
    response.status >= 500
      ? '5xx'
      : response.status >= 400
        ? 'refused (4xx)'
        : response.headers.get('x-action-redirect') || (response.status >= 300 && response.status < 400)
          ? 'saved'
          : /"status":"error"/.test(body)
            ? 'clear error'
            : 'other'
  return outcome
}
