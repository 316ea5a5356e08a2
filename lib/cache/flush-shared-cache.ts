/**
 * Empties the shared page cache in Redis (REDIS_URL) after the database changed outside the
 * app — a re-seed — so no instance keeps serving pages read from the old data. Without
 * REDIS_URL pages live in each server's memory, which a restart empties, and the 5-minute
 * backstop (ADR 004) covers a server left running.
 */
import { createClient } from 'redis'

/** Every key the portal's cache handler writes starts with this (lib/cache/next-cache-handler.mjs). */
export const SHARED_CACHE_PREFIX = 'oa:'

export async function flushSharedCache(url = process.env.REDIS_URL): Promise<number> {
  if (!url) return 0
  const client = createClient({ url })
  await client.connect()
  try {
    let removed = 0
    for await (const keys of client.scanIterator({ MATCH: `${SHARED_CACHE_PREFIX}*`, COUNT: 500 })) {
      if (keys.length) removed += await client.unlink(keys)
    }
    return removed
  } finally {
    await client.quit()
  }
}
