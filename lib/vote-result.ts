/**
 * The result of a vote between meetings, from the eligible members, those with a declared
 * interest (excluded from the vote and from the quorum) and the votes cast. Pure, so the rule
 * is in one place and tested on its own.
 *
 * - Quorate when the votes cast by eligible, unconflicted members (abstentions included) reach
 *   the quorum: `quorumPercent` of them, rounded up (and at least one).
 * - Carried when quorate and more voted for than against; a tie is not carried.
 */
export type Choice = 'FOR' | 'AGAINST' | 'ABSTAIN'

export type Tally = {
  /** Members who may vote: eligible and with no interest declared in this motion. */
  eligible: number
  conflicted: number
  for: number
  against: number
  abstain: number
  cast: number
  /** Votes needed for the result to count. */
  needed: number
  quorate: boolean
  carried: boolean
}

export function tally(
  eligibleUserIds: readonly string[],
  conflictedUserIds: ReadonlySet<string>,
  votes: readonly { userId: string; choice: Choice }[],
  quorumPercent: number,
): Tally {
  const voters = new Set(eligibleUserIds.filter((id) => !conflictedUserIds.has(id)))
  const counted = votes.filter((v) => voters.has(v.userId))
  const count = (c: Choice) => counted.filter((v) => v.choice === c).length
  const [yes, no, abstain] = [count('FOR'), count('AGAINST'), count('ABSTAIN')]
  const needed = Math.max(1, Math.ceil((voters.size * quorumPercent) / 100))
  const quorate = voters.size > 0 && counted.length >= needed
  return {
    eligible: voters.size,
    conflicted: eligibleUserIds.filter((id) => conflictedUserIds.has(id)).length,
    for: yes,
    against: no,
    abstain,
    cast: counted.length,
    needed,
    quorate,
    carried: quorate && yes > no,
  }
}
