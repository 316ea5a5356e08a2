/**
 * Public reads across areas by life stage: the life stage × area matrix on the home page and
 * the page for each life stage.
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import { publicCache } from '@/lib/data/public/cache'
import type { UnitName } from '@/lib/format'

export type LifeStageSummary = { slug: string; name: string; description: string }

export type MatrixRow = {
  area: { slug: string; name: string }
  /** Priorities of this area per life stage slug, in plan order. */
  cells: Record<string, { number: number; title: string }[]>
}

export type LifeStageMatrix = { lifeStages: LifeStageSummary[]; rows: MatrixRow[] }

async function loadLifeStageMatrix(): Promise<LifeStageMatrix> {
  const db = await getDb()
  const [lifeStages, areas] = await Promise.all([
    db.lifeStage.findMany({ orderBy: { position: 'asc' }, select: { slug: true, name: true, description: true } }),
    db.area.findMany({
      orderBy: { name: 'asc' },
      select: {
        slug: true,
        name: true,
        priorities: {
          orderBy: { position: 'asc' },
          select: { number: true, title: true, lifeStage: { select: { slug: true } } },
        },
      },
    }),
  ])
  return {
    lifeStages,
    rows: areas.map((a) => {
      const cells: MatrixRow['cells'] = {}
      for (const p of a.priorities) {
        if (!p.lifeStage) continue
        ;(cells[p.lifeStage.slug] ??= []).push({ number: p.number, title: p.title })
      }
      return { area: { slug: a.slug, name: a.name }, cells }
    }),
  }
}

export type LifeStageDetail = LifeStageSummary & {
  areas: {
    slug: string
    name: string
    priorities: {
      number: number
      title: string
      description: string | null
      measures: {
        id: string
        name: string
        unit: UnitName
        baselineValue: number | null
        targetValue: number | null
        targetNote: string | null
      }[]
    }[]
  }[]
  areasWithout: { slug: string; name: string }[]
}

async function loadLifeStage(slug: string): Promise<LifeStageDetail | null> {
  const db = await getDb()
  const stage = await db.lifeStage.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, description: true },
  })
  if (!stage) return null
  const areas = await db.area.findMany({
    orderBy: { name: 'asc' },
    select: {
      slug: true,
      name: true,
      priorities: {
        where: { lifeStageId: stage.id },
        orderBy: { position: 'asc' },
        select: {
          number: true,
          title: true,
          description: true,
          measures: {
            orderBy: { position: 'asc' },
            select: {
              id: true,
              baselineValue: true,
              targetValue: true,
              targetNote: true,
              definition: { select: { name: true, unit: true } },
            },
          },
        },
      },
    },
  })
  const withPriorities = areas.filter((a) => a.priorities.length > 0)
  return {
    slug: stage.slug,
    name: stage.name,
    description: stage.description,
    areas: withPriorities.map((a) => ({
      slug: a.slug,
      name: a.name,
      priorities: a.priorities.map((p) => ({
        number: p.number,
        title: p.title,
        description: p.description,
        measures: p.measures.map((m) => ({
          id: m.id,
          name: m.definition.name,
          unit: m.definition.unit,
          baselineValue: m.baselineValue,
          targetValue: m.targetValue,
          targetNote: m.targetNote,
        })),
      })),
    })),
    areasWithout: areas.filter((a) => a.priorities.length === 0).map((a) => ({ slug: a.slug, name: a.name })),
  }
}

export const getLifeStageMatrix = publicCache('getLifeStageMatrix', loadLifeStageMatrix)

export const getLifeStage = publicCache('getLifeStage', loadLifeStage)
