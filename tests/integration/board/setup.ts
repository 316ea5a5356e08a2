/** Two areas with boards and their people, and inputs for the board tests. */
import type { Role } from '@/lib/permissions'
import type { AgendaItemInput, MeetingInput, MemberInput } from '@/lib/validation/board'
import { answerItem, proposeItem } from '@/lib/data/board/agenda'
import { scheduleMeeting } from '@/lib/data/board/meetings'
import { addMember } from '@/lib/data/board/membership'
import { openMotion } from '@/lib/data/board/motions'
import { openConsultation } from '@/lib/data/consultations/consultations'
import { approveOrReturnPlan, submitPlanForApproval } from '@/lib/data/plan/approval'
import { createArea, createPriority, draftVersionOf } from '@/tests/factories'
import { db } from '../../setup/test-db'
import { day, person } from '../funding/setup'

export async function boardWorld() {
  const prisma = db().prisma
  const [own, other] = [await createArea(prisma), await createArea(prisma)]
  for (const a of [own, other]) await prisma.board.create({ data: { areaId: a.id, name: `${a.name} board` } })
  const priority = await createPriority(prisma, own.id)
  return {
    own,
    other,
    priority,
    team: await person('DELIVERY_TEAM', [own.id]),
    otherTeam: await person('DELIVERY_TEAM', [other.id]),
    chair: await person('CHAIR', [own.id]),
    otherChair: await person('CHAIR', [other.id]),
    partner: await person('PARTNER', [own.id]),
    otherPartner: await person('PARTNER', [other.id]),
    admin: await person('ADMIN', []),
  }
}
export type World = Awaited<ReturnType<typeof boardWorld>>
export const userOf = (w: World, role: Role) =>
  ({ ADMIN: w.admin, DELIVERY_TEAM: w.team, CHAIR: w.chair, PARTNER: w.partner })[role]

const nextYear = new Date().getUTCFullYear() + 1
export const memberInput = (extra: Partial<MemberInput> = {}): MemberInput => ({
  name: 'Priya Shah',
  organisation: 'Test Academy Trust',
  sector: 'SCHOOLS',
  role: 'MEMBER',
  startsOn: day('2025-09-01'),
  endsOn: null,
  userId: null,
  listedPublicly: false,
  ...extra,
})
export const meetingInput = (extra: Partial<MeetingInput> = {}): MeetingInput => ({
  title: 'Spring board',
  date: day(`${nextYear}-03-10`),
  time: { hour: 18, minute: 30 },
  location: 'Town hall, committee room 2',
  isOnline: false,
  isPublic: true,
  ...extra,
})
export const itemInput = (extra: Partial<AgendaItemInput> = {}): AgendaItemInput => ({
  title: 'Buses to college from the villages',
  description: 'Students miss the first lesson because the only bus arrives at 9:20.',
  origin: null,
  isPrivate: false,
  ...extra,
})

/** Moves a meeting into the past, as time would. */
export const holdMeeting = (id: string) =>
  db().prisma.meeting.update({ where: { id }, data: { startsAt: new Date(Date.now() - 3_600_000) } })

/** The delivery team submits the area's draft and the chair approves it. */
export async function publishDraft(w: World, changeSummary: string) {
  await submitPlanForApproval(w.team, w.own.slug, { version: await draftVersionOf(db().prisma, w.own.slug), changeSummary })
  await approveOrReturnPlan(w.chair, w.own.slug, {
    version: await draftVersionOf(db().prisma, w.own.slug),
    decision: 'approve',
    note: 'Agreed',
  })
}

/** The chair opens a vote and a consultation, closing on 20 January next year at 17:00 and 12:00. */
export async function openVoteAndConsultation(w: World) {
  const year = new Date().getUTCFullYear() + 1
  const motion = await openMotion(w.chair, w.own.slug, {
    question: 'That the board adopts the careers priority',
    closesOn: day(`${year}-01-20`),
    closesAt: { hour: 17, minute: 0 },
    isSecret: false,
  })
  const consultation = await openConsultation(w.chair, w.own.slug, {
    question: 'Which schools first?',
    scope: null,
    closesOn: day(`${year}-01-20`),
    closesAt: { hour: 12, minute: 0 },
  })
  return { motion, consultation }
}

/** A held public meeting with a public and a board-only item, three members with accounts. */
export async function heldMeeting(w: World) {
  const absent = await person('PARTNER', [w.own.id])
  const chairM = await addMember(w.team, w.own.slug, memberInput({ name: 'Chair Person', role: 'CHAIR', userId: w.chair.id }))
  const partnerM = await addMember(w.team, w.own.slug, memberInput({ name: 'Partner One', userId: w.partner.id }))
  await addMember(w.team, w.own.slug, memberInput({ name: 'Absent Partner', userId: absent.id }))
  const meeting = await scheduleMeeting(w.team, w.own.slug, meetingInput({ title: 'Spring board' }))
  const open = await proposeItem(w.partner, w.own.slug, itemInput({ title: 'Public item' }))
  const closed = await proposeItem(w.partner, w.own.slug, itemInput({ title: 'Board-only item', isPrivate: true }))
  for (const i of [open, closed])
    await answerItem(w.chair, i.id, { version: 1, answer: 'place', meetingId: meeting.id, response: null })
  await holdMeeting(meeting.id)
  return { absent, chairM, partnerM, meeting, open, closed }
}
