'use client'

import { CheckboxField } from '@/components/forms/checkbox-field'
import { ErrorSummary } from '@/components/forms/error-summary'
import { RadiosField } from '@/components/forms/radios'
import { SelectField } from '@/components/forms/select-field'
import { TextArea } from '@/components/forms/text-area'
import { TextField } from '@/components/forms/text-field'
import { useFormFields } from '@/components/forms/use-form-fields'
import { handleAnswerItem, handleItemOutcome, handleProposeItem, handleWithdrawItem } from '../server-actions'

type Option = { value: string; label: string }

/** Putting an item forward. `origins` is offered only to the delivery team and admins. */
export function ProposeItemForm({ slug, origins }: { slug: string; origins: Option[] | null }) {
  const f = useFormFields(handleProposeItem.bind(null, slug), ['title', 'description', 'origin', 'isPrivate'], [], {
    origin: origins?.[0]?.value ?? '',
  })
  return (
    <form action={f.action} noValidate>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <TextField
        name="title"
        label="What should the board discuss?"
        hint="A short title, for example “Transport to college for students in rural villages”"
        maxLength={150}
        defaultValue={f.value('title')}
        error={f.err('title')}
      />
      <TextArea
        name="description"
        label="Why it matters"
        hint="A few sentences: what you have seen, and what you would like the board to do"
        rows={5}
        maxLength={1000}
        value={f.value('description')}
        error={f.err('description')}
      />
      {origins ? (
        <RadiosField
          name="origin"
          legend="Where the item comes from"
          hint="Items from partners and the chair are put forward by them, so their origin is recorded as theirs."
          options={origins}
          value={f.value('origin', origins[0]?.value ?? '')}
          error={f.err('origin')}
        />
      ) : (
        <input type="hidden" name="origin" value="" />
      )}
      <CheckboxField
        name="isPrivate"
        label="Board only: keep it off the public agenda"
        hint="For example when it names a school or a person. Its decisions stay board-only too."
        checked={f.value('isPrivate') === 'yes'}
        error={f.err('isPrivate')}
      />
      <button type="submit" className="govuk-button" disabled={f.pending} aria-disabled={f.pending}>
        Put item forward
      </button>
    </form>
  )
}

/** The chair's answer: place it on a coming meeting, or defer or decline it with a reason. */
export function AnswerItemForm({
  slug,
  id,
  version,
  meetings,
}: {
  slug: string
  id: string
  version: number
  meetings: Option[]
}) {
  const f = useFormFields(handleAnswerItem.bind(null, slug, id), ['answer', 'meetingId', 'response'], [], { answer: 'place' })
  return (
    <form action={f.action} noValidate>
      <h2 className="govuk-heading-m">Your answer as chair</h2>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <input type="hidden" name="version" value={f.value('version', String(version))} />
      <RadiosField
        name="answer"
        legend="What happens to the item"
        options={[
          { value: 'place', label: 'Put it on a meeting’s agenda' },
          { value: 'defer', label: 'Defer it', hint: 'It stays in the backlog for a later meeting' },
          { value: 'decline', label: 'Decline it', hint: 'The board will not discuss it' },
        ]}
        value={f.value('answer')}
        error={f.err('answer')}
      />
      <SelectField
        name="meetingId"
        label="Meeting (if you put it on an agenda)"
        options={meetings}
        none={meetings.length ? 'Select a meeting' : 'No meetings are scheduled yet'}
        value={f.value('meetingId')}
        error={f.err('meetingId')}
      />
      <TextArea
        name="response"
        label="Reason (if you defer or decline it)"
        hint="Whoever put the item forward will see this"
        value={f.value('response')}
        error={f.err('response')}
        maxLength={500}
      />
      <button type="submit" className="govuk-button" disabled={f.pending} aria-disabled={f.pending}>
        Save answer
      </button>
    </form>
  )
}

/** After the meeting: the board reached the item, or it goes back to the backlog. */
export function OutcomeForm({
  slug,
  meetingId,
  id,
  version,
  title,
}: {
  slug: string
  meetingId: string
  id: string
  version: number
  title: string
}) {
  const f = useFormFields(handleItemOutcome.bind(null, slug, meetingId, id), ['outcome'])
  return (
    <form action={f.action} noValidate>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <input type="hidden" name="version" value={f.value('version', String(version))} />
      <div className="govuk-button-group">
        <button
          type="submit"
          name="outcome"
          value="discussed"
          className="govuk-button govuk-button--secondary"
          disabled={f.pending}
          aria-disabled={f.pending}
        >
          Discussed<span className="govuk-visually-hidden">: {title}</span>
        </button>
        <button
          type="submit"
          name="outcome"
          value="carry-over"
          className="govuk-button govuk-button--secondary"
          disabled={f.pending}
          aria-disabled={f.pending}
        >
          Not reached: carry over<span className="govuk-visually-hidden"> {title}</span>
        </button>
      </div>
    </form>
  )
}

export function WithdrawItemForm({ slug, id, version }: { slug: string; id: string; version: number }) {
  const f = useFormFields(handleWithdrawItem.bind(null, slug, id), [])
  return (
    <form action={f.action} noValidate>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <input type="hidden" name="version" value={f.value('version', String(version))} />
      <button type="submit" className="govuk-button govuk-button--warning" disabled={f.pending} aria-disabled={f.pending}>
        Withdraw my item
      </button>
    </form>
  )
}
