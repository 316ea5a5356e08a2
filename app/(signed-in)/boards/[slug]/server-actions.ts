'use server'

import { answerItem, proposeItem, recordOutcome, withdrawItem } from '@/lib/data/board/agenda'
import { recordDecision } from '@/lib/data/board/decisions'
import { cancelMeeting, moveMeeting, scheduleMeeting } from '@/lib/data/board/meetings'
import { declareInterest, reviewInterest } from '@/lib/data/board/interests'
import { addMember, endTerm, setDeputy } from '@/lib/data/board/membership'
import {
  answerAmendment,
  approveMinutes,
  circulateMinutes,
  recordAttendance,
  saveItemMinutes,
  suggestAmendment,
} from '@/lib/data/board/minutes'
import { changePaper, uploadPaper, withdrawPaper } from '@/lib/data/board/papers'
import { openMinutesVote } from '@/lib/data/board/minutes-vote'
import { correctOrigin, type OriginTarget } from '@/lib/data/board/origins'
import { castVote, closeMotion, openMotion } from '@/lib/data/board/motions'
import { runForm } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import {
  AgendaAnswerSchema,
  AgendaItemSchema,
  AmendmentAnswerSchema,
  AmendmentSchema,
  ApproveMinutesSchema,
  AttendanceSchema,
  ItemMinutesSchema,
  MinutesStepSchema,
  PaperSchema,
  CloseMotionSchema,
  InterestReviewSchema,
  InterestSchema,
  MinutesVoteSchema,
  MotionSchema,
  OriginCorrectionSchema,
  PaperChangeSchema,
  PaperWithdrawalSchema,
  VoteSchema,
  DecisionSchema,
  DeputySchema,
  EndTermSchema,
  ItemOutcomeSchema,
  MeetingSchema,
  MoveMeetingSchema,
  CancelMeetingSchema,
  MemberSchema,
  WithdrawItemSchema,
} from '@/lib/validation/board'

const REFUSED = 'You cannot change this board’s work.'
const page = (slug: string) => `/boards/${slug}`

export async function handleAddMember(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug],
    schema: MemberSchema,
    refused: REFUSED,
    run: (user, data) => addMember(user, slug, data),
    done: () => ({ to: `${page(slug)}#members`, flash: 'member-added' }),
  })
}

export async function handleEndTerm(slug: string, id: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, id],
    schema: EndTermSchema,
    refused: REFUSED,
    errorField: { INVALID_INPUT: 'endsOn' },
    run: (user, data) => endTerm(user, id, data),
    done: () => ({ to: `${page(slug)}#members`, flash: 'term-ended' }),
  })
}

export async function handleSetDeputy(slug: string, id: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, id],
    schema: DeputySchema,
    refused: REFUSED,
    errorField: { INVALID_INPUT: 'deputyId' },
    run: (user, data) => setDeputy(user, id, data),
    done: () => ({ to: `${page(slug)}#members`, flash: 'deputy-set' }),
  })
}

export async function handleScheduleMeeting(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug],
    schema: MeetingSchema,
    refused: REFUSED,
    errorField: { INVALID_INPUT: 'date' },
    run: (user, data) => scheduleMeeting(user, slug, data),
    done: (m) => ({ to: `${page(slug)}/meetings/${m.id}`, flash: 'meeting-scheduled' }),
  })
}

export async function handleMoveMeeting(slug: string, id: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, id],
    schema: MoveMeetingSchema,
    refused: REFUSED,
    errorField: { INVALID_INPUT: 'date' },
    run: (user, data) => moveMeeting(user, id, data),
    done: () => ({ to: `${page(slug)}/meetings/${id}`, flash: 'meeting-moved' }),
  })
}

export async function handleCancelMeeting(slug: string, id: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, id],
    schema: CancelMeetingSchema,
    refused: REFUSED,
    run: (user, data) => cancelMeeting(user, id, data),
    done: () => ({ to: `${page(slug)}/meetings/${id}`, flash: 'meeting-cancelled' }),
  })
}

export async function handleProposeItem(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug],
    schema: AgendaItemSchema,
    refused: 'You cannot put items forward to this board.',
    errorField: { INVALID_INPUT: 'origin' },
    run: (user, data) => proposeItem(user, slug, data),
    done: () => ({ to: `${page(slug)}#backlog`, flash: 'item-proposed' }),
  })
}

const ANSWER_FLASH = { SCHEDULED: 'item-placed', DEFERRED: 'item-deferred', DECLINED: 'item-declined' } as const

export async function handleAnswerItem(slug: string, id: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, id],
    schema: AgendaAnswerSchema,
    refused: 'You cannot set this board’s agenda.',
    errorField: { INVALID_INPUT: 'meetingId' },
    run: (user, data) => answerItem(user, id, data),
    done: (r) => ({
      to: `${page(slug)}/items/${id}`,
      flash: ANSWER_FLASH[r.status as keyof typeof ANSWER_FLASH] ?? 'item-placed',
    }),
  })
}

export async function handleItemOutcome(
  slug: string,
  meetingId: string,
  id: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, meetingId, id],
    schema: ItemOutcomeSchema,
    refused: REFUSED,
    run: (user, data) => recordOutcome(user, id, data),
    done: (_r, data) => ({
      to: `${page(slug)}/meetings/${meetingId}#item-${id}`,
      flash: data.outcome === 'discussed' ? 'item-discussed' : 'item-carried-over',
    }),
  })
}

export async function handleWithdrawItem(slug: string, id: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, id],
    schema: WithdrawItemSchema,
    refused: 'You cannot withdraw this item.',
    run: (user, data) => withdrawItem(user, id, data),
    done: () => ({ to: `${page(slug)}#backlog`, flash: 'item-withdrawn' }),
  })
}

export async function handleRecordDecision(
  slug: string,
  meetingId: string,
  itemId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, meetingId, itemId],
    schema: DecisionSchema,
    refused: REFUSED,
    run: (user, data) => recordDecision(user, itemId, data),
    done: (_r, data) => ({
      to: `${page(slug)}/meetings/${meetingId}#item-${itemId}`,
      flash: data.addAction ? 'decision-with-action' : 'decision-recorded',
    }),
  })
}

export async function handleOpenMotion(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug],
    schema: MotionSchema,
    refused: 'You cannot open a vote of this board.',
    errorField: { INVALID_INPUT: 'closesOn' },
    run: (user, data) => openMotion(user, slug, data),
    done: (m) => ({ to: `${page(slug)}/motions/${m.id}`, flash: 'motion-opened' }),
  })
}

export async function handleOpenMinutesVote(
  slug: string,
  meetingId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, meetingId],
    schema: MinutesVoteSchema,
    refused: 'You cannot put these minutes to a vote.',
    errorField: { INVALID_INPUT: 'closesOn' },
    run: (user, data) => openMinutesVote(user, meetingId, data),
    done: (m) => ({ to: `${page(slug)}/motions/${m.id}`, flash: 'motion-opened' }),
  })
}

export async function handleCorrectOrigin(
  slug: string,
  target: OriginTarget,
  id: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, target, id],
    schema: OriginCorrectionSchema,
    refused: 'You cannot correct where this came from.',
    errorField: { INVALID_INPUT: 'origin' },
    run: (user, data) => correctOrigin(user, target, id, data),
    done: () => ({ to: target === 'items' ? `${page(slug)}/items/${id}` : page(slug), flash: 'origin-corrected' }),
  })
}

export async function handleCastVote(slug: string, id: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, id],
    schema: VoteSchema,
    refused: 'You cannot vote on this motion.',
    run: (user, data) => castVote(user, id, data),
    done: (r) => ({ to: `${page(slug)}/motions/${id}`, flash: r.changed ? 'vote-changed' : 'vote-cast' }),
  })
}

export async function handleCloseMotion(slug: string, id: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, id],
    schema: CloseMotionSchema,
    refused: 'You cannot record this vote’s result.',
    run: (user, data) => closeMotion(user, id, data),
    done: () => ({ to: `${page(slug)}/motions/${id}`, flash: 'result-recorded' }),
  })
}

/** Declared from the register, an item's page or a motion's page: back there. */
export async function handleDeclareInterest(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug],
    schema: InterestSchema,
    refused: 'You cannot declare an interest on this board.',
    errorField: { INVALID_INPUT: 'interest' },
    run: (user, data) => declareInterest(user, slug, data),
    done: (_r, { about }) => ({
      to: `${page(slug)}/${about.kind === 'register' ? 'interests' : `${about.kind === 'item' ? 'items' : 'motions'}/${about.id}`}`,
      flash: about.kind === 'motion' ? 'interest-declared-vote' : 'interest-declared',
    }),
  })
}

export async function handleReviewInterest(slug: string, id: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, id],
    schema: InterestReviewSchema,
    refused: 'You cannot change this declaration.',
    run: (user, data) => reviewInterest(user, id, data),
    done: (_r, data) => ({
      to: `${page(slug)}/interests`,
      flash: data.review === 'ended' ? 'interest-ended' : 'interest-confirmed',
    }),
  })
}

const meetingPage = (slug: string, meetingId: string) => `${page(slug)}/meetings/${meetingId}`

export async function handleItemMinutes(slug: string, itemId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, itemId],
    schema: ItemMinutesSchema,
    refused: REFUSED,
    run: (user, data) => saveItemMinutes(user, itemId, data),
    done: () => ({ to: `${page(slug)}/items/${itemId}#item-minutes`, flash: 'minutes-saved' }),
  })
}

export async function handleAttendance(
  slug: string,
  meetingId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, meetingId],
    schema: AttendanceSchema,
    refused: REFUSED,
    errorField: { INVALID_INPUT: 'present' },
    run: (user, data) => recordAttendance(user, meetingId, data),
    done: () => ({ to: `${meetingPage(slug, meetingId)}#minutes`, flash: 'attendance-recorded' }),
  })
}

export async function handleCirculateMinutes(
  slug: string,
  meetingId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, meetingId],
    schema: MinutesStepSchema,
    refused: REFUSED,
    run: (user, data) => circulateMinutes(user, meetingId, data),
    done: () => ({ to: `${meetingPage(slug, meetingId)}#minutes`, flash: 'minutes-circulated' }),
  })
}

export async function handleSuggestAmendment(
  slug: string,
  meetingId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, meetingId],
    schema: AmendmentSchema,
    refused: 'You cannot suggest changes to these minutes.',
    errorField: { INVALID_INPUT: 'agendaItemId' },
    run: (user, data) => suggestAmendment(user, meetingId, data),
    done: () => ({ to: `${meetingPage(slug, meetingId)}#minutes`, flash: 'amendment-suggested' }),
  })
}

export async function handleAnswerAmendment(
  slug: string,
  meetingId: string,
  amendmentId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, meetingId, amendmentId],
    schema: AmendmentAnswerSchema,
    refused: REFUSED,
    run: (user, data) => answerAmendment(user, amendmentId, data),
    done: (_r, data) => ({
      to: `${meetingPage(slug, meetingId)}#minutes`,
      flash: data.answer === 'accept' ? 'amendment-accepted' : 'amendment-declined',
    }),
  })
}

export async function handleApproveMinutes(
  slug: string,
  meetingId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, meetingId],
    schema: ApproveMinutesSchema,
    refused: 'You cannot approve these minutes.',
    errorField: { INVALID_INPUT: 'atMeetingId' },
    run: (user, data) => approveMinutes(user, meetingId, data),
    done: () => ({ to: `${meetingPage(slug, meetingId)}#minutes`, flash: 'minutes-approved' }),
  })
}

export async function handleChangePaper(
  slug: string,
  paperId: string,
  itemId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, paperId, itemId],
    schema: PaperChangeSchema,
    refused: REFUSED,
    run: (user, data) => changePaper(user, paperId, data),
    done: () => ({ to: `${page(slug)}/items/${itemId}#papers`, flash: 'paper-changed' }),
  })
}

export async function handleWithdrawPaper(
  slug: string,
  paperId: string,
  itemId: string,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, paperId, itemId],
    schema: PaperWithdrawalSchema,
    refused: REFUSED,
    run: (user, data) => withdrawPaper(user, paperId, data),
    done: () => ({ to: `${page(slug)}/items/${itemId}#papers`, flash: 'paper-withdrawn' }),
  })
}

export async function handleUploadPaper(slug: string, itemId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [slug, itemId],
    schema: PaperSchema,
    refused: REFUSED,
    errorField: { INVALID_INPUT: 'file' },
    run: (user, data) => uploadPaper(user, itemId, data),
    done: () => ({ to: `${page(slug)}/items/${itemId}#papers`, flash: 'paper-uploaded' }),
  })
}
