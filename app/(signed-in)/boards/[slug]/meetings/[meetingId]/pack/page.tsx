import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { originLabel } from '@/components/board/board-labels'
import { requireUser } from '@/lib/auth/session'
import { getMeetingRoom, type MeetingRoom } from '@/lib/data/board/read'
import { formatPartialDate } from '@/lib/format'
import { formatLondon } from '@/lib/london-time'

export const metadata: Metadata = { title: 'Board pack' }

/**
 * The board pack of a meeting on one page for A4 (app/govuk.scss hides the site chrome in
 * print): the agenda with each item's reason and papers, votes to ratify, then the previous
 * meeting's minutes. It is the board's, so board-only items and papers are in it, marked.
 */
export default async function BoardPackPage({ params }: PageProps<'/boards/[slug]/meetings/[meetingId]/pack'>) {
  const user = await requireUser()
  const { slug, meetingId } = await params
  const room = await getMeetingRoom(user, meetingId)
  if (!room || room.area.slug !== slug) notFound()
  const previous = room.previousId ? await getMeetingRoom(user, room.previousId) : null
  const { meeting } = room
  return (
    <article className="app-print">
      <p className="govuk-body app-print-hide">
        <Link href={`/boards/${slug}/meetings/${meeting.id}`} className="govuk-link">
          Back to the meeting
        </Link>{' '}
        · Use your browser’s print command to print this pack or save it as a PDF.
      </p>
      <span className="govuk-caption-l">{room.area.name} partnership board · board pack</span>
      <h1 className="govuk-heading-l">{meeting.title}</h1>
      <p className="govuk-body">
        {formatLondon(new Date(meeting.startsAt))}. {meeting.isOnline ? 'Online' : (meeting.location ?? 'Place not recorded')}.{' '}
        {meeting.isPublic ? 'A public meeting.' : 'A private meeting.'}
      </p>

      <h2 className="govuk-heading-m">Agenda</h2>
      {room.items.length === 0 ? (
        <p className="govuk-body">Nothing is on the agenda yet.</p>
      ) : (
        <ol className="govuk-list govuk-list--number">
          {room.items.map((i) => (
            <li key={i.id} className="govuk-!-margin-bottom-4">
              <strong>{i.title}</strong>
              {i.isPrivate && ' (board only)'}
              <span className="govuk-body-s govuk-!-display-block">
                Put forward by {i.proposer ?? 'unknown'} ({originLabel(i.origin).toLowerCase()})
              </span>
              {i.description && <span className="govuk-!-display-block">{i.description}</span>}
              {i.papers.length > 0 && (
                <span className="govuk-!-display-block">
                  Papers:{' '}
                  {i.papers
                    .map((p) =>
                      p.withdrawnAt ? `${p.title} (withdrawn)` : `${p.title} (${p.fileName}${p.isPublic ? '' : ', board only'})`,
                    )
                    .join('; ')}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {room.toRatify.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Votes between meetings to ratify</h2>
          <ul className="govuk-list govuk-list--bullet">
            {room.toRatify.map((t) => (
              <li key={t.id}>
                {t.question} ({t.quorate ? (t.carried ? 'carried' : 'not carried') : 'not quorate'})
              </li>
            ))}
          </ul>
        </>
      )}

      <section className="app-print-section">
        <h2 className="govuk-heading-m">Minutes of the previous meeting</h2>
        {previous ? (
          <PreviousMinutes room={previous} />
        ) : (
          <p className="govuk-body">This is the board’s first meeting in the portal.</p>
        )}
      </section>
    </article>
  )
}

function PreviousMinutes({ room }: { room: MeetingRoom }) {
  const { meeting, minutes } = room
  const attended = minutes.attendance.filter((a) => a.attended)
  const apologies = minutes.attendance.filter((a) => a.attended === false)
  return (
    <>
      <p className="govuk-body">
        {meeting.title}, {formatLondon(new Date(meeting.startsAt))}.{' '}
        {minutes.status === 'APPROVED'
          ? `Approved${minutes.approvedOn ? ` ${formatPartialDate(minutes.approvedOn)}` : ''}.`
          : minutes.status === 'CIRCULATED'
            ? 'Circulated for approval at this meeting.'
            : 'Not yet circulated.'}
      </p>
      {attended.length > 0 && <p className="govuk-body">Present: {attended.map((a) => a.name).join(', ')}.</p>}
      {apologies.length > 0 && <p className="govuk-body">Apologies: {apologies.map((a) => a.name).join(', ')}.</p>}
      <ol className="govuk-list govuk-list--number">
        {room.items.map((i) => (
          <li key={i.id} className="govuk-!-margin-bottom-4">
            <strong>{i.title}</strong>
            <span className="govuk-!-display-block">{i.minutes ?? 'No minutes recorded.'}</span>
            {i.decisions.map((d) => (
              <span key={d.id} className="govuk-!-display-block">
                Decided {formatPartialDate(d.decidedOn)}: {d.summary}
              </span>
            ))}
          </li>
        ))}
      </ol>
    </>
  )
}
