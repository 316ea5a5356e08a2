import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { DemoTag } from '@/components/board/board-labels'
import { FlashBanner } from '@/components/ui/flash-banner'
import { requireUser } from '@/lib/auth/session'
import { getMotionRoom } from '@/lib/data/board/read-votes'
import { formatLondon } from '@/lib/london-time'
import { VOTE_LABELS } from '@/lib/validation/board'
import { tallyWords } from '../../_components/tally-list'
import { CloseMotionForm, DeclareInterestForm, VoteForm } from '../../_components/vote-forms'
import { NamedDeputyForm } from '@/components/board/named-deputy-form'
import { handleNameDeputy } from '@/app/(signed-in)/deputies/server-actions'

export const metadata: Metadata = { title: 'Vote between meetings' }

export default async function MotionPage({ params, searchParams }: PageProps<'/boards/[slug]/motions/[motionId]'>) {
  const user = await requireUser()
  const [{ slug, motionId }, query] = await Promise.all([params, searchParams])
  const room = await getMotionRoom(user, motionId)
  if (!room || room.area.slug !== slug) notFound()
  const { motion, me } = room
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/boards/${slug}#votes`} className="govuk-back-link">
          Back to the board
        </Link>
        <FlashBanner params={query} />
        <span className="govuk-caption-l">{room.area.name} · vote between meetings</span>
        <h1 className="govuk-heading-l">
          {motion.question}
          <DemoTag show={motion.isDemo} />
        </h1>
        <dl className="govuk-summary-list">
          {[
            [
              'Status',
              motion.open
                ? `Open until ${formatLondon(new Date(motion.closesAt))}`
                : motion.recorded
                  ? 'Result recorded'
                  : 'Closed: result to be recorded',
            ],
            [
              'Ballot',
              motion.isSecret ? 'Secret: the board sees who voted, not how' : 'Named: the board sees how each member voted',
            ],
            [motion.recorded ? 'Result' : 'Count', tallyWords(motion.tally, motion.recorded)],
            ...(room.declarations.length
              ? [['Interests declared', room.declarations.map((d) => `${d.name}: ${d.interest}`).join('; ')]]
              : []),
          ].map(([k, v]) => (
            <div className="govuk-summary-list__row" key={k}>
              <dt className="govuk-summary-list__key">{k}</dt>
              <dd className="govuk-summary-list__value">{v}</dd>
            </div>
          ))}
        </dl>
        {room.minutesOf && (
          <p className="govuk-inset-text">
            Carried, this vote approves and locks the minutes of{' '}
            <Link className="govuk-link" href={`/boards/${slug}/meetings/${room.minutesOf.id}#minutes`}>
              {room.minutesOf.title}
            </Link>{' '}
            as circulated; read them there before you vote.
          </p>
        )}

        {motion.open && (me.position === 'eligible' || room.voteFor.length > 0) && (
          <VoteForm slug={slug} id={motion.id} current={me.vote} eligible={me.position === 'eligible'} voteFor={room.voteFor} />
        )}
        {room.namedDeputy && (
          <NamedDeputyForm
            action={handleNameDeputy.bind(null, 'motion', motion.id)}
            kind="motion"
            choices={room.namedDeputy.choices}
            current={room.namedDeputy.current}
          />
        )}
        {me.position === 'conflicted' && (
          <p className="govuk-inset-text">You declared an interest in this motion, so you take no part in the vote.</p>
        )}
        {motion.open && me.position === 'not-voting' && room.voteFor.length === 0 && (
          <p className="govuk-inset-text">Only the board’s current voting members with a portal account vote.</p>
        )}

        <h2 className="govuk-heading-m">{motion.isSecret ? 'Who has voted' : 'Votes'}</h2>
        {room.votes.length === 0 ? (
          <p className="govuk-body">Nobody has voted yet.</p>
        ) : (
          <ul className="govuk-list">
            {room.votes.map((v) => (
              <li key={v.name}>
                {v.name}
                {v.choice && `: ${VOTE_LABELS[v.choice]}`}
                {v.enteredBy && ` (entered by ${v.enteredBy}, their deputy)`}
                {v.reason && <span className="govuk-body-s govuk-!-display-block">{v.reason}</span>}
              </li>
            ))}
          </ul>
        )}
        {motion.open && room.notVoted.length > 0 && <p className="govuk-body">Not voted yet: {room.notVoted.join(', ')}.</p>}

        {room.canClose && (!motion.open || motion.tally.cast === motion.tally.eligible) && (
          <>
            <h2 className="govuk-heading-m">Record the result</h2>
            <p className="govuk-body">It is listed for ratification at the board’s next meeting.</p>
            <CloseMotionForm slug={slug} id={motion.id} version={motion.version} />
          </>
        )}
        {motion.open && me.member && me.position !== 'conflicted' && (
          <DeclareInterestForm
            slug={slug}
            about={`motion:${motion.id}`}
            heading="Declare an interest in this motion"
            hint="For example, your organisation would receive the funding. You will take no part in the vote, and a vote you cast is withdrawn."
          />
        )}
      </div>
    </div>
  )
}
