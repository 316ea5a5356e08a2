'use client'

import { DateField } from '@/components/forms/date-field'
import { ErrorSummary } from '@/components/forms/error-summary'
import { RadiosField } from '@/components/forms/radios'
import { TextField } from '@/components/forms/text-field'
import { useFormFields } from '@/components/forms/use-form-fields'
import { OneAnswerForm } from '@/components/forms/one-answer-form'
import { TextArea } from '@/components/forms/text-area'
import { handleCancelMeeting, handleMoveMeeting, handleScheduleMeeting } from '../server-actions'

export function ScheduleMeetingForm({ slug }: { slug: string }) {
  const f = useFormFields(
    handleScheduleMeeting.bind(null, slug),
    ['title', 'date', 'time', 'format', 'location', 'visibility'],
    ['date'],
    { format: 'IN_PERSON', visibility: 'PUBLIC' },
  )
  return (
    <form action={f.action} noValidate>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <TextField
        name="title"
        label="Title"
        hint="For example “Partnership board, spring term”"
        maxLength={120}
        defaultValue={f.value('title')}
        error={f.err('title')}
      />
      <DateField name="date" legend="Date" hint="For example 12 3 2027" value={f.date('date')} error={f.err('date')} />
      <TextField
        name="time"
        label="Start time"
        hint="UK time, 24-hour clock, for example 14:30"
        width="one-half"
        inputMode="numeric"
        maxLength={5}
        className="govuk-input--width-5"
        defaultValue={f.value('time')}
        error={f.err('time')}
      />
      <RadiosField
        name="format"
        legend="Where it happens"
        options={[
          { value: 'IN_PERSON', label: 'In person' },
          { value: 'ONLINE', label: 'Online', hint: 'How to join is shown only to signed-in board members' },
        ]}
        value={f.value('format', 'IN_PERSON')}
        error={f.err('format')}
      />
      <TextField
        name="location"
        label="Place, or how to join"
        hint="An address, or the meeting link for an online meeting"
        maxLength={300}
        defaultValue={f.value('location')}
        error={f.err('location')}
      />
      <RadiosField
        name="visibility"
        legend="Who can see it"
        options={[
          {
            value: 'PUBLIC',
            label: 'Public',
            hint: 'Its date, public agenda items and their decisions appear on the area’s board page',
          },
          { value: 'PRIVATE', label: 'Private', hint: 'Only the board sees it' },
        ]}
        value={f.value('visibility', 'PUBLIC')}
        error={f.err('visibility')}
      />
      <button type="submit" className="govuk-button" disabled={f.pending} aria-disabled={f.pending}>
        Schedule meeting
      </button>
    </form>
  )
}

/** Moving a meeting that has not started: a new date and time, and why (the board is told). */
export function MoveMeetingForm({ slug, id, version }: { slug: string; id: string; version: number }) {
  const f = useFormFields(handleMoveMeeting.bind(null, slug, id), ['date', 'time', 'whyMoved'], ['date'])
  return (
    <form action={f.action} noValidate>
      <h2 className="govuk-heading-m">Move the meeting</h2>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <input type="hidden" name="version" value={f.value('version', String(version))} />
      <DateField name="date" legend="New date" hint="For example 12 3 2027" value={f.date('date')} error={f.err('date')} />
      <TextField
        name="time"
        label="New start time"
        hint="UK time, 24-hour clock, for example 14:30"
        width="one-half"
        inputMode="numeric"
        maxLength={5}
        className="govuk-input--width-5"
        defaultValue={f.value('time')}
        error={f.err('time')}
      />
      <TextArea
        name="whyMoved"
        label="Why it moves"
        hint="The board is told, with this reason."
        maxLength={500}
        value={f.value('whyMoved')}
        error={f.err('whyMoved')}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={f.pending} aria-disabled={f.pending}>
        Move meeting
      </button>
    </form>
  )
}

/** Cancelling a meeting that has not started; its agenda goes back to the backlog. */
export function CancelMeetingForm({ slug, id, version }: { slug: string; id: string; version: number }) {
  return (
    <>
      <h2 className="govuk-heading-m">Cancel the meeting</h2>
      <OneAnswerForm
        action={handleCancelMeeting.bind(null, slug, id)}
        name="whyCancelled"
        label="Why it is cancelled"
        hint="The board is told, with this reason. Items on its agenda go back to the backlog for a later meeting."
        maxLength={500}
        button="Cancel meeting"
        warning
        hidden={{ version: String(version) }}
      />
    </>
  )
}
