/**
 * The seed's idempotent writes: each record found by its natural key, created when missing and
 * updated only where a value differs (so a second run changes nothing), and each fact linked to
 * its sources with their status tags.
 */
import type { PrismaClient } from '@/lib/generated/prisma/client'
import type { EntityType, SourceStatus } from '@/lib/generated/prisma/enums'
import seedJson from '../seed-data/oa-seed.json'
import type { SeedData, SourceRef } from '../seed-data/types'

const seedData = seedJson as unknown as SeedData

export type Tx = Pick<
  PrismaClient,
  | 'area'
  | 'localAuthority'
  | 'board'
  | 'person'
  | 'boardMembership'
  | 'lifeStage'
  | 'priority'
  | 'measureDefinition'
  | 'successMeasure'
  | 'fundingStream'
  | 'allocation'
  | 'source'
  | 'factSource'
  | 'planVersion'
>

export type SeedCounts = { created: number; updated: number }

/** Fields of `next` that differ from `current` (Dates and BigInts compared by value). */
export function changedFields<T extends Record<string, unknown>>(current: Record<string, unknown>, next: T): Partial<T> {
  const out: Partial<T> = {}
  for (const [k, v] of Object.entries(next)) {
    const c = current[k]
    const same =
      v instanceof Date && c instanceof Date ? v.getTime() === c.getTime() : typeof v === 'bigint' ? c === v : Object.is(c, v)
    if (!same) (out as Record<string, unknown>)[k] = v
  }
  return out
}

export const date = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
const toStatus = (s: SourceRef['status']) =>
  s.toUpperCase().replace('BACKGROUND_KNOWLEDGE_UNVERIFIED', 'BACKGROUND_UNVERIFIED') as SourceStatus

/** Idempotent writes with their sources, counting what is created and updated. */
export function seeder(db: Tx, counts: SeedCounts) {
  /** find → create, or update only the fields that changed. */
  async function sync<R extends { id: string }>(
    find: () => Promise<R | null>,
    create: () => Promise<R>,
    data: Record<string, unknown>,
    update: (id: string, changed: Record<string, unknown>) => Promise<unknown>,
  ): Promise<string> {
    const existing = await find()
    if (!existing) {
      counts.created++
      return (await create()).id
    }
    const changed = changedFields(existing as Record<string, unknown>, data)
    if (Object.keys(changed).length) {
      counts.updated++
      await update(existing.id, changed)
    }
    return existing.id
  }

  const sourceIds = new Map<string, string>()
  async function link(entityType: EntityType, entityId: string, field: string, refs: SourceRef[]) {
    for (const ref of refs) {
      let sourceId = sourceIds.get(ref.url)
      if (!sourceId) {
        const publisher = new URL(ref.url).hostname.replace(/^www\./, '')
        sourceId = await sync(
          () => db.source.findUnique({ where: { url: ref.url } }),
          () => db.source.create({ data: { url: ref.url, publisher, retrievedOn: date(seedData.derivedFrom.compiled) } }),
          { publisher },
          (id, changed) => db.source.update({ where: { id }, data: changed }),
        )
        sourceIds.set(ref.url, sourceId)
      }
      const key = { sourceId, entityType, entityId, field }
      const status = toStatus(ref.status)
      await sync(
        () => db.factSource.findUnique({ where: { sourceId_entityType_entityId_field: key } }),
        () => db.factSource.create({ data: { ...key, status } }),
        { status },
        (id, changed) => db.factSource.update({ where: { id }, data: changed }),
      )
    }
  }

  return { db, sync, link }
}
export type Seeder = ReturnType<typeof seeder>
