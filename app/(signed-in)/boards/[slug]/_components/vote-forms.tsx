'use client'

import { CheckboxField } from '@/components/forms/checkbox-field'
import { DeadlineFields } from '@/components/forms/deadline-fields'
import { ErrorSummary } from '@/components/forms/error-summary'
import { RadiosField } from '@/components/forms/radios'
import { TextArea } from '@/components/forms/text-area'
import { useFormFields } from '@/components/forms/use-form-fields'
import { VOTE_CHOICES, VOTE_LABELS } from '@/lib/validation/board'
import {
  handleCastVote,
  handleCloseMotion,
  handleDeclareInterest,
  handleOpenMotion,
  handleReviewInterest,
} from '../server-actions'

export function OpenMotionForm({ slug, quorumPercent }: { slug: string; quorumPercent: number }) {
  const f = useFormFields(handleOpenMotion.bind(null, slug), ['question', 'closesOn', 'closesAt', 'isSecret'], ['closesOn'])
  return (
    <form action={f.action} noValidate>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <TextArea
        name="question"
        label="Motion"
        hint="The wording members vote for or against, for example “That the board adopts the revised careers priority”"
        rows={4}
        maxLength={1000}
        value={f.value('question')}
        error={f.err('question')}
      />
      <DeadlineFields
        legend="Voting closes on"
        date={f.date('closesOn')}
        time={f.value('closesAt', '17:00')}
        errors={{ closesOn: f.err('closesOn'), closesAt: f.err('closesAt') }}
      />
      <CheckboxField
        name="isSecret"
        label="Secret ballot"
        hint="By default a vote is named: the board sees how each member voted. In a secret ballot it sees the count and who voted, not how."
        checked={f.value('isSecret') === 'yes'}
        error={f.err('isSecret')}
      />
      <p className="govuk-body">
        The result counts if at least {quorumPercent}% of the voting members with no interest declared vote (the board’s quorum
        rule).
      </p>
      <button type="submit" className="govuk-button" disabled={f.pending} aria-disabled={f.pending}>
        Open the vote
      </button>
    </form>
  )
}

type Represented = { id: string; name: string; voted: boolean; current: string | null }

/**
 * A vote: one's own (when a voting member), or, for a deputy, the vote of a member they stand in
 * for — recorded as entered by the deputy for them.
 */
export function VoteForm({
  slug,
  id,
  current,
  eligible,
  voteFor,
}: {
  slug: string
  id: string
  current: { choice: string; reason: string | null } | null
  eligible: boolean
  voteFor: Represented[]
}) {
  const first = eligible ? '' : (voteFor[0]?.id ?? '')
  const f = useFormFields(handleCastVote.bind(null, slug, id), ['voterId', 'choice', 'reason'], [], {
    voterId: first,
    choice: 'FOR',
  })
  const whose = [
    ...(eligible ? [{ value: '', label: 'My own vote' }] : []),
    ...voteFor.map((m) => ({
      value: m.id,
      label: `${m.name}’s vote, as their deputy`,
      hint: m.voted
        ? `You have voted for them${m.current ? ` (${VOTE_LABELS[m.current as keyof typeof VOTE_LABELS]})` : ''}. What you send replaces it, unless they vote themselves.`
        : 'They have not voted yet.',
    })),
  ]
  return (
    <form action={f.action} noValidate>
      <h2 className="govuk-heading-m">{eligible && current ? 'Change your vote' : 'Your vote'}</h2>
      <ErrorSummary errors={f.errors} submission={f.state} />
      {voteFor.length > 0 ? (
        <RadiosField
          name="voterId"
          legend="Whose vote is this?"
          hint="You are the deputy of the members listed: a vote you cast for them is recorded as entered by you."
          options={whose}
          value={f.value('voterId', first)}
          error={f.err('voterId')}
        />
      ) : (
        <input type="hidden" name="voterId" value="" />
      )}
      <RadiosField
        name="choice"
        legend="How do you vote?"
        options={VOTE_CHOICES.map((c) => ({ value: c, label: VOTE_LABELS[c] }))}
        value={f.value('choice', eligible ? (current?.choice ?? '') : '')}
        error={f.err('choice')}
      />
      <TextArea
        name="reason"
        label="Reason (optional)"
        value={f.value('reason', eligible ? (current?.reason ?? '') : '')}
        error={f.err('reason')}
        maxLength={500}
      />
      <button type="submit" className="govuk-button" disabled={f.pending} aria-disabled={f.pending}>
        {eligible && current && voteFor.length === 0 ? 'Change vote' : 'Cast vote'}
      </button>
    </form>
  )
}

export function CloseMotionForm({ slug, id, version }: { slug: string; id: string; version: number }) {
  const f = useFormFields(handleCloseMotion.bind(null, slug, id), [])
  return (
    <form action={f.action} noValidate>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <input type="hidden" name="version" value={f.value('version', String(version))} />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={f.pending} aria-disabled={f.pending}>
        Record the result
      </button>
    </form>
  )
}

/** A declaration: on the register, or about one item or motion (`about`). */
export function DeclareInterestForm({
  slug,
  about,
  heading,
  hint,
}: {
  slug: string
  about: string
  heading: string
  hint: string
}) {
  const f = useFormFields(handleDeclareInterest.bind(null, slug), ['interest'])
  return (
    <form action={f.action} noValidate>
      <h2 className="govuk-heading-m">{heading}</h2>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <input type="hidden" name="about" value={about} />
      <TextArea
        name="interest"
        label="Your interest"
        hint={hint}
        value={f.value('interest')}
        error={f.err('interest')}
        maxLength={500}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={f.pending} aria-disabled={f.pending}>
        Declare interest
      </button>
    </form>
  )
}

export function ReviewInterestForm({
  slug,
  id,
  version,
  interest,
}: {
  slug: string
  id: string
  version: number
  interest: string
}) {
  const f = useFormFields(handleReviewInterest.bind(null, slug, id), ['review'])
  return (
    <form action={f.action} noValidate>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <input type="hidden" name="version" value={f.value('version', String(version))} />
      <div className="govuk-button-group">
        <button
          type="submit"
          name="review"
          value="still-held"
          className="govuk-button govuk-button--secondary"
          disabled={f.pending}
        >
          Still held<span className="govuk-visually-hidden">: {interest}</span>
        </button>
        <button type="submit" name="review" value="ended" className="govuk-button govuk-button--secondary" disabled={f.pending}>
          No longer held<span className="govuk-visually-hidden">: {interest}</span>
        </button>
      </div>
    </form>
  )
}
