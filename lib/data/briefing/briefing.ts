/**
 * The five-minute briefing: what needs this person in the next fortnight, soonest first —
 * votes they have not cast, consultations they (or a member they deputise for) have not
 * answered, papers for their next meetings, and actions they own that fall due — each with the
 * one link that does it. Only the user's own areas, only what their role lets them act on.
 */
import 'server-only'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { deputisedFor, votingMembers } from '@/lib/data/board/membership'
import { openConsultationsFor } from '@/lib/data/consultations/consultations'
import { allowed } from '@/lib/data/guard'
import { getDb } from '@/lib/db/client'
import { readingNote } from '@/lib/reading-time'
import { formatDate } from '@/lib/format'
import { formatLondon, londonDay } from '@/lib/london-time'

export const BRIEFING_DAYS = 14

export type BriefingItem = {
  kind: 'vote' | 'consultation' | 'papers' | 'action'
  title: string
  area: string
  /** When it has to be done by (a vote's close, a meeting's start, an action's due date). */
  by: Date
  overdue: boolean
  link: string
  linkText: string
  note?: string
}

/** When an ask is due, in words: an action's due date is a day; the rest are UK times. */
export function whenText(i: Pick<BriefingItem, 'kind' | 'by' | 'overdue'>): string {
  if (i.kind === 'action') return `${i.overdue ? 'Overdue since' : 'Due'} ${formatDate(i.by)}`
  return `${i.kind === 'papers' ? 'Meeting' : 'Closes'} ${formatLondon(i.by)}`
}

export async function getBriefing(user: SessionUser, now = new Date()): Promise<BriefingItem[]> {
  const db = await getDb()
  const horizon = new Date(now.getTime() + BRIEFING_DAYS * 86_400_000)
  const areas = user.areas.filter((a) => allowed(user, 'read:board', { areaId: a.id }))
  const areaIds = areas.map((a) => a.id)
  const items: BriefingItem[] = []

  // Votes: open motions of the user's boards where they are a voting member and have not voted.
  const motions = await db.motion.findMany({
    where: { board: { areaId: { in: areaIds } }, status: 'OPEN', closesAt: { gt: now, lte: horizon } },
    select: {
      id: true,
      question: true,
      closesAt: true,
      boardId: true,
      board: { select: { area: { select: { id: true, slug: true, name: true } } } },
      votes: { where: { userId: user.id }, select: { id: true } },
    },
  })
  const voters = new Map<string, Set<string>>()
  // Standing deputyships once per board; deputyships for one vote in one query for them all.
  const standing = new Map<string, { id: string; name: string }[]>()
  const forOneVote = await db.namedDeputy.findMany({
    where: { deputyId: user.id, motionId: { in: motions.map((m) => m.id) }, member: { disabled: false } },
    select: { motionId: true, member: { select: { id: true, name: true } } },
  })
  for (const m of motions) {
    if (!voters.has(m.boardId)) voters.set(m.boardId, new Set((await votingMembers(db, m.boardId)).map((v) => v.userId)))
    const voting = voters.get(m.boardId) as Set<string>
    const link = `/boards/${m.board.area.slug}/motions/${m.id}`
    const ask = { kind: 'vote', title: m.question, area: m.board.area.name, by: m.closesAt, overdue: false, link } as const
    if (m.votes.length === 0 && voting.has(user.id)) items.push({ ...ask, linkText: 'Vote' })
    // Voting members this user is the deputy of (standing, or for this vote only), who have not voted.
    if (!standing.has(m.boardId)) standing.set(m.boardId, await deputisedFor(db, m.board.area.id, user.id, now))
    const named = forOneVote.filter((d) => d.motionId === m.id).map((d) => d.member)
    const members = [...new Map([...(standing.get(m.boardId) ?? []), ...named].map((x) => [x.id, x])).values()].filter((x) =>
      voting.has(x.id),
    )
    if (members.length === 0) continue
    const cast = new Set(
      (
        await db.vote.findMany({ where: { motionId: m.id, userId: { in: members.map((x) => x.id) } }, select: { userId: true } })
      ).map((v) => v.userId),
    )
    for (const x of members.filter((y) => !cast.has(y.id)))
      items.push({ ...ask, linkText: `Vote for ${x.name}`, note: `You are ${x.name}’s deputy; they have not voted.` })
  }

  // Consultations: the user's own response, and those of members they are the deputy of
  // (standing, or for that consultation only).
  const consultations = await openConsultationsFor(user, now)
  const forOneConsultation = await db.namedDeputy.findMany({
    where: { deputyId: user.id, consultationId: { in: consultations.map((c) => c.id) }, member: { disabled: false } },
    select: { consultationId: true, member: { select: { id: true, name: true } } },
  })
  const standingIn = new Map<string, { id: string; name: string }[]>()
  for (const c of consultations) {
    if (c.closesAt > horizon) continue
    const link = `/plans/${c.area.slug}/consultations/${c.id}`
    if (!c.responded && !c.openedByMe) {
      items.push({
        kind: 'consultation',
        title: c.question,
        area: c.area.name,
        by: c.closesAt,
        overdue: false,
        link,
        linkText: 'Respond',
      })
    }
    const areaId = user.areas.find((a) => a.slug === c.area.slug)?.id
    if (areaId && !standingIn.has(areaId)) standingIn.set(areaId, await deputisedFor(db, areaId, user.id, now))
    const named = forOneConsultation.filter((d) => d.consultationId === c.id).map((d) => d.member)
    const members = [...new Map([...(areaId ? (standingIn.get(areaId) ?? []) : []), ...named].map((x) => [x.id, x])).values()]
    if (members.length > 0) {
      const answered = new Set(
        (await db.consultationResponse.findMany({ where: { consultationId: c.id }, select: { respondentId: true } })).map(
          (r) => r.respondentId,
        ),
      )
      for (const m of members.filter((x) => !answered.has(x.id)))
        items.push({
          kind: 'consultation',
          title: c.question,
          area: c.area.name,
          by: c.closesAt,
          overdue: false,
          link,
          linkText: `Respond for ${m.name}`,
          note: `You are ${m.name}’s deputy; they have not responded.`,
        })
    }
  }

  // Papers for the user's next meetings.
  const meetings = await db.meeting.findMany({
    where: { board: { areaId: { in: areaIds } }, status: 'SCHEDULED', startsAt: { gt: now, lte: horizon } },
    orderBy: { startsAt: 'asc' },
    select: {
      id: true,
      title: true,
      startsAt: true,
      board: { select: { area: { select: { slug: true, name: true } } } },
      agendaItems: {
        select: { papers: { where: { withdrawnAt: null }, select: { pages: true, words: true, contentType: true } } },
      },
    },
  })
  // Meetings the user attends for a member who named them their deputy for it.
  const attendingFor = await db.namedDeputy.findMany({
    where: { deputyId: user.id, meetingId: { in: meetings.map((m) => m.id) }, member: { disabled: false } },
    select: { meetingId: true, member: { select: { name: true } } },
  })
  for (const m of meetings) {
    const all = m.agendaItems.flatMap((i) => i.papers)
    const papers = all.length
    const forWhom = attendingFor.filter((d) => d.meetingId === m.id).map((d) => d.member.name)
    items.push({
      kind: 'papers',
      title: m.title,
      area: m.board.area.name,
      by: m.startsAt,
      overdue: false,
      link: `/boards/${m.board.area.slug}/meetings/${m.id}/pack`,
      linkText: 'Read the pack',
      note:
        (papers === 0
          ? `${m.agendaItems.length} agenda ${m.agendaItems.length === 1 ? 'item' : 'items'}, no papers yet`
          : `${m.agendaItems.length} agenda ${m.agendaItems.length === 1 ? 'item' : 'items'}, ${papers} ${papers === 1 ? 'paper' : 'papers'}${readingNote(all)}`) +
        (forWhom.length > 0 ? `. You attend for ${forWhom.join(' and ')}, as their deputy.` : ''),
    })
  }

  // Actions the user owns that fall due (or are overdue) and are not finished.
  const actions = await db.action.findMany({
    where: {
      ownerId: user.id,
      areaId: { in: user.areas.map((a) => a.id) },
      dueOn: { not: null, lte: horizon },
      OR: [{ status: null }, { status: { notIn: ['COMPLETE', 'STOPPED'] } }],
    },
    orderBy: { dueOn: 'asc' },
    take: 50,
    select: { id: true, title: true, dueOn: true, area: { select: { name: true } } },
  })
  for (const a of actions) {
    const by = a.dueOn as Date
    items.push({
      kind: 'action',
      title: a.title,
      area: a.area.name,
      by,
      // Due dates are days: overdue once the day has passed in the UK, not during it.
      overdue: by.toISOString().slice(0, 10) < londonDay(now),
      link: `/actions/${a.id}/update`,
      linkText: 'Post an update',
    })
  }

  return items.sort((x, y) => x.by.getTime() - y.by.getTime())
}
