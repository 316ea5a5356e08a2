/** Source links of published facts, for the open datasets' `source_urls` columns. */
import 'server-only'
import { getDb } from '@/lib/db/client'
import type { EntityType } from '@/lib/generated/prisma/enums'

export type DatasetFilter = { area?: string }

/** Source URLs per entity id, space-separated (one query). */
export async function sourceUrls(entityType: EntityType, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const db = await getDb()
  const links = await db.factSource.findMany({
    where: { entityType, entityId: { in: ids } },
    orderBy: { source: { url: 'asc' } },
    select: { entityId: true, source: { select: { url: true } } },
  })
  const out = new Map<string, string[]>()
  for (const l of links) {
    const list = out.get(l.entityId) ?? []
    if (!list.includes(l.source.url)) list.push(l.source.url)
    out.set(l.entityId, list)
  }
  return new Map([...out].map(([k, v]) => [k, v.join(' ')]))
}
