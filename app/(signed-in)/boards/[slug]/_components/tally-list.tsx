import type { Tally } from '@/lib/vote-result'

/** A vote's count in words: for, against, abstentions, turnout against the quorum, and the result. */
export function tallyWords(t: Tally, recorded: boolean): string {
  const counts = `${t.for} for, ${t.against} against, ${t.abstain} ${t.abstain === 1 ? 'abstention' : 'abstentions'}`
  const turnout = `${t.cast} of ${t.eligible} eligible voted (${t.needed} needed for a quorum)`
  if (!recorded) return `So far: ${counts}. ${turnout}.`
  if (!t.quorate) return `Not quorate: ${counts}. ${turnout}. The motion falls.`
  return `${t.carried ? 'Carried' : 'Not carried'}: ${counts}. ${turnout}.`
}
