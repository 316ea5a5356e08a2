import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ItemStatusTag, originLabel } from '@/components/board/board-labels'
import { FlashBanner } from '@/components/ui/flash-banner'
import { requireUser } from '@/lib/auth/session'
import { getItemRoom, getMeetingRoom } from '@/lib/data/board/read'
import { formatPartialDate } from '@/lib/format'
import { formatLondon, londonParts } from '@/lib/london-time'
import { DecisionForm } from '../../_components/decision-form'
import { DecisionList } from '../../_components/decision-list'
import { ItemMinutesForm, UploadPaperForm } from '../../_components/minutes-forms'
import { PaperList } from '../../_components/paper-list'
import { AnswerItemForm, OutcomeForm, WithdrawItemForm } from '../../_components/item-forms'
import { DeclareInterestForm } from '../../_components/vote-forms'
import { CommentForm } from '@/components/comments/comment-form'
import { CommentThread, OfficialResponse } from '@/components/comments/comment-thread'
import { getThread } from '@/lib/data/comments/comments'
import { handleComment } from '@/app/(signed-in)/comments/server-actions'

export const metadata: Metadata = { title: 'Agenda item' }

export default async function ItemPage({ params, searchParams }: PageProps<'/boards/[slug]/items/[itemId]'>) {
  const user = await requireUser()
  const [{ slug, itemId }, query] = await Promise.all([params, searchParams])
  const room = await getItemRoom(user, itemId)
  if (!room || room.area.slug !== slug) notFound()
  const { item, can } = room
  const thread = await getThread(user, 'items', item.id)
  const meetingRoom = item.meeting ? await getMeetingRoom(user, item.meeting.id) : null
  const started = meetingRoom?.meeting.started ?? false
  const inMeeting = meetingRoom?.items.find((i) => i.id === item.id)
  const decisions = inMeeting?.decisions ?? []
  const minutesOpen = meetingRoom?.minutes.status !== 'APPROVED'
  const waiting = item.status === 'BACKLOG' || item.status === 'DEFERRED' || (item.status === 'SCHEDULED' && !started)
  const onAgenda = item.status === 'SCHEDULED' || item.status === 'DISCUSSED'
  const day = item.meeting ? londonParts(new Date(item.meeting.startsAt)) : null
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/boards/${slug}#backlog`} className="govuk-back-link">
          Back to the board
        </Link>
        <FlashBanner params={query} />
        <span className="govuk-caption-l">{room.area.name} · agenda item</span>
        <h1 className="govuk-heading-l">{item.title}</h1>
        <dl className="govuk-summary-list">
          {[
            ['Status', <ItemStatusTag key="s" status={item.status} />],
            [
              'Put forward by',
              `${item.proposer ?? 'Unknown'}${item.mine ? ' (you)' : ''}, ${formatPartialDate(item.proposedOn)}`,
            ],
            [
              'Origin',
              can.correctOrigin ? (
                <span key="o">
                  {originLabel(item.origin)} (
                  <Link className="govuk-link" href={`/boards/${slug}/origin/items/${item.id}`}>
                    correct it<span className="govuk-visually-hidden">: where this item came from</span>
                  </Link>
                  )
                </span>
              ) : (
                originLabel(item.origin)
              ),
            ],
            ['Why it matters', item.description ?? 'Not given'],
            ['Who can see it', item.isPrivate ? 'The board only' : 'Public, once on a public meeting’s agenda'],
            ...(item.meeting
              ? [
                  [
                    'Meeting',
                    <Link key="m" className="govuk-link" href={`/boards/${slug}/meetings/${item.meeting.id}`}>
                      {item.meeting.title}, {formatLondon(new Date(item.meeting.startsAt))}
                    </Link>,
                  ],
                ]
              : []),
            ...(item.carriedOver > 0
              ? [['Carried over', `${item.carriedOver} ${item.carriedOver === 1 ? 'time' : 'times'}`]]
              : []),
            ...(item.response ? [['Chair’s reason', item.response]] : []),
            ...(room.declarations.length
              ? [['Interests declared', room.declarations.map((d) => `${d.name}: ${d.interest}`).join('; ')]]
              : []),
          ].map(([k, v]) => (
            <div className="govuk-summary-list__row" key={String(k)}>
              <dt className="govuk-summary-list__key">{k}</dt>
              <dd className="govuk-summary-list__value">{v}</dd>
            </div>
          ))}
        </dl>
        {onAgenda && (
          <>
            <h2 className="govuk-heading-m" id="papers">
              Papers
            </h2>
            {inMeeting?.papers.length ? (
              <PaperList slug={slug} papers={inMeeting.papers} manage={can.manage} />
            ) : (
              <p className="govuk-body">None yet.</p>
            )}
            {can.manage && <UploadPaperForm slug={slug} itemId={item.id} />}
          </>
        )}
        {onAgenda && started && (
          <>
            <h2 className="govuk-heading-m" id="item-minutes">
              Minutes
            </h2>
            {can.manage && minutesOpen ? (
              <ItemMinutesForm slug={slug} itemId={item.id} version={item.version} minutes={inMeeting?.minutes ?? ''} />
            ) : (
              <p className="govuk-body">{inMeeting?.minutes ?? 'Not written yet.'}</p>
            )}
          </>
        )}
        {onAgenda && (
          <>
            <h2 className="govuk-heading-m">Decisions</h2>
            {decisions.length ? (
              <DecisionList slug={slug} decisions={decisions} correctable={can.correctOrigin} />
            ) : (
              <p className="govuk-body">None recorded.</p>
            )}
          </>
        )}
        {waiting && can.setAgenda && (
          <AnswerItemForm
            slug={slug}
            id={item.id}
            version={item.version}
            meetings={room.meetings.map((m) => ({ value: m.id, label: `${m.title}, ${formatLondon(new Date(m.startsAt))}` }))}
          />
        )}
        {item.status === 'SCHEDULED' && started && item.meeting && (can.manage || can.setAgenda) && (
          <>
            <h2 className="govuk-heading-m">Did the board reach it?</h2>
            <OutcomeForm slug={slug} meetingId={item.meeting.id} id={item.id} version={item.version} title={item.title} />
          </>
        )}
        {onAgenda && started && item.meeting && can.manage && day && (
          <>
            <h2 className="govuk-heading-m">Record a decision</h2>
            <DecisionForm
              slug={slug}
              meetingId={item.meeting.id}
              itemId={item.id}
              meetingDay={{ day: day.day, month: day.month, year: day.year }}
              priorities={can.editPlan ? (meetingRoom?.priorities ?? []).map((p) => ({ value: p.id, label: p.label })) : null}
            />
          </>
        )}
        {thread && (
          <section aria-labelledby="comments">
            <h2 className="govuk-heading-m" id="comments">
              Comments ({thread.comments.length})
            </h2>
            <OfficialResponse comment={thread.official} />
            <CommentThread comments={thread.comments} />
            {thread.can.post && (
              <CommentForm
                action={handleComment.bind(null, 'items', item.id)}
                canAnswer={thread.can.answer}
                mentionable={thread.mentionable}
              />
            )}
          </section>
        )}
        {waiting && item.mine && <WithdrawItemForm slug={slug} id={item.id} version={item.version} />}
        {room.isMember && (item.status === 'SCHEDULED' || item.status === 'BACKLOG' || item.status === 'DEFERRED') && (
          <DeclareInterestForm
            slug={slug}
            about={`item:${item.id}`}
            heading="Declare an interest in this item"
            hint="For example, your school is one the item is about. It is minuted with the item."
          />
        )}
      </div>
    </div>
  )
}
