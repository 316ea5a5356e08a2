/** The five-minute briefing lists what needs a partner, a deputy and a chair, soonest first, and forgets what is done. */
import { describe, expect, it } from 'vitest'
import { scheduleMeeting } from '@/lib/data/board/meetings'
import { addMember, setDeputy } from '@/lib/data/board/membership'
import { castVote, openMotion } from '@/lib/data/board/motions'
import { getBriefing, whenText, type BriefingItem } from '@/lib/data/briefing/briefing'
import { formatDate } from '@/lib/format'
import { formatLondon, londonDay } from '@/lib/london-time'
import { openConsultation, respondToConsultation } from '@/lib/data/consultations/consultations'
import { createAction } from '@/tests/factories'
import { db } from '../../setup/test-db'
import { boardWorld, meetingInput, memberInput } from '../board/setup'
import { person } from '../funding/setup'

const inDays = (n: number) => {
  const d = new Date(Date.now() + n * 86_400_000)
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))
}

describe('the five-minute briefing', () => {
  it('lists votes, consultations (own and as a deputy), meeting papers and due actions, soonest first', async () => {
    const w = await boardWorld()
    const second = await person('PARTNER', [w.own.id])
    await addMember(w.team, w.own.slug, memberInput({ name: 'Chair Person', role: 'CHAIR', userId: w.chair.id }))
    const m1 = await addMember(w.team, w.own.slug, memberInput({ name: 'Partner One', userId: w.partner.id }))
    const m2 = await addMember(
      w.team,
      w.own.slug,
      memberInput({ name: 'Partner Two', organisation: 'College', userId: second.id }),
    )
    await setDeputy(w.team, m2.id, { version: 1, deputyId: m1.id })

    const motion = await openMotion(w.chair, w.own.slug, {
      question: 'That the board adopts the careers priority',
      closesOn: inDays(3),
      closesAt: { hour: 17, minute: 0 },
      isSecret: false,
    })
    const consultation = await openConsultation(w.chair, w.own.slug, {
      question: 'Should careers start at 10?',
      scope: '',
      closesOn: inDays(5),
      closesAt: { hour: 17, minute: 0 },
    })
    await scheduleMeeting(w.team, w.own.slug, meetingInput({ title: 'Winter board', date: inDays(9) }))
    await createAction(db().prisma, w.own.id, {
      title: 'Overdue fair',
      ownerId: w.partner.id,
      dueOn: inDays(-2),
      status: 'ON_TRACK',
    })
    await createAction(db().prisma, w.own.id, { title: 'Later fair', ownerId: w.partner.id, dueOn: inDays(60) })
    await createAction(db().prisma, w.own.id, { title: 'Done fair', ownerId: w.partner.id, dueOn: inDays(1), status: 'COMPLETE' })
    // Another area's vote never shows.
    await addMember(w.otherTeam, w.other.slug, memberInput({ name: 'Elsewhere', role: 'CHAIR', userId: w.otherChair.id }))
    await openMotion(w.otherChair, w.other.slug, {
      question: 'Elsewhere',
      closesOn: inDays(2),
      closesAt: { hour: 17, minute: 0 },
      isSecret: false,
    })

    const partner = await getBriefing(w.partner)
    expect(partner.map((i) => [i.kind, i.title, i.linkText])).toEqual([
      ['action', 'Overdue fair', 'Post an update'],
      ['vote', 'That the board adopts the careers priority', 'Vote'],
      ['vote', 'That the board adopts the careers priority', 'Vote for ' + second.name],
      ['consultation', 'Should careers start at 10?', 'Respond'],
      ['consultation', 'Should careers start at 10?', 'Respond for ' + second.name],
      ['papers', 'Winter board', 'Read the pack'],
    ])
    expect(partner[0]?.overdue).toBe(true)
    // The delivery team does not vote; the chair has no actions.
    expect((await getBriefing(w.team)).map((i) => i.kind)).toEqual(['consultation', 'papers'])
    expect((await getBriefing(w.chair)).map((i) => i.kind)).toEqual(['vote', 'papers'])

    // Done things leave the briefing.
    await castVote(w.partner, motion.id, { choice: 'FOR', reason: null, voterId: null })
    await castVote(w.partner, motion.id, { choice: 'FOR', reason: null, voterId: second.id })
    await respondToConsultation(w.partner, consultation.id, { body: 'Yes', respondentId: null })
    await respondToConsultation(w.partner, consultation.id, { body: 'Yes too', respondentId: second.id })
    expect((await getBriefing(w.partner)).map((i) => i.kind)).toEqual(['action', 'papers'])
    // The second partner's vote was cast by their deputy.
    expect((await getBriefing(second)).map((i) => i.kind)).toEqual(['papers'])
  })

  it('says when in words: an action due today is not yet overdue, and its date has no clock time', async () => {
    const w = await boardWorld()
    const today = new Date(`${londonDay(new Date())}T00:00:00Z`)
    await createAction(db().prisma, w.own.id, { title: 'Due today', ownerId: w.partner.id, dueOn: today })
    await createAction(db().prisma, w.own.id, {
      title: 'Due yesterday',
      ownerId: w.partner.id,
      dueOn: new Date(today.getTime() - 86_400_000),
    })
    const items = await getBriefing(w.partner)
    const due = items.find((i) => i.title === 'Due today')
    const late = items.find((i) => i.title === 'Due yesterday')
    expect(due?.overdue).toBe(false)
    expect(late?.overdue).toBe(true)
    expect(whenText(due as BriefingItem)).toBe(`Due ${formatDate(today)}`)
    expect(whenText(late as BriefingItem)).toMatch(/^Overdue since \d{1,2} \w+ \d{4}$/)
    expect(whenText({ kind: 'vote', by: new Date('2026-07-06T16:00:00Z'), overdue: false })).toBe(
      `Closes ${formatLondon(new Date('2026-07-06T16:00:00Z'))}`,
    )
  })
})
