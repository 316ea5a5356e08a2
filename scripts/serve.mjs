/**
 * The portal's HTTP server: Next's own request handler behind a plain Node server (Next's
 * documented custom server), started by `npm start` (scripts/start.ts) and the e2e server.
 *
 * Why not `next start`: it keeps a client's X-Forwarded-For header as sent and passes the
 * socket's address only when there is none, so the app could not tell a client's claim from
 * the real address. Here every request carries the socket's address in x-oa-peer-address
 * (overwriting anything a client sent); lib/auth/client-address.ts believes X-Forwarded-For
 * only as far as TRUSTED_PROXIES added it.
 *
 * Usage: node scripts/serve.mjs [--dev] ; PORT (default 3000), HOSTNAME (default all).
 */
import { createServer } from 'node:http'
import next from 'next'

const dev = process.argv.includes('--dev')
const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOSTNAME || undefined

const app = next({ dev, port, hostname: hostname ?? 'localhost' })
await app.prepare()
const handle = app.getRequestHandler()

const server = createServer((req, res) => {
  req.headers['x-oa-peer-address'] = req.socket.remoteAddress ?? ''
  handle(req, res).catch((error) => {
    console.error(error)
    if (!res.headersSent) res.writeHead(500).end()
  })
})
server.listen(port, hostname, () => console.info(`✓ Ready on http://${hostname ?? 'localhost'}:${port}`))

// With NEXT_MANUAL_SIG_HANDLE=true (scripts/start.ts) instrumentation-node.ts closes the
// database and exits; here the server only stops taking new connections.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close()
    if (process.env.NEXT_MANUAL_SIG_HANDLE !== 'true') process.exit(0)
  })
}
