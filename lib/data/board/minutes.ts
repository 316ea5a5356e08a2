/**
 * Minutes. From the meeting's day the delivery team (`manage:board`) records who attended and
 * drafts the minutes of each agenda item; it circulates them once every item has minutes and
 * attendance is recorded. Members who attended suggest amendments, which the delivery team
 * accepts (and works into the text) or declines. The chair approves them at a later meeting of
 * the board, having attended the one minuted, with no suggestion left unanswered: then they are
 * locked and, for the public items of a public meeting, published. Or the chair puts them to a
 * vote between meetings (minutes-vote.ts): while it is open the minutes do not change, and
 * carried it approves them (approveMinutesByVote). Nothing here is deleted.
 */
import 'server-only'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { actorOf, recordAudit } from '@/lib/data/audit'
import { getDb } from '@/lib/db/client'
import { AppError, StaleWrite } from '@/lib/errors'
import { expirePublicArea } from '@/lib/data/public/cache'
import { formatLondon, londonDate } from '@/lib/london-time'
import type {
  AmendmentAnswerInput,
  AmendmentInput,
  ApproveMinutesInput,
  AttendanceInput,
  ItemMinutesInput,
} from '@/lib/validation/board'
import { authorizeBoardRow, boardAreaSelect, invalid, meetingDayReached, notNow } from './board-ref'
import { currentOn } from './membership'

const meetingSelect = {
  id: true,
  boardId: true,
  title: true,
  startsAt: true,
  isPublic: true,
  version: true,
  status: true,
  minutesStatus: true,
  ...boardAreaSelect,
} as const

/** A cancelled meeting did not happen: nobody attended it and it has no minutes. */
export function refuseCancelled(meeting: { status: string }) {
  if (meeting.status === 'CANCELLED') throw notNow('This meeting was cancelled: it has no attendance or minutes.')
}

async function loadMeeting(id: string) {
  const db = await getDb()
  return db.meeting.findUnique({ where: { id }, select: meetingSelect })
}

const staleMeeting = (version: number) =>
  new StaleWrite('Someone else changed these minutes while you were working. Check them, then try again.', String(version))

const LOCKED = 'These minutes have been approved and are locked.'

type Reader = Pick<Awaited<ReturnType<typeof getDb>>, 'motion'>
type Tx = Parameters<Parameters<Awaited<ReturnType<typeof getDb>>['$transaction']>[0]>[0]

/** Refuses a change to minutes that are out to a vote: the board votes on the text it was sent. */
export async function refuseWhileOutToVote(db: Reader, meetingId: string): Promise<void> {
  const vote = await db.motion.findFirst({
    where: { minutesOfMeetingId: meetingId, status: 'OPEN' },
    select: { closesAt: true },
  })
  if (vote)
    throw notNow(
      `These minutes are out to a vote closing ${formatLondon(vote.closesAt)}. They stay as circulated until its result is recorded.`,
    )
}

/** A carried vote on the minutes approves them, in the transaction that records its result. */
export async function approveMinutesByVote(
  tx: Tx,
  user: SessionUser,
  meeting: { id: string; isPublic: boolean },
  motionId: string,
  areaId: string,
): Promise<void> {
  // Never with a suggestion left unanswered (none can be made while the vote is open).
  if (await tx.minutesAmendment.count({ where: { meetingId: meeting.id, status: 'OPEN' } })) return
  const approved = await tx.meeting.updateMany({
    where: { id: meeting.id, minutesStatus: 'CIRCULATED' },
    data: {
      minutesStatus: 'APPROVED',
      minutesApprovedAt: new Date(),
      minutesApprovedById: user.id,
      minutesApprovedByMotionId: motionId,
      minutesPublished: meeting.isPublic,
      version: { increment: 1 },
    },
  })
  if (approved.count !== 1) return
  await recordAudit(tx, {
    actor: actorOf(user),
    action: 'approved minutes',
    entityType: 'MEETING',
    entityId: meeting.id,
    areaId,
    after: { byVote: motionId, published: meeting.isPublic },
  })
}

/** The meeting's members: current on its day. */
const membersOn = (boardId: string, day: Date) => ({ boardId, ...currentOn(londonDate(day)) })

export async function saveItemMinutes(user: SessionUser, itemId: string, input: ItemMinutesInput): Promise<void> {
  const db = await getDb()
  const item = authorizeBoardRow(
    user,
    await db.agendaItem.findUnique({
      where: { id: itemId },
      select: {
        id: true,
        title: true,
        status: true,
        version: true,
        minutes: true,
        meeting: { select: meetingSelect },
        ...boardAreaSelect,
      },
    }),
    'manage:board',
    `agenda item ${itemId}`,
  )
  const meeting = item.meeting
  if (!meeting || (item.status !== 'SCHEDULED' && item.status !== 'DISCUSSED'))
    throw notNow('Minutes are taken of items on a meeting’s agenda.')
  refuseCancelled(meeting)
  if (!meetingDayReached(meeting.startsAt)) throw notNow('The meeting has not happened yet.')
  if (meeting.minutesStatus === 'APPROVED') throw notNow(LOCKED)
  await db.$transaction(async (tx) => {
    // Approval takes the meeting row's lock too: a draft under way never slips past it.
    await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${meeting.id} FOR UPDATE`
    const now = await tx.meeting.findUniqueOrThrow({ where: { id: meeting.id }, select: { minutesStatus: true, status: true } })
    refuseCancelled(now)
    if (now.minutesStatus === 'APPROVED') throw notNow(LOCKED)
    await refuseWhileOutToVote(tx, meeting.id)
    if (now.minutesStatus === 'NONE') await tx.meeting.update({ where: { id: meeting.id }, data: { minutesStatus: 'DRAFT' } })
    const bumped = await tx.agendaItem.updateMany({
      where: { id: itemId, version: input.version },
      data: { minutes: input.minutes, version: { increment: 1 } },
    })
    if (bumped.count !== 1)
      throw new StaleWrite(
        'Someone else changed these minutes while you were working. Check them, then try again.',
        String(item.version),
      )
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'drafted minutes',
      entityType: 'AGENDA_ITEM',
      entityId: itemId,
      areaId: item.board.area.id,
      before: { minutes: item.minutes },
      after: { minutes: input.minutes },
    })
  })
}

export async function recordAttendance(user: SessionUser, meetingId: string, input: AttendanceInput): Promise<void> {
  const meeting = authorizeBoardRow(user, await loadMeeting(meetingId), 'manage:board', `meeting ${meetingId}`)
  refuseCancelled(meeting)
  if (!meetingDayReached(meeting.startsAt)) throw notNow('The meeting has not happened yet.')
  if (meeting.minutesStatus === 'APPROVED') throw notNow(LOCKED)
  const db = await getDb()
  await refuseWhileOutToVote(db, meetingId)
  const members = await db.boardMembership.findMany({ where: membersOn(meeting.boardId, meeting.startsAt), select: { id: true } })
  const ids = new Set(members.map((m) => m.id))
  if (input.present.some((id) => !ids.has(id))) throw invalid('Tick members of the board on the day of the meeting')
  const present = new Set(input.present)
  await db.$transaction(async (tx) => {
    const bumped = await tx.meeting.updateMany({
      where: { id: meetingId, version: input.version, minutesStatus: { not: 'APPROVED' }, status: { not: 'CANCELLED' } },
      data: { version: { increment: 1 }, ...(meeting.minutesStatus === 'NONE' ? { minutesStatus: 'DRAFT' } : {}) },
    })
    if (bumped.count !== 1) throw staleMeeting(meeting.version)
    for (const m of members)
      await tx.meetingAttendance.upsert({
        where: { meetingId_membershipId: { meetingId, membershipId: m.id } },
        create: { meetingId, membershipId: m.id, attended: present.has(m.id), recordedById: user.id },
        update: { attended: present.has(m.id), recordedById: user.id },
      })
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'recorded attendance',
      entityType: 'MEETING',
      entityId: meetingId,
      areaId: meeting.board.area.id,
      after: { present: present.size, apologies: members.length - present.size },
    })
  })
}

export async function circulateMinutes(user: SessionUser, meetingId: string, input: { version: number }): Promise<void> {
  const meeting = authorizeBoardRow(user, await loadMeeting(meetingId), 'manage:board', `meeting ${meetingId}`)
  refuseCancelled(meeting)
  if (meeting.minutesStatus !== 'DRAFT') throw notNow('Only draft minutes can be circulated.')
  const db = await getDb()
  const [unminuted, attendance] = await Promise.all([
    db.agendaItem.count({
      where: { meetingId, status: { in: ['SCHEDULED', 'DISCUSSED'] }, OR: [{ minutes: null }, { minutes: '' }] },
    }),
    db.meetingAttendance.count({ where: { meetingId, attended: true } }),
  ])
  if (attendance === 0) throw invalid('Record who attended before circulating the minutes')
  if (unminuted > 0) throw invalid(`Write the minutes of every item first: ${unminuted} ${unminuted === 1 ? 'has' : 'have'} none`)
  await db.$transaction(async (tx) => {
    const bumped = await tx.meeting.updateMany({
      where: { id: meetingId, version: input.version, minutesStatus: 'DRAFT' },
      data: { minutesStatus: 'CIRCULATED', version: { increment: 1 } },
    })
    if (bumped.count !== 1) throw staleMeeting(meeting.version)
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'circulated minutes',
      entityType: 'MEETING',
      entityId: meetingId,
      areaId: meeting.board.area.id,
    })
  })
}

/** The user's membership, if they attended the meeting. */
async function attendedAs(meetingId: string, userId: string) {
  const db = await getDb()
  return db.meetingAttendance.findFirst({
    where: { meetingId, attended: true, membership: { person: { user: { is: { id: userId } } } } },
    select: { membershipId: true },
  })
}

export async function suggestAmendment(user: SessionUser, meetingId: string, input: AmendmentInput): Promise<{ id: string }> {
  const meeting = authorizeBoardRow(user, await loadMeeting(meetingId), 'read:board', `meeting ${meetingId}`)
  if (meeting.minutesStatus !== 'CIRCULATED') throw notNow('Amendments are suggested to circulated minutes.')
  if (!(await attendedAs(meetingId, user.id)))
    throw notNow('Only members who attended the meeting suggest amendments to its minutes.')
  const db = await getDb()
  await refuseWhileOutToVote(db, meetingId)
  if (
    input.agendaItemId &&
    !(await db.agendaItem.findFirst({ where: { id: input.agendaItemId, meetingId }, select: { id: true } }))
  )
    throw invalid('Select an item of this meeting, or “The minutes as a whole”')
  return db.$transaction(async (tx) => {
    // The lock a minutes vote takes to open: a suggestion never slips in beside a vote under way.
    await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${meetingId} FOR UPDATE`
    const now = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { minutesStatus: true } })
    if (now.minutesStatus !== 'CIRCULATED') throw notNow('Amendments are suggested to circulated minutes.')
    await refuseWhileOutToVote(tx, meetingId)
    const row = await tx.minutesAmendment.create({
      data: { meetingId, agendaItemId: input.agendaItemId, proposedById: user.id, suggestion: input.suggestion as string },
      select: { id: true },
    })
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'suggested amendment to minutes',
      entityType: 'MEETING',
      entityId: meetingId,
      areaId: meeting.board.area.id,
      after: { item: input.agendaItemId, suggestion: input.suggestion },
    })
    return row
  })
}

export async function answerAmendment(user: SessionUser, amendmentId: string, input: AmendmentAnswerInput): Promise<void> {
  const db = await getDb()
  const a = await db.minutesAmendment.findUnique({
    where: { id: amendmentId },
    select: { id: true, status: true, version: true, meeting: { select: meetingSelect } },
  })
  const meeting = authorizeBoardRow(user, a?.meeting ?? null, 'manage:board', `amendment ${amendmentId}`)
  if (!a) throw new AppError('NOT_FOUND', { message: `amendment ${amendmentId}` })
  if (meeting.minutesStatus === 'APPROVED') throw notNow(LOCKED)
  if (a.status !== 'OPEN') throw notNow('This suggestion has already been answered.')
  await refuseWhileOutToVote(db, meeting.id)
  await db.$transaction(async (tx) => {
    const bumped = await tx.minutesAmendment.updateMany({
      where: { id: amendmentId, version: input.version, status: 'OPEN' },
      data: { status: input.answer === 'accept' ? 'ACCEPTED' : 'DECLINED', respondedById: user.id, version: { increment: 1 } },
    })
    if (bumped.count !== 1) throw new StaleWrite('This suggestion changed while you were working.', String(a.version))
    await recordAudit(tx, {
      actor: actorOf(user),
      action: input.answer === 'accept' ? 'accepted amendment' : 'declined amendment',
      entityType: 'MEETING',
      entityId: meeting.id,
      areaId: meeting.board.area.id,
      after: { amendment: amendmentId },
    })
  })
}

export async function approveMinutes(user: SessionUser, meetingId: string, input: ApproveMinutesInput): Promise<void> {
  const meeting = authorizeBoardRow(user, await loadMeeting(meetingId), 'set:agenda', `meeting ${meetingId}`)
  refuseCancelled(meeting)
  if (meeting.minutesStatus !== 'CIRCULATED') throw notNow('Minutes are approved once they have been circulated.')
  const db = await getDb()
  await refuseWhileOutToVote(db, meetingId)
  if (!(await attendedAs(meetingId, user.id))) {
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actor: actorOf(user),
        action: 'minutes approval refused',
        entityType: 'MEETING',
        entityId: meetingId,
        areaId: meeting.board.area.id,
        after: { reason: 'did not attend' },
      }),
    )
    throw notNow('Only a chair who attended the meeting approves its minutes.')
  }
  const at = await db.meeting.findFirst({
    where: { id: input.atMeetingId, boardId: meeting.boardId, startsAt: { gt: meeting.startsAt }, status: { not: 'CANCELLED' } },
    select: { id: true, startsAt: true, title: true },
  })
  if (!at || !meetingDayReached(at.startsAt)) throw invalid('Select a later meeting of the board that has taken place')
  if (await db.minutesAmendment.count({ where: { meetingId, status: 'OPEN' } }))
    throw notNow('Answer every suggested amendment before the minutes are approved.')
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${meetingId} FOR UPDATE`
    const bumped = await tx.meeting.updateMany({
      where: { id: meetingId, version: input.version, minutesStatus: 'CIRCULATED' },
      data: {
        minutesStatus: 'APPROVED',
        minutesApprovedAt: new Date(),
        minutesApprovedById: user.id,
        minutesApprovedAtMeetingId: at.id,
        minutesPublished: meeting.isPublic,
        version: { increment: 1 },
      },
    })
    if (bumped.count !== 1) throw staleMeeting(meeting.version)
    await recordAudit(tx, {
      actor: actorOf(user),
      action: 'approved minutes',
      entityType: 'MEETING',
      entityId: meetingId,
      areaId: meeting.board.area.id,
      after: { at: at.title, published: meeting.isPublic },
    })
  })
  if (meeting.isPublic) expirePublicArea(meeting.board.area.slug)
}
