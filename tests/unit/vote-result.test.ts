import { describe, expect, it } from 'vitest'
import { tally } from '@/lib/vote-result'

const members = ['a', 'b', 'c', 'd', 'e']
const none = new Set<string>()

describe('tally', () => {
  it('is quorate when the votes cast reach the quorum, rounded up, abstentions counted', () => {
    const votes = [
      { userId: 'a', choice: 'FOR' as const },
      { userId: 'b', choice: 'ABSTAIN' as const },
    ]
    expect(tally(members, none, votes, 50)).toMatchObject({ eligible: 5, needed: 3, cast: 2, quorate: false, carried: false })
    const three = [...votes, { userId: 'c', choice: 'AGAINST' as const }]
    expect(tally(members, none, three, 50)).toMatchObject({ needed: 3, cast: 3, quorate: true, carried: false })
  })

  it('carries on more for than against; a tie is not carried', () => {
    const v = (choices: string) =>
      [...choices].map((c, i) => ({
        userId: members[i] as string,
        choice: ({ f: 'FOR', a: 'AGAINST', x: 'ABSTAIN' } as const)[c as 'f'],
      }))
    expect(tally(members, none, v('ffa'), 50).carried).toBe(true)
    expect(tally(members, none, v('ffaa'), 50).carried).toBe(false)
    expect(tally(members, none, v('fxxx'), 50).carried).toBe(true)
  })

  it('leaves a conflicted member out of the vote and the quorum, and ignores votes of non-members', () => {
    const votes = [
      { userId: 'a', choice: 'FOR' as const },
      { userId: 'b', choice: 'FOR' as const },
      { userId: 'e', choice: 'AGAINST' as const },
      { userId: 'stranger', choice: 'AGAINST' as const },
    ]
    const r = tally(members, new Set(['e']), votes, 60)
    expect(r).toMatchObject({ eligible: 4, conflicted: 1, needed: 3, cast: 2, against: 0, quorate: false })
  })

  it('needs at least one vote, and a board with no eligible member is never quorate', () => {
    expect(tally(['a'], none, [], 0)).toMatchObject({ needed: 1, quorate: false })
    expect(tally([], none, [], 50)).toMatchObject({ eligible: 0, quorate: false })
  })
})
