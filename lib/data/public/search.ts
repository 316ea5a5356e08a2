/**
 * Public search across areas, priorities, success measures, actions and the boards' public
 * business (the public items of public meetings, their decisions and, once published, their
 * minutes — the same rows the public board page shows, never more). Case-insensitive
 * substring matching (ILIKE through Prisma), which behaves the same on PGlite and PostgreSQL:
 * every term must occur in at least one of a record's searchable fields.
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import { excerpt, type Fragment } from '@/lib/search-terms'

const LIMIT = 25

export type SearchHit = { href: string; title: string; area: string; field: string; fragments: Fragment[] }
export type SearchResults = {
  areas: SearchHit[]
  priorities: SearchHit[]
  measures: SearchHit[]
  actions: SearchHit[]
  board: SearchHit[]
}

const anyOf = (fields: string[], term: string) => ({
  OR: fields.map((f) => ({ [f]: { contains: term, mode: 'insensitive' as const } })),
})

/** The first of the labelled texts in which a term occurs, as an excerpt. */
function firstMatch(texts: [string, string | null][], terms: string[]): { field: string; fragments: Fragment[] } {
  for (const [field, text] of texts) {
    const fragments = text ? excerpt(text, terms) : null
    if (fragments) return { field, fragments }
  }
  const [field, text] = texts[0] ?? ['', '']
  return { field, fragments: [{ text: text ?? '', match: false }] }
}

type Db = Awaited<ReturnType<typeof getDb>>

async function searchAreas(db: Db, terms: string[]): Promise<SearchHit[]> {
  const areas = await db.area.findMany({
    where: {
      AND: terms.map((t) => ({
        OR: [
          ...anyOf(['name', 'region', 'researchSchool', 'planTitle'], t).OR,
          { localAuthorities: { some: { name: { contains: t, mode: 'insensitive' } } } },
        ],
      })),
    },
    orderBy: { name: 'asc' },
    take: LIMIT,
    select: {
      slug: true,
      name: true,
      region: true,
      researchSchool: true,
      planTitle: true,
      localAuthorities: { select: { name: true } },
    },
  })
  return areas.map((a) => ({
    href: `/areas/${a.slug}`,
    title: a.name,
    area: a.name,
    ...firstMatch(
      [
        ['Name', a.name],
        ['Local authorities', a.localAuthorities.map((l) => l.name).join(', ')],
        ['Research School', a.researchSchool],
        ['Delivery plan', a.planTitle],
        ['Region', a.region],
      ],
      terms,
    ),
  }))
}

async function searchPriorities(db: Db, terms: string[]): Promise<SearchHit[]> {
  const priorities = await db.priority.findMany({
    where: { AND: terms.map((t) => anyOf(['title', 'description'], t)) },
    orderBy: [{ area: { name: 'asc' } }, { position: 'asc' }],
    take: LIMIT,
    select: { number: true, title: true, description: true, area: { select: { slug: true, name: true } } },
  })
  return priorities.map((p) => ({
    href: `/areas/${p.area.slug}#priority-${p.number}`,
    title: `Priority ${p.number}: ${p.title}`,
    area: p.area.name,
    ...firstMatch(
      [
        ['Title', p.title],
        ['Description', p.description],
      ],
      terms,
    ),
  }))
}

async function searchMeasures(db: Db, terms: string[]): Promise<SearchHit[]> {
  const measures = await db.successMeasure.findMany({
    where: {
      AND: terms.map((t) => ({
        OR: [{ definition: { name: { contains: t, mode: 'insensitive' } } }, ...anyOf(['baselineNote', 'targetNote'], t).OR],
      })),
    },
    orderBy: [{ area: { name: 'asc' } }, { position: 'asc' }],
    take: LIMIT,
    select: {
      baselineNote: true,
      targetNote: true,
      definition: { select: { name: true } },
      priority: { select: { number: true } },
      area: { select: { slug: true, name: true } },
    },
  })
  return measures.map((m) => ({
    href: m.priority ? `/areas/${m.area.slug}#priority-${m.priority.number}` : `/areas/${m.area.slug}#other-measures`,
    title: m.definition.name,
    area: m.area.name,
    ...firstMatch(
      [
        ['Measure', m.definition.name],
        ['Baseline', m.baselineNote],
        ['Target', m.targetNote],
      ],
      terms,
    ),
  }))
}

async function searchActions(db: Db, terms: string[]): Promise<SearchHit[]> {
  const actions = await db.action.findMany({
    where: { AND: terms.map((t) => anyOf(['title', 'description'], t)) },
    orderBy: [{ area: { name: 'asc' } }, { title: 'asc' }],
    take: LIMIT,
    select: {
      title: true,
      description: true,
      isDemo: true,
      area: { select: { slug: true, name: true } },
      priority: { select: { number: true } },
    },
  })
  return actions.map((a) => ({
    href: a.priority ? `/areas/${a.area.slug}#priority-${a.priority.number}` : `/areas/${a.area.slug}`,
    title: a.isDemo ? `${a.title} (demo data)` : a.title,
    area: a.area.name,
    ...firstMatch(
      [
        ['Action', a.title],
        ['Description', a.description],
      ],
      terms,
    ),
  }))
}

/** A public item of a public meeting that took place or is coming: what the public board page lists. */
const publicItem = {
  isPrivate: false,
  status: { in: ['SCHEDULED', 'DISCUSSED'] as ('SCHEDULED' | 'DISCUSSED')[] },
  meeting: { isPublic: true, status: { not: 'CANCELLED' as const } },
}

async function searchBoard(db: Db, terms: string[]): Promise<SearchHit[]> {
  const items = await db.agendaItem.findMany({
    where: {
      ...publicItem,
      AND: terms.map((t) => ({
        OR: [
          // Not the item's "why it matters": the public board page does not show it.
          { title: { contains: t, mode: 'insensitive' as const } },
          // Minutes only once the board has approved and published them.
          { minutes: { contains: t, mode: 'insensitive' as const }, meeting: { minutesPublished: true } },
          { decisions: { some: { summary: { contains: t, mode: 'insensitive' as const } } } },
        ],
      })),
    },
    orderBy: [{ meeting: { startsAt: 'desc' } }, { position: 'asc' }],
    take: LIMIT,
    select: {
      title: true,
      minutes: true,
      isDemo: true,
      meeting: { select: { id: true, title: true, minutesPublished: true } },
      decisions: { orderBy: { createdAt: 'asc' }, select: { summary: true } },
      board: { select: { area: { select: { slug: true, name: true } } } },
    },
  })
  return items.map((i) => ({
    href: `/areas/${i.board.area.slug}/board#meeting-${i.meeting?.id}`,
    title: `${i.title}${i.isDemo ? ' (demo data)' : ''} · ${i.meeting?.title}`,
    area: i.board.area.name,
    ...firstMatch(
      [
        ['Agenda item', i.title],
        ...i.decisions.map((d): [string, string] => ['Decision', d.summary]),
        ['Minutes', i.meeting?.minutesPublished ? i.minutes : null],
      ],
      terms,
    ),
  }))
}

export async function searchPublic(terms: string[]): Promise<SearchResults> {
  if (terms.length === 0) return { areas: [], priorities: [], measures: [], actions: [], board: [] }
  const db = await getDb()
  const [areas, priorities, measures, actions, board] = await Promise.all([
    searchAreas(db, terms),
    searchPriorities(db, terms),
    searchMeasures(db, terms),
    searchActions(db, terms),
    searchBoard(db, terms),
  ])
  return { areas, priorities, measures, actions, board }
}
