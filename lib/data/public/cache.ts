/**
 * Caching of public reads. Public pages read no session, so their data can be shared by every
 * visitor: each public data function is wrapped here with Next's data cache, tagged so that
 * publishing a change expires exactly what shows it (`expirePublicArea`).
 *
 * Rules (security.md): only functions that take no session and read only published rows may
 * be wrapped. Results must be JSON-safe (DTOs with ISO dates and money as strings).
 *
 * A time limit backs up the tags, so a change made outside the app (a re-seed, a migration)
 * shows within PUBLIC_CACHE_SECONDS.
 */
import 'server-only'
import { revalidateTag, unstable_cache } from 'next/cache'

export const PUBLIC_CACHE_SECONDS = 300

/**
 * Outside a Next server — the Vitest integration tier, or a script using the data layer such
 * as `npm run bench:upload` (which sets OA_NO_DATA_CACHE) — there is no data cache to use.
 */
const noDataCache = () => Boolean(process.env.VITEST || process.env.OA_NO_DATA_CACHE)

export const publicTags = {
  /** Anything that lists or compares several areas. */
  all: 'public:all',
  area: (slug: string) => `public:area:${slug}`,
  demo: 'public:demo',
} as const

export function publicCache<A extends (string | undefined)[], R>(
  name: string,
  load: (...args: A) => Promise<R>,
  tags: (...args: A) => string[] = () => [publicTags.all],
): (...args: A) => Promise<R> {
  // Without a data cache the loaders run as they are; e2e tests exercise the cache itself.
  if (noDataCache()) return load
  return (...args: A) =>
    unstable_cache(() => load(...args), [name, ...args.map((a) => a ?? '')], {
      tags: [publicTags.all, ...tags(...args)],
      revalidate: PUBLIC_CACHE_SECONDS,
    })()
}

/** After published data of an area changes: its page and every cross-area view expire now. */
export function expirePublicArea(slug: string) {
  if (noDataCache()) return
  revalidateTag(publicTags.area(slug), { expire: 0 })
  revalidateTag(publicTags.all, { expire: 0 })
}

/** After demo rows are added or removed: the "Demo data" banner and everything else. */
export function expirePublicDemo() {
  if (noDataCache()) return
  revalidateTag(publicTags.demo, { expire: 0 })
  revalidateTag(publicTags.all, { expire: 0 })
}
