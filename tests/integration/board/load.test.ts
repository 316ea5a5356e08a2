/** The board's load: asks per member per month and what each did, for the chair and delivery team only. */
import { describe, expect, it } from 'vitest'
import { getBoardLoad } from '@/lib/data/board/load'
import { addMember } from '@/lib/data/board/membership'
import { castVote } from '@/lib/data/board/motions'
import { respondToConsultation } from '@/lib/data/consultations/consultations'
import { boardWorld, memberInput, openVoteAndConsultation } from './setup'
import { person } from '../funding/setup'

describe('the board’s load', () => {
  it('counts each member’s asks by month and kind, and what they did; refused to partners and other areas', async () => {
    const w = await boardWorld()
    const second = await person('PARTNER', [w.own.id])
    await addMember(w.team, w.own.slug, memberInput({ name: 'Chair Person', role: 'CHAIR', userId: w.chair.id }))
    await addMember(w.team, w.own.slug, memberInput({ name: 'Partner One', userId: w.partner.id }))
    await addMember(w.team, w.own.slug, memberInput({ name: 'Partner Two', userId: second.id }))
    await addMember(w.team, w.own.slug, memberInput({ name: 'No Account' }))
    const { motion, consultation: c } = await openVoteAndConsultation(w)
    await castVote(w.partner, motion.id, { choice: 'FOR', reason: null, voterId: null })
    await respondToConsultation(w.partner, c.id, { body: 'The coastal ones', respondentId: null })

    const load = await getBoardLoad(w.chair, w.own.slug)
    expect(load?.months).toHaveLength(6)
    const one = load?.members.find((m) => m.name === 'Partner One')
    expect(one).toMatchObject({
      total: 2,
      byKind: { read: 0, vote: 1, consultation: 1, action: 0 },
      votesCast: 1,
      responses: 1,
    })
    expect(one?.perMonth.at(-1)).toBe(2)
    expect(load?.members.find((m) => m.name === 'Partner Two')).toMatchObject({ total: 2, votesCast: 0, responses: 0 })
    // The chair opened both, so was asked nothing.
    expect(load?.members.find((m) => m.name === 'Chair Person')).toMatchObject({ total: 0 })
    expect(load?.withoutAccount).toEqual(['No Account'])

    expect(await getBoardLoad(w.team, w.own.slug)).not.toBeNull()
    expect(await getBoardLoad(w.admin, w.own.slug)).not.toBeNull()
    for (const u of [w.partner, w.otherChair, w.otherTeam]) expect(await getBoardLoad(u, w.own.slug)).toBeNull()
  })
})
