import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { DemoTag, ItemStatusTag, originLabel, roleLabel } from '@/components/board/board-labels'
import { NamedDeputyForm } from '@/components/board/named-deputy-form'
import { FlashBanner } from '@/components/ui/flash-banner'
import { handleNameDeputy } from '@/app/(signed-in)/deputies/server-actions'
import { requireUser } from '@/lib/auth/session'
import { getMeetingRoom, type MeetingRoom } from '@/lib/data/board/read'
import { formatPartialDate } from '@/lib/format'
import { formatLondon } from '@/lib/london-time'
import { DecisionList } from '../../_components/decision-list'
import { PaperList } from '../../_components/paper-list'
import { CancelMeetingForm, MoveMeetingForm } from '../../_components/meeting-form'
import {
  AnswerAmendmentForm,
  ApproveMinutesForm,
  MinutesVoteForm,
  AttendanceForm,
  CirculateForm,
  SuggestAmendmentForm,
} from '../../_components/minutes-forms'

export const metadata: Metadata = { title: 'Board meeting' }

export default async function MeetingPage({ params, searchParams }: PageProps<'/boards/[slug]/meetings/[meetingId]'>) {
  const user = await requireUser()
  const [{ slug, meetingId }, query] = await Promise.all([params, searchParams])
  const room = await getMeetingRoom(user, meetingId)
  if (!room || room.area.slug !== slug) notFound()
  const { meeting, items, can } = room
  const standIns = room.minutes.attendance.filter((a) => a.deputy)
  return (
    <>
      <Link href={`/boards/${slug}#meetings`} className="govuk-back-link">
        Back to the board
      </Link>
      <FlashBanner params={query} />
      <span className="govuk-caption-l">{room.area.name}</span>
      <h1 className="govuk-heading-l">
        {meeting.title}
        <DemoTag show={meeting.isDemo} />
      </h1>
      <dl className="govuk-summary-list">
        {[
          ...(meeting.cancelled ? [['Cancelled', meeting.cancelled]] : []),
          ['When', formatLondon(new Date(meeting.startsAt))],
          ['Where', `${meeting.isOnline ? 'Online: ' : ''}${meeting.location ?? 'Not recorded'}`],
          [
            'Who can see it',
            meeting.isPublic
              ? 'Public: its public items and their decisions are on the area’s board page'
              : 'Private: the board only',
          ],
          ...(standIns.length > 0 ? [['Deputies', standIns.map((a) => `${a.deputy} attends for ${a.name}`).join('; ')]] : []),
        ].map(([k, v]) => (
          <div className="govuk-summary-list__row" key={k}>
            <dt className="govuk-summary-list__key">{k}</dt>
            <dd className="govuk-summary-list__value">{v}</dd>
          </div>
        ))}
      </dl>
      <h2 className="govuk-heading-m">Agenda</h2>
      {room.toRatify.length > 0 && (
        <div className="govuk-inset-text">
          <h3 className="govuk-heading-s">Votes between meetings to ratify</h3>
          <ul className="govuk-list">
            {room.toRatify.map((t) => (
              <li key={t.id}>
                <Link className="govuk-link" href={`/boards/${slug}/motions/${t.id}`}>
                  {t.question}
                </Link>{' '}
                ({t.quorate ? (t.carried ? 'carried' : 'not carried') : 'not quorate'})
              </li>
            ))}
          </ul>
        </div>
      )}
      {items.length === 0 ? (
        <p className="govuk-body">
          Nothing is on the agenda yet.{' '}
          {can.setAgenda ? 'Put items on it from the board’s backlog.' : 'The chair puts items on it from the board’s backlog.'}
        </p>
      ) : (
        <ol className="govuk-list govuk-list--number">
          {items.map((i) => (
            <li key={i.id} id={`item-${i.id}`} className="govuk-!-margin-bottom-6">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                <Link className="govuk-link" href={`/boards/${slug}/items/${i.id}`}>
                  {i.title}
                </Link>{' '}
                <ItemStatusTag status={i.status} />
                <DemoTag show={i.isDemo} />
              </h3>
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                Put forward by {i.proposer ?? 'unknown'} ({originLabel(i.origin)}){i.isPrivate ? ' · Board only' : ''}
              </p>
              {i.description && <p className="govuk-body">{i.description}</p>}
              {i.papers.length > 0 && <PaperList slug={slug} papers={i.papers} manage={can.manage} />}
              {i.minutes && (
                <div className="govuk-inset-text govuk-!-margin-top-2">
                  <span className="govuk-visually-hidden">Minutes: </span>
                  {i.minutes}
                </div>
              )}
              <DecisionList slug={slug} decisions={i.decisions} correctable={room.can.correctOrigin} />
              {meeting.started && (can.manage || can.setAgenda) && (
                <p className="govuk-body">
                  <Link className="govuk-link" href={`/boards/${slug}/items/${i.id}`}>
                    Record what happened<span className="govuk-visually-hidden"> to “{i.title}”</span>
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {meeting.started && <MinutesSection slug={slug} room={room} />}
      <p className="govuk-body">
        <Link className="govuk-link" href={`/boards/${slug}/meetings/${meeting.id}/pack`}>
          Board pack: agenda, papers and the previous minutes, to print
        </Link>
      </p>
      {room.namedDeputy && (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <NamedDeputyForm
              action={handleNameDeputy.bind(null, 'meeting', meeting.id)}
              kind="meeting"
              choices={room.namedDeputy.choices}
              current={room.namedDeputy.current}
            />
          </div>
        </div>
      )}
      {can.manage && meeting.upcoming && (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <MoveMeetingForm slug={slug} id={meeting.id} version={meeting.version} />
            <CancelMeetingForm slug={slug} id={meeting.id} version={meeting.version} />
          </div>
        </div>
      )}
    </>
  )
}

const MINUTES_STATUS = {
  NONE: 'Not started',
  DRAFT: 'Being drafted by the delivery team',
  CIRCULATED: 'Circulated to the members who attended, for comment',
  APPROVED: 'Approved and locked',
} as const

function MinutesSection({ slug, room }: { slug: string; room: MeetingRoom }) {
  const { minutes, can, meeting } = room
  const open = minutes.amendments.filter((a) => a.status === 'OPEN')
  const recorded = minutes.attendance.some((a) => a.attended !== null)
  const outToVote = minutes.vote?.open === true
  const byVote = minutes.status === 'APPROVED' && !minutes.approvedAt && minutes.vote?.carried === true
  return (
    <section aria-labelledby="minutes" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="minutes">
        Minutes
      </h2>
      <p className="govuk-body">
        {MINUTES_STATUS[minutes.status]}
        {minutes.status === 'APPROVED' &&
          `${minutes.approvedAt ? ` at ${minutes.approvedAt}` : byVote ? ' by a vote between meetings' : ''}${minutes.approvedOn ? ` (${formatPartialDate(minutes.approvedOn)})` : ''}.${meeting.isPublic ? ' Its public items are published.' : ''}`}
      </p>
      {minutes.vote && (
        <p className={outToVote ? 'govuk-inset-text' : 'govuk-body'}>
          {outToVote
            ? `Out to a vote of the board, closing ${formatLondon(minutes.vote.closesAt)}: until its result is recorded the minutes stay as circulated. `
            : byVote
              ? ''
              : `A vote between meetings did not approve them (${formatLondon(minutes.vote.closesAt)}). `}
          <Link className="govuk-link" href={`/boards/${slug}/motions/${minutes.vote.id}`}>
            See the vote on the minutes
          </Link>
        </p>
      )}
      {recorded ? (
        <p className="govuk-body">
          Attended:{' '}
          {minutes.attendance
            .filter((a) => a.attended)
            .map((a) => a.name)
            .join(', ') || 'nobody recorded'}
          .{' '}
          {minutes.attendance.some((a) => a.attended === false) &&
            `Apologies: ${minutes.attendance
              .filter((a) => a.attended === false)
              .map((a) => (a.deputy ? `${a.name} (${a.deputy} attended for them)` : a.name))
              .join(', ')}.`}
        </p>
      ) : (
        <p className="govuk-body">Attendance has not been recorded.</p>
      )}
      {can.manage && minutes.status !== 'APPROVED' && !outToVote && (
        <>
          <AttendanceForm
            slug={slug}
            meetingId={meeting.id}
            version={minutes.version}
            members={minutes.attendance.map((a) => ({
              membershipId: a.membershipId,
              label: `${a.name} (${roleLabel(a.role)})${a.deputy ? `, ${a.deputy} attends for them` : ''}`,
              attended: a.attended,
            }))}
          />
          {minutes.status === 'DRAFT' && (
            <>
              <p className="govuk-body">
                Write each item’s minutes from its page, then circulate them to the members who attended.
              </p>
              <CirculateForm slug={slug} meetingId={meeting.id} version={minutes.version} />
            </>
          )}
        </>
      )}
      {minutes.amendments.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Suggested changes</h3>
          <ul className="govuk-list">
            {minutes.amendments.map((a) => (
              <li key={a.id} className="govuk-!-margin-bottom-4">
                <strong>{a.proposer}</strong> on {a.item ? `“${a.item}”` : 'the minutes as a whole'}: {a.suggestion}{' '}
                <strong className="govuk-tag govuk-tag--grey">
                  {AMENDMENT_STATUS[a.status as keyof typeof AMENDMENT_STATUS]}
                </strong>
                {can.manage && a.status === 'OPEN' && (
                  <AnswerAmendmentForm slug={slug} meetingId={meeting.id} id={a.id} version={a.version} />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {minutes.status === 'CIRCULATED' && minutes.attended && !outToVote && (
        <SuggestAmendmentForm
          slug={slug}
          meetingId={meeting.id}
          items={room.items.map((i) => ({ value: i.id, label: i.title }))}
        />
      )}
      {minutes.status === 'CIRCULATED' &&
        can.setAgenda &&
        !outToVote &&
        (open.length > 0 ? (
          <p className="govuk-inset-text">The delivery team answers every suggested change before the minutes are approved.</p>
        ) : (
          <>
            {minutes.attended ? (
              <ApproveMinutesForm
                slug={slug}
                meetingId={meeting.id}
                version={minutes.version}
                meetings={minutes.laterMeetings.map((m) => ({ value: m.id, label: m.label }))}
              />
            ) : (
              <p className="govuk-inset-text">Only a chair who attended the meeting approves its minutes at a meeting.</p>
            )}
            <MinutesVoteForm slug={slug} meetingId={meeting.id} version={minutes.version} />
          </>
        ))}
    </section>
  )
}

const AMENDMENT_STATUS = { OPEN: 'Waiting for an answer', ACCEPTED: 'Accepted', DECLINED: 'Declined' } as const
