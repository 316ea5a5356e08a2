/** Programme-wide headline figures for the home page. Public and cached. */
import 'server-only'
import type { AmountQualifierName } from '@/lib/format'
import { getDb } from '@/lib/db/client'
import type { ComputedStatus } from '@/lib/measure-status'
import { measureStatus, measureStatusSelect } from '@/lib/data/public/measure-status'
import { publicCache } from '@/lib/data/public/cache'

export type ProgrammeFigures = {
  streams: {
    slug: string
    name: string
    funder: string
    totalPence: string | null
    totalQualifier: AmountQualifierName
    sourceUrls: string[]
  }[]
  prioritiesByLifeStage: { slug: string; name: string; priorities: number; areas: number }[]
  priorityCount: number
  measureCount: number
  measuresWithTarget: number
  measureStatuses: Record<ComputedStatus, number>
}

async function loadProgrammeFigures(): Promise<ProgrammeFigures> {
  const db = await getDb()
  const [streams, stages, priorityCount, measures, measuresWithTarget] = await Promise.all([
    db.fundingStream.findMany({
      orderBy: [{ totalPence: { sort: 'desc', nulls: 'last' } }, { name: 'asc' }],
      select: { id: true, slug: true, name: true, funder: true, totalPence: true, totalQualifier: true },
    }),
    db.lifeStage.findMany({
      orderBy: { position: 'asc' },
      select: { slug: true, name: true, priorities: { select: { areaId: true } } },
    }),
    db.priority.count(),
    db.successMeasure.findMany({ select: measureStatusSelect }),
    db.successMeasure.count({ where: { OR: [{ targetValue: { not: null } }, { targetNote: { not: null } }] } }),
  ])
  const measureStatuses: Record<ComputedStatus, number> = { ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, TOO_EARLY: 0, NO_TARGET: 0 }
  for (const m of measures) measureStatuses[measureStatus(m).status]++
  const links = await db.factSource.findMany({
    where: { entityType: 'FUNDING_STREAM', entityId: { in: streams.map((s) => s.id) } },
    select: { entityId: true, source: { select: { url: true } } },
  })
  return {
    streams: streams.map((s) => ({
      slug: s.slug,
      name: s.name,
      funder: s.funder,
      totalPence: s.totalPence === null ? null : s.totalPence.toString(),
      totalQualifier: s.totalQualifier,
      sourceUrls: links.filter((l) => l.entityId === s.id).map((l) => l.source.url),
    })),
    prioritiesByLifeStage: stages.map((s) => ({
      slug: s.slug,
      name: s.name,
      priorities: s.priorities.length,
      areas: new Set(s.priorities.map((p) => p.areaId)).size,
    })),
    priorityCount,
    measureCount: measures.length,
    measuresWithTarget,
    measureStatuses,
  }
}

export const getProgrammeFigures = publicCache('getProgrammeFigures', loadProgrammeFigures)
