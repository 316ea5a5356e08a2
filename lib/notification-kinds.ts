/**
 * Every kind of notification: what a user sees in their preferences, and how e-mail about it
 * goes by default. Deadlines (votes, consultations) go at once; the rest waits for the daily
 * digest, because the programme's partners were short of time, not of e-mail. Safe in the browser.
 */
import type { MailFrequency, NotificationKind } from '@/lib/generated/prisma/enums'

export type KindInfo = { label: string; hint: string; defaultFrequency: MailFrequency }

export const NOTIFICATION_KINDS: Record<NotificationKind, KindInfo> = {
  PROPOSAL_RECEIVED: {
    label: 'A partner proposes a change',
    hint: 'For the delivery team and chair of the area.',
    defaultFrequency: 'IMMEDIATE',
  },
  PROPOSAL_ANSWERED: {
    label: 'Your proposal is answered',
    hint: 'Accepted or declined, with the reason.',
    defaultFrequency: 'IMMEDIATE',
  },
  DRAFT_SUBMITTED: { label: 'A draft plan is sent for approval', hint: 'For the chair.', defaultFrequency: 'IMMEDIATE' },
  DRAFT_RETURNED: {
    label: 'A draft plan is returned',
    hint: 'For the delivery team, with the chair’s reasons.',
    defaultFrequency: 'IMMEDIATE',
  },
  PLAN_APPROVED: {
    label: 'A plan is approved and published',
    hint: 'For everyone on the area’s board.',
    defaultFrequency: 'DAILY',
  },
  PAPERS_PUBLISHED: { label: 'Papers are added for a meeting', hint: 'For board members.', defaultFrequency: 'DAILY' },
  VOTE_OPENED: { label: 'A vote opens', hint: 'For board members who may vote.', defaultFrequency: 'IMMEDIATE' },
  VOTE_CLOSING: { label: 'A vote closes soon', hint: 'When you have not voted yet.', defaultFrequency: 'IMMEDIATE' },
  CONSULTATION_OPENED: { label: 'A consultation opens', hint: 'For board members.', defaultFrequency: 'IMMEDIATE' },
  CONSULTATION_CLOSING: {
    label: 'A consultation closes soon',
    hint: 'When you have not responded yet.',
    defaultFrequency: 'DAILY',
  },
  ACTION_OVERDUE: { label: 'An action you own is overdue', hint: 'Its due date has passed.', defaultFrequency: 'WEEKLY' },
  MENTION: { label: 'Someone mentions you', hint: 'With @ and your name in a comment.', defaultFrequency: 'IMMEDIATE' },
  COMMENT_POSTED: {
    label: 'A board member comments on the plan or an agenda item',
    hint: 'For the delivery team and chair, who give the official response.',
    defaultFrequency: 'DAILY',
  },
  MEETING_CHANGED: {
    label: 'A meeting is moved or cancelled',
    hint: 'For everyone on the board, with the reason.',
    defaultFrequency: 'IMMEDIATE',
  },
  COMMENT_ANSWERED: {
    label: 'An official response is given where you commented',
    hint: 'From the delivery team or the chair.',
    defaultFrequency: 'IMMEDIATE',
  },
}

/** The kinds offered on the preferences page: every kind the portal sends. */
export const KINDS_SENT = Object.keys(NOTIFICATION_KINDS) as NotificationKind[]

export const FREQUENCY_LABELS: Record<MailFrequency, string> = {
  IMMEDIATE: 'E-mail me at once',
  DAILY: 'In a daily e-mail digest',
  WEEKLY: 'In a weekly e-mail digest (Mondays)',
  NEVER: 'No e-mail: only in the portal',
}
