// @ts-check
/**
 * Next's cache handler (next.config.js `cacheHandler`): where rendered public pages and cached
 * public reads live. ADR 004 explains the choice; in short:
 *
 * - During `next build` nothing is stored and nothing is read. The build renders public pages
 *   against an empty throw-away database (lib/db/client.ts), and what it renders must never be
 *   served: so every public page is rendered on its first request, from the real database.
 * - With REDIS_URL set, pages and reads are kept in Redis, shared by every instance: a tag
 *   expired by one instance (a publish) is gone for all of them. Keys are prefixed with the
 *   build id, so a new deployment never serves pages that name the previous build's scripts.
 * - Otherwise (one instance, the default) they are kept in this process's memory, which a
 *   restart empties, so a page never outlives the database it was read from.
 *
 * The handler is @fortedigital/nextjs-cache-handler (supports Next 16's route cache,
 * unstable_cache and revalidateTag; not `'use cache'`, which is why ADR 004 keeps route ISR).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import { createClient } from 'redis'

/** @type {{ oaCacheHandlerConfig?: Promise<{ handlers: any[] }> }} */
const globalForCache = /** @type {any} */ (globalThis)

function buildId() {
  try {
    return readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim()
  } catch {
    return 'dev'
  }
}

/** A public page is about 30–160 KB: at most 2,000 entries and 256 MB in all (lru-cache maxSize). */
const memory = () => createLruHandler({ maxItemsNumber: 2000, maxItemSizeBytes: 256 * 1024 * 1024 })

async function configure() {
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [] }
  const url = process.env.REDIS_URL
  if (!url) return { handlers: [memory()] }
  const client = createClient({ url, pingInterval: 10_000 })
  client.on('error', (error) => console.error('Redis (page cache):', error.message))
  try {
    await client.connect()
  } catch (error) {
    // Several instances each on their own memory would serve each other's stale pages: say so
    // loudly, and keep serving (one instance's pages are still right for 5 minutes at most).
    console.error(`REDIS_URL is set but Redis cannot be reached (${String(error)}); caching pages in memory instead.`)
    await client.disconnect().catch(() => {})
    return { handlers: [memory()] }
  }
  return { handlers: [createRedisHandler({ client, keyPrefix: `oa:${buildId()}:`, timeoutMs: 1000 })] }
}

CacheHandler.onCreation(() => (globalForCache.oaCacheHandlerConfig ??= configure()))

export default CacheHandler
