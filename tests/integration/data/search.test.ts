import { describe, expect, it } from 'vitest'
import { answerItem, proposeItem } from '@/lib/data/board/agenda'
import { recordDecision } from '@/lib/data/board/decisions'
import { scheduleMeeting } from '@/lib/data/board/meetings'
import { searchPublic } from '@/lib/data/public/search'
import { searchTerms } from '@/lib/search-terms'
import { runSeed } from '@/prisma/seed/run'
import { db } from '../../setup/test-db'
import { boardWorld, holdMeeting, itemInput, meetingInput } from '../board/setup'

const search = (q: string) => searchPublic(searchTerms(q))

describe('public search', () => {
  it('finds areas, priorities and measures, grouped, with the matched text marked', async () => {
    await runSeed(db().prisma, { demo: false, devAccounts: false })
    const results = await search('phonics')
    expect(results.measures.map((m) => m.area)).toEqual(['Hastings', 'North Yorkshire Coast (Scarborough)'])
    expect(results.measures[0]?.fragments.find((f) => f.match)?.text.toLowerCase()).toBe('phonics')
    expect(results.measures[0]?.href).toBe('/areas/hastings#priority-1')

    const mental = await search('MENTAL health')
    expect(mental.priorities.map((p) => p.title)).toContain('Priority 3: Improving mental health')

    const place = await search('Suffolk')
    expect(place.areas.map((a) => a.title)).toEqual(['Ipswich'])
    expect(place.areas[0]?.field).toBe('Local authorities')
  })

  it('requires every term to match and treats wildcards as text', async () => {
    await runSeed(db().prisma, { demo: false, devAccounts: false })
    expect((await search('literacy hastings')).priorities).toHaveLength(0) // "hastings" is not in any priority text
    expect((await search('%')).priorities).toHaveLength(0)
    expect(await search('')).toEqual({ areas: [], priorities: [], measures: [], actions: [], board: [] })
  })

  it('finds the boards’ public business, and never a private item, a private meeting or minutes not yet published', async () => {
    const w = await boardWorld()
    const open = await scheduleMeeting(w.team, w.own.slug, meetingInput({ title: 'Open board' }))
    const closed = await scheduleMeeting(w.team, w.own.slug, meetingInput({ title: 'Closed board', isPublic: false }))
    const bus = await proposeItem(w.partner, w.own.slug, itemInput({ title: 'Minibus to the college' }))
    const secret = await proposeItem(w.partner, w.own.slug, itemInput({ title: 'Minibus driver vetting', isPrivate: true }))
    const elsewhere = await proposeItem(w.partner, w.own.slug, itemInput({ title: 'Minibus leasing' }))
    for (const [i, m] of [
      [bus, open],
      [secret, open],
      [elsewhere, closed],
    ] as const)
      await answerItem(w.chair, i.id, { version: 1, answer: 'place', meetingId: m.id, response: null })
    await holdMeeting(open.id)
    await recordDecision(w.team, bus.id, {
      summary: 'Lease two electric minibuses',
      decidedOn: new Date(new Date().toISOString().slice(0, 10)),
      addAction: false,
      actionTitle: null,
      priorityId: null,
    })
    await db().prisma.agendaItem.update({ where: { id: bus.id }, data: { minutes: 'The treasurer doubted the cost.' } })

    expect((await search('minibus')).board.map((h) => h.title)).toEqual(['Minibus to the college · Open board'])
    // Nor what the public board page does not show: an item's "why it matters".
    expect((await search('first lesson')).board).toEqual([])
    const decided = (await search('electric')).board
    expect(decided.map((h) => [h.field, h.href])).toEqual([['Decision', `/areas/${w.own.slug}/board#meeting-${open.id}`]])
    // Minutes are searched once published, not before.
    expect((await search('treasurer')).board).toEqual([])
    await db().prisma.meeting.update({ where: { id: open.id }, data: { minutesPublished: true } })
    expect((await search('treasurer')).board.map((h) => h.field)).toEqual(['Minutes'])
  })
})
