import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { DemoTag, ItemStatusTag, originLabel } from '@/components/board/board-labels'
import { FlashBanner } from '@/components/ui/flash-banner'
import { requireUser } from '@/lib/auth/session'
import { getMeetingRoom } from '@/lib/data/board/read'
import { formatLondon } from '@/lib/london-time'
import { DecisionList } from '../../_components/decision-list'

export const metadata: Metadata = { title: 'Board meeting' }

export default async function MeetingPage({ params, searchParams }: PageProps<'/boards/[slug]/meetings/[meetingId]'>) {
  const user = await requireUser()
  const [{ slug, meetingId }, query] = await Promise.all([params, searchParams])
  const room = await getMeetingRoom(user, meetingId)
  if (!room || room.area.slug !== slug) notFound()
  const { meeting, items, can } = room
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
          ['When', formatLondon(new Date(meeting.startsAt))],
          ['Where', `${meeting.isOnline ? 'Online: ' : ''}${meeting.location ?? 'Not recorded'}`],
          [
            'Who can see it',
            meeting.isPublic
              ? 'Public: its public items and their decisions are on the area’s board page'
              : 'Private: the board only',
          ],
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
              <DecisionList slug={slug} decisions={i.decisions} />
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
    </>
  )
}
