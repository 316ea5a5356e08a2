/** The public local-influence ledger: only public business counted; a partner's item that becomes a decision moves the figures. */
import { describe, expect, it } from 'vitest'
import { answerItem, proposeItem } from '@/lib/data/board/agenda'
import { recordDecision } from '@/lib/data/board/decisions'
import { scheduleMeeting } from '@/lib/data/board/meetings'
import { getInfluence } from '@/lib/data/public/influence'
import { db } from '../../setup/test-db'
import { boardWorld, holdMeeting, itemInput, meetingInput } from '../board/setup'

const decide = (summary: string) => ({
  summary,
  decidedOn: new Date(new Date().toISOString().slice(0, 10)),
  addAction: false,
  actionTitle: null,
  priorityId: null,
})

describe('local influence', () => {
  it('counts public items and decisions by origin; a partner’s item that becomes a decision raises the local share', async () => {
    const w = await boardWorld()
    await db().prisma.priority.update({ where: { id: w.priority.id }, data: { origin: 'NATIONAL_POLICY' } })
    const open = await scheduleMeeting(w.team, w.own.slug, meetingInput({ title: 'Open meeting' }))
    const closed = await scheduleMeeting(w.team, w.own.slug, meetingInput({ title: 'Closed meeting', isPublic: false }))
    const local = await proposeItem(w.partner, w.own.slug, itemInput({ title: 'Buses from the villages' }))
    const national = await proposeItem(w.team, w.own.slug, {
      ...itemInput({ title: 'National tutoring' }),
      origin: 'NATIONAL_POLICY',
    })
    const hidden = await proposeItem(w.partner, w.own.slug, itemInput({ title: 'Private staffing', isPrivate: true }))
    const onClosed = await proposeItem(w.partner, w.own.slug, itemInput({ title: 'On the closed meeting' }))
    for (const [item, meeting] of [
      [local, open],
      [national, open],
      [hidden, open],
      [onClosed, closed],
    ] as const)
      await answerItem(w.chair, item.id, { version: 1, answer: 'place', meetingId: meeting.id, response: null })
    await holdMeeting(open.id)
    await holdMeeting(closed.id)
    await recordDecision(w.team, national.id, decide('Join the national tutoring scheme'))

    const before = (await getInfluence(w.own.slug))!
    expect(before.ledger.byKind.agendaItem).toEqual({ local: 1, recorded: 2, notRecorded: 0, percent: 50 })
    expect(before.ledger.byKind.decision).toEqual({ local: 0, recorded: 1, notRecorded: 0, percent: 0 })
    expect(before.ledger.byKind.priority).toEqual({ local: 0, recorded: 1, notRecorded: 0, percent: 0 })
    expect(before.localDecisions).toEqual([])

    // The partner's item becomes a decision; private business is decided too, and never counted.
    await recordDecision(w.team, local.id, decide('Fund an early bus from the villages'))
    await recordDecision(w.team, hidden.id, decide('Staffing change'))
    await recordDecision(w.team, onClosed.id, decide('Closed matter'))
    const after = (await getInfluence(w.own.slug))!
    expect(after.ledger.byKind.decision).toEqual({ local: 1, recorded: 2, notRecorded: 0, percent: 50 })
    expect(after.localDecisions.map((d) => d.summary)).toEqual(['Fund an early bus from the villages'])
    expect(JSON.stringify(after)).not.toMatch(/Staffing change|Closed matter|Private staffing/)

    const programme = (await getInfluence(undefined))!
    expect(programme.areas.find((a) => a.slug === w.own.slug)?.ledger.byKind.decision.local).toBe(1)
    expect(programme.areas.find((a) => a.slug === w.other.slug)?.ledger.all.recorded).toBe(0)
    expect(await getInfluence('no-such-area')).toBeNull()
  })
})
