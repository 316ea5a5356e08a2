/**
 * Approving minutes by a vote between meetings, when the board would otherwise wait months for
 * its next meeting. The chair (`set:agenda`) puts circulated minutes with no suggestion left
 * unanswered to the board's vote; until its result is recorded the minutes do not change
 * (minutes.ts refuses), and a carried result approves and locks them (approveMinutesByVote, in
 * the transaction of closeMotion). A vote not carried leaves them circulated, to be amended or
 * approved at a meeting.
 */
import 'server-only'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { getDb } from '@/lib/db/client'
import { StaleWrite } from '@/lib/errors'
import { formatLondon } from '@/lib/london-time'
import type { MinutesVoteInput } from '@/lib/validation/board'
import { authorizeBoardRow, boardAreaSelect, notNow } from './board-ref'
import { refuseWhileOutToVote } from './minutes'
import { closingInstant, createMotion } from './motions'

/** The wording every minutes vote carries: the board approves the record as circulated. */
export const minutesMotionWording = (m: { title: string; startsAt: Date }) =>
  `That the minutes of ${m.title} (${formatLondon(m.startsAt)}), as circulated, are approved as a true record.`

export async function openMinutesVote(user: SessionUser, meetingId: string, input: MinutesVoteInput): Promise<{ id: string }> {
  const db = await getDb()
  const meeting = authorizeBoardRow(
    user,
    await db.meeting.findUnique({
      where: { id: meetingId },
      select: {
        id: true,
        title: true,
        startsAt: true,
        version: true,
        minutesStatus: true,
        board: { select: { id: true, name: true, quorumPercent: true, ...boardAreaSelect.board.select } },
      },
    }),
    'set:agenda',
    `meeting ${meetingId}`,
  )
  const closesAt = closingInstant(input)
  return db.$transaction(async (tx) => {
    // The lock minutes.ts takes to change the text: a vote never opens on words changing under it.
    await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${meetingId} FOR UPDATE`
    const now = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { minutesStatus: true, version: true } })
    if (now.minutesStatus !== 'CIRCULATED') throw notNow('Minutes are put to a vote once they have been circulated.')
    if (now.version !== input.version)
      throw new StaleWrite(
        'Someone else changed these minutes while you were working. Check them, then try again.',
        String(meeting.version),
      )
    if (await tx.minutesAmendment.count({ where: { meetingId, status: 'OPEN' } }))
      throw notNow('Answer every suggested amendment before the minutes are put to a vote.')
    await refuseWhileOutToVote(tx, meetingId)
    await tx.meeting.update({ where: { id: meetingId }, data: { version: { increment: 1 } } })
    return createMotion(tx, user, meeting.board, {
      question: minutesMotionWording(meeting),
      closesAt,
      isSecret: false,
      minutesOfMeetingId: meetingId,
    })
  })
}
