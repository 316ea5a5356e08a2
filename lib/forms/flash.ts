/**
 * The one success message after a form: the action redirects to `flashPath(path, key)` (query
 * key `done`, plus `n` for a count) and the page shows `flashMessage(searchParams)` in its
 * success banner. One registry of every message, so a key can be checked and found. Safe in
 * the browser.
 */
export const FLASH = {
  // plan editing (lib/data/plan)
  'priority-saved': 'The priority has been saved in the draft plan.',
  'action-saved': 'The action has been saved in the draft plan.',
  'measure-saved': 'The success measure has been saved in the draft plan.',
  'milestone-saved': 'The milestone has been saved in the draft plan.',
  'milestone-removed': 'The milestone has been removed in the draft plan.',
  removed: 'It has been removed from the draft plan.',
  undone: 'The changes in the draft have been undone: it is as the published plan has it.',
  // approval
  submitted: 'The draft has been sent to the chair for approval.',
  published: 'The plan has been approved and published.',
  returned: 'The draft has been returned to the delivery team.',
  // measure values and action updates
  'value-added': 'The value has been recorded.',
  'value-corrected': 'The value for that period has been corrected.',
  override: 'The status is now set by hand.',
  cleared: 'The status is worked out from the values again.',
  'update-posted': 'Your update has been posted.',
  'imported-measures': 'The measure values have been saved.',
  'imported-actions': 'The action status updates have been posted.',
  'imported-spend': 'The commitments and payments have been recorded.',
  // funding
  'allocation-added': 'The allocation has been added. It will be public once the chair signs off the next funding return.',
  'allocation-revised': 'The allocation has been revised; the original amount is kept in its history.',
  'allocation-withdrawn': 'The allocation has been withdrawn.',
  'commitment-recorded': 'The commitment has been recorded.',
  'payment-recorded': 'The payment has been recorded.',
  'entry-corrected': 'The entry has been corrected: the old one is withdrawn and the new one recorded.',
  'entry-withdrawn': 'The entry has been withdrawn.',
  'funding-published': 'The funding return has been signed off and its figures published.',
  // board
  'member-added': 'The member has been added to the board.',
  'term-ended': 'The member’s term has been ended. They stay in the board’s history.',
  'deputy-set': 'The deputy has been saved.',
  'meeting-scheduled': 'The meeting has been scheduled.',
  'meeting-moved': 'The meeting has been moved. The board has been told, with your reason.',
  'meeting-cancelled':
    'The meeting has been cancelled and the board told. Its agenda items are back in the backlog for a later meeting.',
  'item-proposed': 'Your item is in the agenda backlog. The chair decides when the board discusses it.',
  'item-placed': 'The item is on the meeting’s agenda.',
  'item-deferred': 'The item has been deferred. Whoever put it forward can see why.',
  'item-declined': 'The item has been declined. Whoever put it forward can see why.',
  'item-discussed': 'The item is marked as discussed.',
  'item-carried-over': 'The item was not reached and is back in the backlog for a later meeting.',
  'item-withdrawn': 'Your item has been withdrawn.',
  'decision-recorded': 'The decision has been recorded.',
  'decision-with-action': 'The decision has been recorded and its action added to the draft plan.',
  'minutes-saved': 'The minutes of the item have been saved.',
  'attendance-recorded': 'Attendance has been recorded.',
  'minutes-circulated': 'The minutes have been circulated to the members who attended.',
  'amendment-suggested': 'Your suggested change has been sent to the delivery team.',
  'amendment-accepted': 'The suggestion is marked as accepted. Work it into the item’s minutes if you have not.',
  'amendment-declined': 'The suggestion is marked as declined.',
  'minutes-approved': 'The minutes are approved and locked. The public items of a public meeting are published with them.',
  'paper-uploaded': 'The paper has been uploaded.',
  'paper-changed': 'The paper has been changed.',
  'paper-withdrawn': 'The paper has been withdrawn. Nobody can open it now; the board sees why.',
  'origin-corrected': 'The origin has been corrected. The correction and your reason are on the area’s public ledger.',
  'motion-opened': 'The vote is open. Members can vote until its deadline.',
  'vote-cast': 'Your vote has been recorded. You can change it until the vote closes.',
  'vote-changed': 'Your vote has been changed.',
  'deputy-named-motion': 'Your deputy for this vote has been told. What they cast is recorded as your vote, entered by them.',
  'deputy-named-consultation':
    'Your deputy for this consultation has been told. What they write is recorded as your response, entered by them.',
  'deputy-named-meeting': 'Your deputy for this meeting has been told. The board sees that they attend for you.',
  'deputy-removed': 'You no longer have a deputy for this.',
  'result-recorded': 'The result has been recorded. It will be listed for ratification at the next meeting.',
  'interest-declared': 'Your declaration has been recorded.',
  'interest-declared-vote':
    'Your declaration has been recorded. You take no part in this vote, and it does not count you towards its quorum.',
  'interest-confirmed': 'The interest is confirmed as still held.',
  'interest-ended': 'The interest has been ended. It stays in the record.',
  // proposals
  'proposal-sent': 'Your proposal has been sent to the delivery team and the chair.',
  'proposal-accepted': 'The proposal has been accepted into the draft plan.',
  'proposal-declined': 'The proposal has been declined.',
  // consultations
  'consultation-opened': 'The consultation is open. The board has been told, and can respond until it closes.',
  'consultation-responded': 'Your response has been recorded. You can change it until the consultation closes.',
  'consultation-response-changed': 'Your response has been changed.',
  'consultation-closed':
    'The consultation is closed. Its summary and the board’s answer will be published with the next approved plan.',
  // notifications
  'comment-posted': 'Your comment has been added. The delivery team and chair have been told.',
  'official-response-given': 'The official response has been added. Everyone who commented has been told.',
  'all-read': 'Every notification is marked as read.',
  'mail-choices-saved': 'Your e-mail choices have been saved.',
  // accounts
  access: 'Their role and areas have been changed.',
  disabled: 'The account has been disabled.',
  enabled: 'The account has been re-enabled.',
  'password-set': 'Your password has been set. Sign in with it to carry on.',
  'password-changed': 'Your password has been changed. Sign in again to carry on.',
  'sessions-ended': 'You have been signed out everywhere. Sign in again to carry on.',
} as const satisfies Record<string, string>
export type FlashKey = keyof typeof FLASH

/** `path` with the flash for `key` (and a count, where the message has one). */
export function flashPath(path: string, key: FlashKey, n?: number): string {
  const [base, hash] = path.split('#') as [string, string?]
  const query = `done=${key}${n === undefined ? '' : `&n=${n}`}`
  return `${base}${base.includes('?') ? '&' : '?'}${query}${hash ? `#${hash}` : ''}`
}

/** Messages that say how many rows a save wrote, from the flash's `n`. */
const COUNTED: ReadonlySet<FlashKey> = new Set(['imported-measures', 'imported-actions', 'imported-spend', 'funding-published'])

/** The message a page shows for its `done` query key; undefined for none or an unknown key. */
export function flashMessage(params: Record<string, string | string[] | undefined>): string | undefined {
  const key = params.done
  if (typeof key !== 'string' || !Object.hasOwn(FLASH, key)) return undefined
  const message = FLASH[key as FlashKey]
  const n = typeof params.n === 'string' && /^\d{1,6}$/.test(params.n) ? Number(params.n) : null
  return COUNTED.has(key as FlashKey) && n !== null
    ? `${message} ${n.toLocaleString('en-GB')} ${n === 1 ? 'row' : 'rows'} in all.`
    : message
}
