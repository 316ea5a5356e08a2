/**
 * The public history of an area's plan: every published version with what it changed (the
 * change log), and what changed between any two of them (the diff). Both are read from what
 * each published version recorded when it was approved (ADR 006), so they need no copies of
 * the whole plan. Public: only published versions are read.
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import { FIELD_LABELS, KIND_LABELS, describeValue, type DraftKind } from '@/lib/plan-fields'
import { DRAFT_KINDS, type PublishedChange, type PublishedChanges } from '@/lib/data/plan/draft'

export type FieldChange = { field: string; label: string; before: string | null; after: string | null }
export type EntityChange = {
  kind: DraftKind
  kindLabel: string
  title: string
  added: boolean
  removed: boolean
  fields: FieldChange[]
}

export type ChangeLogEntry = {
  number: number
  publishedAt: string | null
  summary: string | null
  note: string | null
  changes: EntityChange[]
  /** Consultations of the board closed before this version and published with it. */
  consultations: PublishedConsultation[]
}

export type PublishedConsultation = {
  question: string
  scope: string
  summary: string
  boardAnswer: string
  closedAt: string
  responses: number
}

type Version = {
  number: number
  publishedAt: Date | null
  changeSummary: string | null
  decisionNote: string | null
  snapshot: unknown
  consultations?: {
    question: string
    scope: string
    summary: string | null
    boardAnswer: string | null
    closedAt: Date | null
    _count: { responses: number }
  }[]
}

async function publishedVersions(slug: string): Promise<Version[] | null> {
  const db = await getDb()
  const area = await db.area.findUnique({
    where: { slug },
    select: {
      planVersions: {
        where: { status: { in: ['PUBLISHED', 'SUPERSEDED'] } },
        orderBy: { number: 'asc' },
        select: {
          number: true,
          publishedAt: true,
          changeSummary: true,
          decisionNote: true,
          snapshot: true,
          // Only what the board published: never the responses themselves, which are board-only.
          consultations: {
            where: { status: 'CLOSED' },
            orderBy: { closedAt: 'asc' },
            select: {
              question: true,
              scope: true,
              summary: true,
              boardAnswer: true,
              closedAt: true,
              _count: { select: { responses: true } },
            },
          },
        },
      },
    },
  })
  return area?.planVersions ?? null
}

const changesOf = (v: Version) => (v.snapshot ?? {}) as PublishedChanges

type Reader = Pick<Awaited<ReturnType<typeof getDb>>, 'priority' | 'organisation' | 'lifeStage' | 'action' | 'measureDefinition'>

/** Ids in the recorded values become names, in one query per table (of `reader`: a transaction's, to see rows it made). */
async function namesFor(changes: PublishedChange[], reader?: Reader): Promise<Map<string, string>> {
  const ids = (field: string) => [
    ...new Set(changes.flatMap((c) => [c.before[field], c.after[field]]).filter((x): x is string => typeof x === 'string')),
  ]
  const db = reader ?? (await getDb())
  const [priorities, organisations, lifeStages, actions, definitions] = await Promise.all([
    db.priority.findMany({ where: { id: { in: ids('priorityId') } }, select: { id: true, number: true, title: true } }),
    db.organisation.findMany({ where: { id: { in: ids('leadOrganisationId') } }, select: { id: true, name: true } }),
    db.lifeStage.findMany({ where: { id: { in: ids('lifeStageId') } }, select: { id: true, name: true } }),
    db.action.findMany({ where: { id: { in: ids('actionId') } }, select: { id: true, title: true } }),
    db.measureDefinition.findMany({ where: { id: { in: ids('definitionId') } }, select: { id: true, name: true } }),
  ])
  return new Map([
    ...priorities.map((p) => [p.id, `Priority ${p.number}: ${p.title}`] as const),
    ...organisations.map((o) => [o.id, o.name] as const),
    ...lifeStages.map((l) => [l.id, l.name] as const),
    ...actions.map((a) => [a.id, a.title] as const),
    ...definitions.map((d) => [d.id, d.name] as const),
  ])
}

function describe(kind: DraftKind, change: PublishedChange, names: Map<string, string>): EntityChange {
  const labels = FIELD_LABELS[kind] as Record<string, string>
  return {
    kind,
    kindLabel: KIND_LABELS[kind],
    title: change.title,
    added: Boolean(change.added),
    removed: Boolean(change.removed),
    fields: Object.keys(change.after).map((field) => ({
      field,
      label: labels[field] ?? field,
      before: change.added ? null : describeValue(field, change.before[field], names),
      after: describeValue(field, change.after[field], names),
    })),
  }
}

/** What a set of recorded changes says, in words, in plan order (kind by kind). */
export async function describeChanges(changes: PublishedChanges, reader?: Reader): Promise<EntityChange[]> {
  const names = await namesFor(
    DRAFT_KINDS.flatMap((k) => Object.values(changes[k] ?? {})),
    reader,
  )
  return DRAFT_KINDS.flatMap((k) => Object.values(changes[k] ?? {}).map((c) => describe(k, c, names)))
}

const allChanges = (versions: Version[]) =>
  versions.flatMap((v) => DRAFT_KINDS.flatMap((k) => Object.values(changesOf(v)[k] ?? {})))

/** The public change log: every published version of the area's plan, newest first. */
export async function listPublishedVersions(slug: string): Promise<ChangeLogEntry[] | null> {
  const versions = await publishedVersions(slug)
  if (!versions) return null
  const names = await namesFor(allChanges(versions))
  return [...versions].reverse().map((v) => ({
    number: v.number,
    publishedAt: v.publishedAt?.toISOString() ?? null,
    summary: v.changeSummary,
    note: v.decisionNote,
    changes: DRAFT_KINDS.flatMap((k) => Object.values(changesOf(v)[k] ?? {}).map((c) => describe(k, c, names))),
    consultations: (v.consultations ?? []).map((c) => ({
      question: c.question,
      scope: c.scope,
      summary: c.summary ?? '',
      boardAnswer: c.boardAnswer ?? '',
      closedAt: c.closedAt?.toISOString() ?? '',
      responses: c._count.responses,
    })),
  }))
}

export type VersionDiff = {
  versions: number[]
  from: number
  to: number
  changes: EntityChange[]
}

/**
 * What changed from version `from` to version `to` (either order; 0 is the plan as first
 * published): each field's value before the first change after `from` and after the last
 * change up to `to`, leaving out fields that ended where they started. An entity added in
 * between shows as added.
 */
export async function diffVersions(slug: string, from: number, to: number): Promise<VersionDiff | null> {
  const versions = await publishedVersions(slug)
  if (!versions) return null
  const numbers = versions.map((v) => v.number)
  const [low, high] = from <= to ? [from, to] : [to, from]
  const between = versions.filter((v) => v.number > low && v.number <= high)
  const net = new Map<string, { kind: DraftKind; change: PublishedChange }>()
  for (const v of between) {
    for (const kind of DRAFT_KINDS) {
      for (const [id, c] of Object.entries(changesOf(v)[kind] ?? {})) {
        const key = `${kind}:${id}`
        const seen = net.get(key)
        if (!seen) {
          net.set(key, { kind, change: { ...c, before: { ...c.before }, after: { ...c.after } } })
          continue
        }
        if (c.removed) {
          // Added and removed between the two versions: it was never in either.
          if (seen.change.added) net.delete(key)
          else Object.assign(seen.change, { removed: true, after: {} })
          continue
        }
        // Keep the earliest "before" of each field and the latest "after".
        for (const field of Object.keys(c.after)) {
          if (!(field in seen.change.after) && !seen.change.added) seen.change.before[field] = c.before[field]
          seen.change.after[field] = c.after[field]
        }
        seen.change.title = c.title
      }
    }
  }
  const kept = [...net.values()].flatMap(({ kind, change }) => {
    if (change.added || change.removed) return [{ kind, change }]
    const fields = Object.keys(change.after).filter(
      (f) => JSON.stringify(change.before[f] ?? null) !== JSON.stringify(change.after[f] ?? null),
    )
    return fields.length
      ? [{ kind, change: { ...change, after: Object.fromEntries(fields.map((f) => [f, change.after[f]])) } }]
      : []
  })
  const names = await namesFor(kept.map((k) => k.change))
  return {
    versions: numbers,
    from: low,
    to: high,
    changes: DRAFT_KINDS.flatMap((k) => kept.filter((c) => c.kind === k).map((c) => describe(k, c.change, names))),
  }
}
