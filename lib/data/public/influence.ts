/**
 * The public local-influence ledger (lib/influence.ts for the arithmetic): what share of an
 * area's priorities, public agenda items, public decisions and accepted proposals began with
 * its own people. Only what is public is counted or listed: agenda items and decisions of
 * public meetings that are not private; proposals only as counts (their text is board-only).
 */
import 'server-only'
import { getDb } from '@/lib/db/client'
import type { Origin } from '@/lib/generated/prisma/enums'
import { isLocal, ledgerOf, type Ledger, type LedgerRow } from '@/lib/influence'
import { publicCache, publicTags } from './cache'

export type LocalDecision = {
  summary: string
  decidedOn: string
  origin: Origin
  area: { slug: string; name: string }
  isDemo: boolean
}

/** A published correction of an origin; a proposal's is shown without its (board-only) text. */
export type OriginCorrectionRow = {
  id: string
  at: string
  kind: 'agendaItem' | 'decision' | 'proposal'
  label: string | null
  from: Origin
  to: Origin
  reason: string
  area: { slug: string; name: string }
}

export type InfluenceView = {
  area: { slug: string; name: string } | null
  ledger: Ledger
  /** Corrections of public items' origins, newest first: why the figures changed. */
  corrections: OriginCorrectionRow[]
  /** Programme-wide only: each area's overall share. */
  areas: { slug: string; name: string; ledger: Ledger }[]
  localDecisions: LocalDecision[]
}

/** Uncached: the open datasets (cached themselves) read it programme-wide. */
export async function influenceView(slug?: string): Promise<InfluenceView | null> {
  const db = await getDb()
  const area = slug ? await db.area.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } }) : null
  if (slug && !area) return null
  const inArea = area ? { areaId: area.id } : {}
  const onBoard = area ? { board: { areaId: area.id } } : {}
  const publicMeeting = { isPublic: true, status: { not: 'CANCELLED' as const } }
  const [areas, priorities, items, decisions, proposals, corrections] = await Promise.all([
    db.area.findMany({
      where: area ? { id: area.id } : {},
      orderBy: { name: 'asc' },
      select: { id: true, slug: true, name: true },
    }),
    db.priority.findMany({ where: inArea, select: { areaId: true, origin: true, createdAt: true } }),
    db.agendaItem.findMany({
      where: { ...onBoard, isPrivate: false, status: { in: ['SCHEDULED', 'DISCUSSED'] }, meeting: publicMeeting },
      select: {
        id: true,
        title: true,
        origin: true,
        board: { select: { areaId: true } },
        meeting: { select: { startsAt: true } },
      },
    }),
    db.decision.findMany({
      where: { ...onBoard, agendaItem: { isPrivate: false, meeting: publicMeeting } },
      orderBy: { decidedOn: 'desc' },
      select: { id: true, summary: true, origin: true, decidedOn: true, isDemo: true, board: { select: { areaId: true } } },
    }),
    db.proposal.findMany({
      where: { ...inArea, status: 'ACCEPTED' },
      select: { id: true, areaId: true, origin: true, respondedAt: true, createdAt: true },
    }),
    db.originCorrection.findMany({
      where: inArea,
      // Corrections are rare and each is read: none is cut before the public ones are chosen.
      orderBy: { at: 'desc' },
      select: { id: true, at: true, kind: true, entityId: true, fromOrigin: true, toOrigin: true, reason: true, areaId: true },
    }),
  ])
  const rows: (LedgerRow & { areaId: string })[] = [
    ...priorities.map((p) => ({ kind: 'priority' as const, origin: p.origin, at: p.createdAt, areaId: p.areaId })),
    ...items.map((i) => ({ kind: 'agendaItem' as const, origin: i.origin, at: i.meeting!.startsAt, areaId: i.board.areaId })),
    ...decisions.map((d) => ({ kind: 'decision' as const, origin: d.origin, at: d.decidedOn, areaId: d.board.areaId })),
    ...proposals.map((p) => ({
      kind: 'proposal' as const,
      origin: p.origin,
      at: p.respondedAt ?? p.createdAt,
      areaId: p.areaId,
    })),
  ]
  const byId = new Map(areas.map((a) => [a.id, a]))
  // Only corrections of what the ledger counts in public: public items and decisions by their
  // words, accepted proposals without theirs.
  const publicLabel = new Map<string, string | null>([
    ...items.map((i) => [`AGENDA_ITEM:${i.id}`, i.title] as const),
    ...decisions.map((d) => [`DECISION:${d.id}`, d.summary] as const),
    ...proposals.map((p) => [`PROPOSAL:${p.id}`, null] as const),
  ])
  const KIND = { AGENDA_ITEM: 'agendaItem', DECISION: 'decision', PROPOSAL: 'proposal' } as const
  return {
    area: area ? { slug: area.slug, name: area.name } : null,
    ledger: ledgerOf(rows),
    corrections: corrections
      .filter((c) => publicLabel.has(`${c.kind}:${c.entityId}`) && c.kind in KIND)
      .map((c) => {
        const a = byId.get(c.areaId)!
        return {
          id: c.id,
          at: c.at.toISOString(),
          kind: KIND[c.kind as keyof typeof KIND],
          label: publicLabel.get(`${c.kind}:${c.entityId}`) ?? null,
          from: c.fromOrigin,
          to: c.toOrigin,
          reason: c.reason,
          area: { slug: a.slug, name: a.name },
        }
      }),
    areas: area
      ? []
      : areas.map((a) => ({ slug: a.slug, name: a.name, ledger: ledgerOf(rows.filter((r) => r.areaId === a.id)) })),
    localDecisions: decisions
      .filter((d) => isLocal(d.origin))
      .slice(0, 200)
      .map((d) => {
        const a = byId.get(d.board.areaId)!
        return {
          summary: d.summary,
          decidedOn: d.decidedOn.toISOString().slice(0, 10),
          origin: d.origin,
          area: { slug: a.slug, name: a.name },
          isDemo: d.isDemo,
        }
      }),
  }
}

export const getInfluence = publicCache('public-influence', influenceView, (slug) => (slug ? [publicTags.area(slug)] : []))
