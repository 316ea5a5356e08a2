/**
 * Board forms: a member, the end of a term, a deputy; a meeting; an agenda item put forward,
 * the chair's answer to it, its outcome at the meeting; a decision. Safe in the browser.
 */
import * as z from 'zod'
import { ORIGINS } from '@/lib/plan-fields'
import { datePartsSchema } from './dates'
import { checkbox, id, optionalRowId, RELOAD, text } from './fields'
import { seenVersion } from './version'

export const SECTORS = [
  'EARLY_YEARS',
  'SCHOOLS',
  'FURTHER_EDUCATION',
  'HIGHER_EDUCATION',
  'EMPLOYER',
  'LOCAL_AUTHORITY',
  'VOLUNTARY',
  'HEALTH',
  'CENTRAL_GOVERNMENT',
  'OTHER',
] as const
export type SectorName = (typeof SECTORS)[number]
export const SECTOR_LABELS: Record<SectorName, string> = {
  EARLY_YEARS: 'Early years',
  SCHOOLS: 'Schools',
  FURTHER_EDUCATION: 'Further education',
  HIGHER_EDUCATION: 'Higher education',
  EMPLOYER: 'Employers',
  LOCAL_AUTHORITY: 'Local authority',
  VOLUNTARY: 'Voluntary and community',
  HEALTH: 'Health',
  CENTRAL_GOVERNMENT: 'DfE and central government',
  OTHER: 'Other',
}

export const BOARD_ROLES = ['CHAIR', 'VICE_CHAIR', 'MEMBER', 'OBSERVER', 'DFE'] as const
export type BoardRoleName = (typeof BOARD_ROLES)[number]
export const BOARD_ROLE_LABELS: Record<BoardRoleName, string> = {
  CHAIR: 'Chair',
  VICE_CHAIR: 'Vice-chair',
  MEMBER: 'Member',
  OBSERVER: 'Observer',
  DFE: 'DfE delivery team',
}

export const MemberSchema = z.object({
  name: text('member’s name', 120),
  organisation: text('organisation', 160, { optional: true }),
  sector: z.enum(SECTORS, { error: 'Select the sector the member represents' }),
  role: z.enum(BOARD_ROLES, { error: 'Select the member’s role on the board' }),
  startsOn: datePartsSchema('date their term started'),
  endsOn: datePartsSchema('date their term ends', { optional: true }),
  /** Their portal account, when they have one in this area. */
  userId: optionalRowId('Select their portal account, or “No account”'),
  listedPublicly: checkbox,
})
export type MemberInput = z.output<typeof MemberSchema>

export const EndTermSchema = z.object({
  version: seenVersion,
  endsOn: datePartsSchema('date their term ended'),
  endedReason: text('reason', 300, { optional: true }),
})
export type EndTermInput = z.output<typeof EndTermSchema>

export const DeputySchema = z.object({
  version: seenVersion,
  deputyId: optionalRowId('Select the deputy, or “No deputy”'),
})
export type DeputyInput = z.output<typeof DeputySchema>

/** A member names their deputy for one vote, meeting or consultation (a user id), or none. */
export const NamedDeputySchema = z.object({
  namedDeputyId: optionalRowId('Select who acts for you, or “Nobody”'),
})
export type NamedDeputyInput = z.output<typeof NamedDeputySchema>

const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/

export const clockTime = (label: string) =>
  z
    .string()
    .trim()
    .max(5, { error: `Enter the ${label} as a 24-hour time, like 17:00` })
    .refine((v) => v !== '', { error: `Enter the ${label}` })
    .refine((v) => v === '' || TIME.test(v), { error: `Enter the ${label} as a 24-hour time, like 17:00` })
    .transform((v) => {
      const m = TIME.exec(v)
      return m ? { hour: Number(m[1]), minute: Number(m[2]) } : { hour: 0, minute: 0 }
    })

export const MeetingSchema = z
  .object({
    title: text('meeting’s title', 120),
    date: datePartsSchema('date of the meeting'),
    time: clockTime('start time'),
    format: z.enum(['IN_PERSON', 'ONLINE'], { error: 'Select whether the meeting is in person or online' }),
    location: text('place, or how to join', 300),
    visibility: z.enum(['PUBLIC', 'PRIVATE'], { error: 'Select whether the meeting is public or private' }),
  })
  .transform(({ format, visibility, ...v }) => ({ ...v, isOnline: format === 'ONLINE', isPublic: visibility === 'PUBLIC' }))
export type MeetingInput = z.output<typeof MeetingSchema>

export const MoveMeetingSchema = z.object({
  date: datePartsSchema('new date of the meeting'),
  time: clockTime('new start time'),
  // Named for its form: a meeting's page carries the move and cancel forms, and ids must differ.
  whyMoved: text('reason it moves', 500),
  version: seenVersion,
})
export type MoveMeetingInput = z.output<typeof MoveMeetingSchema>

export const CancelMeetingSchema = z.object({
  whyCancelled: text('reason it is cancelled', 500),
  version: seenVersion,
})
export type CancelMeetingInput = z.output<typeof CancelMeetingSchema>

export const AgendaItemSchema = z.object({
  title: text('item', 150),
  description: text('reason the board should discuss it', 1000),
  /** Only the delivery team and admins choose (DfE or national policy); others' origin is who they are. */
  origin: z.enum(['', ...ORIGINS], { error: 'Select where the item comes from' }).transform((v) => (v === '' ? null : v)),
  isPrivate: checkbox,
})
export type AgendaItemInput = z.output<typeof AgendaItemSchema>

export const AGENDA_ANSWERS = ['place', 'defer', 'decline'] as const
export const AgendaAnswerSchema = z
  .object({
    version: seenVersion,
    answer: z.enum(AGENDA_ANSWERS, { error: 'Select what happens to the item' }),
    meetingId: optionalRowId('Select the meeting'),
    response: text('reason', 500, { optional: true }),
  })
  .superRefine((v, ctx) => {
    if (v.answer === 'place' && !v.meetingId)
      ctx.addIssue({ code: 'custom', path: ['meetingId'], message: 'Select the meeting to put the item on' })
    if (v.answer !== 'place' && !v.response)
      ctx.addIssue({
        code: 'custom',
        path: ['response'],
        message: `Enter the reason the item is ${v.answer === 'defer' ? 'deferred' : 'declined'}: the person who put it forward will see it`,
      })
  })
export type AgendaAnswerInput = z.output<typeof AgendaAnswerSchema>

export const ItemOutcomeSchema = z.object({
  version: seenVersion,
  outcome: z.enum(['discussed', 'carry-over'], { error: 'Select whether the board reached the item' }),
})
export type ItemOutcomeInput = z.output<typeof ItemOutcomeSchema>

export const WithdrawItemSchema = z.object({ version: seenVersion })

export const DecisionSchema = z
  .object({
    summary: text('decision', 1000),
    decidedOn: datePartsSchema('date of the decision'),
    addAction: checkbox,
    actionTitle: text('action’s title', 200, { optional: true }),
    priorityId: optionalRowId('Select the priority the action is under'),
  })
  .superRefine((v, ctx) => {
    if (v.addAction && !v.actionTitle)
      ctx.addIssue({ code: 'custom', path: ['actionTitle'], message: 'Enter the title of the action the decision adds' })
    if (v.addAction && !v.priorityId)
      ctx.addIssue({ code: 'custom', path: ['priorityId'], message: 'Select the priority the action is under' })
  })
export type DecisionInput = z.output<typeof DecisionSchema>

export const MeetingIdSchema = z.object({ meetingId: id(RELOAD) })

export const MotionSchema = z.object({
  question: text('motion’s wording', 1000),
  closesOn: datePartsSchema('closing date'),
  closesAt: clockTime('closing time'),
  isSecret: checkbox,
})
export type MotionInput = z.output<typeof MotionSchema>

export const VOTE_CHOICES = ['FOR', 'AGAINST', 'ABSTAIN'] as const
export const VOTE_LABELS: Record<(typeof VOTE_CHOICES)[number], string> = { FOR: 'For', AGAINST: 'Against', ABSTAIN: 'Abstain' }

export const VoteSchema = z.object({
  choice: z.enum(VOTE_CHOICES, { error: 'Select for, against or abstain' }),
  reason: text('reason', 500, { optional: true }),
  /** Empty for one's own vote; a member's user id when voting as their deputy. */
  voterId: optionalRowId('Select whose vote this is'),
})
export type VoteInput = z.output<typeof VoteSchema>

export const CloseMotionSchema = z.object({ version: seenVersion })

/** What a declaration is about: the register (general), an agenda item or a motion. */
export const InterestSchema = z.object({
  interest: text('interest', 500),
  about: z
    .string()
    .max(60)
    .refine((v) => v === 'register' || /^(item|motion):[A-Za-z0-9_-]{1,40}$/.test(v), { error: RELOAD })
    .transform((v) => {
      if (v === 'register') return { kind: 'register' as const, id: null }
      const [kind, ref] = v.split(':') as ['item' | 'motion', string]
      return { kind, id: ref }
    }),
})
export type InterestInput = z.output<typeof InterestSchema>

export const InterestReviewSchema = z.object({
  version: seenVersion,
  review: z.enum(['still-held', 'ended'], { error: 'Select whether you still hold this interest' }),
})
export type InterestReviewInput = z.output<typeof InterestReviewSchema>

export const ItemMinutesSchema = z.object({
  version: seenVersion,
  minutes: text('minutes of the item', 5000),
})
export type ItemMinutesInput = z.output<typeof ItemMinutesSchema>

export const AttendanceSchema = z.object({
  version: seenVersion,
  /** Memberships ticked as present; the others sent apologies. */
  present: z.array(id(RELOAD)).max(200, { error: RELOAD }),
})
export type AttendanceInput = z.output<typeof AttendanceSchema>

export const MinutesStepSchema = z.object({ version: seenVersion })

export const AmendmentSchema = z.object({
  agendaItemId: optionalRowId('Select the item the change is to, or “The minutes as a whole”'),
  suggestion: text('change you suggest', 1000),
})
export type AmendmentInput = z.output<typeof AmendmentSchema>

export const AmendmentAnswerSchema = z.object({
  version: seenVersion,
  answer: z.enum(['accept', 'decline'], { error: RELOAD }),
})
export type AmendmentAnswerInput = z.output<typeof AmendmentAnswerSchema>

export const ApproveMinutesSchema = z.object({
  version: seenVersion,
  atMeetingId: id('Select the meeting at which the board approved the minutes'),
})
export type ApproveMinutesInput = z.output<typeof ApproveMinutesSchema>

/** Putting circulated minutes to a vote between meetings: when it closes, at the version seen. */
export const MinutesVoteSchema = MotionSchema.pick({ closesOn: true, closesAt: true }).extend({ version: seenVersion })
export type MinutesVoteInput = z.output<typeof MinutesVoteSchema>

export const PaperSchema = z.object({
  title: text('paper’s title', 150),
  visibility: z.enum(['PUBLIC', 'BOARD'], { error: 'Select whether the paper is public or for the board only' }),
  file: z.custom<File>((f) => typeof File !== 'undefined' && f instanceof File && f.size > 0, {
    error: 'Select the paper’s file',
  }),
})
export type PaperInput = z.output<typeof PaperSchema>

/** A paper's title and who may read it, changed at the version seen; the file stays as uploaded. */
export const PaperChangeSchema = PaperSchema.pick({ title: true, visibility: true }).extend({ version: seenVersion })
export type PaperChangeInput = z.output<typeof PaperChangeSchema>

/** Withdrawing a paper: from then on nobody can open it; the board sees why. */
export const PaperWithdrawalSchema = z.object({
  whyWithdrawn: text('reason the paper is withdrawn', 300),
  version: seenVersion,
})
export type PaperWithdrawalInput = z.output<typeof PaperWithdrawalSchema>

/** The chair corrects where an item came from: a different origin and why (published with it). */
export const OriginCorrectionSchema = z.object({
  origin: z.enum(ORIGINS, { error: 'Select where it really came from' }),
  reason: text('reason for the correction', 500),
  version: seenVersion,
})
export type OriginCorrectionInput = z.output<typeof OriginCorrectionSchema>
