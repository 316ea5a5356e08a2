'use client'

import { DeadlineFields } from '@/components/forms/deadline-fields'
import { ErrorSummary } from '@/components/forms/error-summary'
import { LabelledField } from '@/components/forms/hint-and-error'
import { RadiosField } from '@/components/forms/radios'
import { SelectField } from '@/components/forms/select-field'
import { TextArea } from '@/components/forms/text-area'
import { TextField } from '@/components/forms/text-field'
import { useFormFields } from '@/components/forms/use-form-fields'
import { PAPER_TYPES_HINT } from '@/lib/paper-limits'
import {
  handleAnswerAmendment,
  handleApproveMinutes,
  handleAttendance,
  handleCirculateMinutes,
  handleItemMinutes,
  handleOpenMinutesVote,
  handleSuggestAmendment,
  handleUploadPaper,
} from '../server-actions'

type Option = { value: string; label: string }

/** A paper's title and who can read it: as uploaded, and as changed later (paper-forms.tsx). */
export function PaperFields({ f }: { f: { value: (name: string) => string; err: (name: string) => string | undefined } }) {
  return (
    <>
      <TextField name="title" label="Title" maxLength={150} defaultValue={f.value('title')} error={f.err('title')} />
      <RadiosField
        name="visibility"
        legend="Who can read it"
        options={PAPER_VISIBILITY}
        value={f.value('visibility')}
        error={f.err('visibility')}
      />
    </>
  )
}

const PAPER_VISIBILITY = [
  {
    value: 'PUBLIC',
    label: 'Public',
    hint: 'Listed with the item on the public board page, if the item and meeting are public',
  },
  { value: 'BOARD', label: 'Board only', hint: 'Never shown to visitors or in downloads' },
]

export function ItemMinutesForm({
  slug,
  itemId,
  version,
  minutes,
}: {
  slug: string
  itemId: string
  version: number
  minutes: string
}) {
  const f = useFormFields(handleItemMinutes.bind(null, slug, itemId), ['minutes'])
  return (
    <form action={f.action} noValidate>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <input type="hidden" name="version" value={f.value('version', String(version))} />
      <TextArea
        name="minutes"
        label="Minutes of this item"
        hint="What was discussed and by whom, in summary; decisions are recorded separately below"
        rows={8}
        maxLength={5000}
        value={f.value('minutes', minutes)}
        error={f.err('minutes')}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={f.pending} aria-disabled={f.pending}>
        Save minutes
      </button>
    </form>
  )
}

export function AttendanceForm({
  slug,
  meetingId,
  version,
  members,
}: {
  slug: string
  meetingId: string
  version: number
  members: { membershipId: string; label: string; attended: boolean | null }[]
}) {
  const f = useFormFields(handleAttendance.bind(null, slug, meetingId), ['present'], [], {
    present: members[0]?.membershipId ?? '',
  })
  const ticked = f.state.values ? new Set(f.value('present').split(',')) : null
  return (
    <form action={f.action} noValidate>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <input type="hidden" name="version" value={f.value('version', String(version))} />
      <div className={`govuk-form-group${f.err('present') ? ' govuk-form-group--error' : ''}`}>
        <fieldset className="govuk-fieldset" aria-describedby="present-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Who attended</legend>
          <div className="govuk-hint" id="present-hint">
            Members not ticked sent apologies.
          </div>
          <div className="govuk-checkboxes govuk-checkboxes--small">
            {members.map((m) => (
              <div className="govuk-checkboxes__item" key={m.membershipId}>
                <input
                  className="govuk-checkboxes__input"
                  id={`present-${m.membershipId}`}
                  name="present"
                  type="checkbox"
                  value={m.membershipId}
                  defaultChecked={ticked ? ticked.has(m.membershipId) : m.attended === true}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={`present-${m.membershipId}`}>
                  {m.label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={f.pending} aria-disabled={f.pending}>
        Save attendance
      </button>
    </form>
  )
}

/** A one-button step: circulate the minutes. */
export function CirculateForm({ slug, meetingId, version }: { slug: string; meetingId: string; version: number }) {
  const f = useFormFields(handleCirculateMinutes.bind(null, slug, meetingId), [])
  return (
    <form action={f.action} noValidate>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <input type="hidden" name="version" value={f.value('version', String(version))} />
      <button type="submit" className="govuk-button" disabled={f.pending} aria-disabled={f.pending}>
        Circulate the minutes
      </button>
    </form>
  )
}

export function SuggestAmendmentForm({ slug, meetingId, items }: { slug: string; meetingId: string; items: Option[] }) {
  const f = useFormFields(handleSuggestAmendment.bind(null, slug, meetingId), ['agendaItemId', 'suggestion'])
  return (
    <form action={f.action} noValidate>
      <h3 className="govuk-heading-s">Suggest a change</h3>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <SelectField
        name="agendaItemId"
        label="Which part"
        options={items}
        none="The minutes as a whole"
        value={f.value('agendaItemId')}
        error={f.err('agendaItemId')}
      />
      <TextArea
        name="suggestion"
        label="The change you suggest"
        hint="Quote what should change and what it should say"
        value={f.value('suggestion')}
        error={f.err('suggestion')}
        maxLength={1000}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={f.pending} aria-disabled={f.pending}>
        Send suggestion
      </button>
    </form>
  )
}

export function AnswerAmendmentForm({
  slug,
  meetingId,
  id,
  version,
}: {
  slug: string
  meetingId: string
  id: string
  version: number
}) {
  const f = useFormFields(handleAnswerAmendment.bind(null, slug, meetingId, id), [])
  return (
    <form action={f.action} noValidate>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <input type="hidden" name="version" value={f.value('version', String(version))} />
      <div className="govuk-button-group">
        <button type="submit" name="answer" value="accept" className="govuk-button govuk-button--secondary" disabled={f.pending}>
          Accept<span className="govuk-visually-hidden"> this suggestion</span>
        </button>
        <button type="submit" name="answer" value="decline" className="govuk-button govuk-button--secondary" disabled={f.pending}>
          Decline<span className="govuk-visually-hidden"> this suggestion</span>
        </button>
      </div>
    </form>
  )
}

export function ApproveMinutesForm({
  slug,
  meetingId,
  version,
  meetings,
}: {
  slug: string
  meetingId: string
  version: number
  meetings: Option[]
}) {
  const f = useFormFields(handleApproveMinutes.bind(null, slug, meetingId), ['atMeetingId'])
  return (
    <form action={f.action} noValidate>
      <h3 className="govuk-heading-s">Approve the minutes</h3>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <input type="hidden" name="version" value={f.value('version', String(version))} />
      <SelectField
        name="atMeetingId"
        label="Meeting at which the board approved them"
        options={meetings}
        none={meetings.length ? 'Select the meeting' : 'No later meeting has taken place yet'}
        value={f.value('atMeetingId')}
        error={f.err('atMeetingId')}
      />
      <button type="submit" className="govuk-button" disabled={f.pending} aria-disabled={f.pending}>
        Approve and lock the minutes
      </button>
    </form>
  )
}

/** Between meetings: the board votes on the minutes as circulated; carried, the vote approves them. */
export function MinutesVoteForm({ slug, meetingId, version }: { slug: string; meetingId: string; version: number }) {
  // The meeting's page has no other deadline (moving is for upcoming meetings only), so the
  // shared closesOn/closesAt names do not collide.
  const f = useFormFields(handleOpenMinutesVote.bind(null, slug, meetingId), ['closesOn', 'closesAt'], ['closesOn'])
  return (
    <form action={f.action} noValidate>
      <h3 className="govuk-heading-s">Or approve them by a vote between meetings</h3>
      <p className="govuk-body">
        Every voting member is asked to vote on the minutes as circulated. Until the result is recorded they cannot be changed; if
        the vote is carried they are approved and locked.
      </p>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <input type="hidden" name="version" value={f.value('version', String(version))} />
      <DeadlineFields
        legend="Voting closes on"
        date={f.date('closesOn')}
        time={f.value('closesAt', '17:00')}
        errors={{ closesOn: f.err('closesOn'), closesAt: f.err('closesAt') }}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={f.pending} aria-disabled={f.pending}>
        Put the minutes to a vote
      </button>
    </form>
  )
}

export function UploadPaperForm({ slug, itemId }: { slug: string; itemId: string }) {
  const f = useFormFields(handleUploadPaper.bind(null, slug, itemId), ['title', 'visibility', 'file'], [], {
    visibility: 'PUBLIC',
  })
  return (
    <form action={f.action} noValidate>
      <h3 className="govuk-heading-s">Add a paper</h3>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <PaperFields f={f} />
      <LabelledField name="file" label="File" hint={PAPER_TYPES_HINT} error={f.err('file')}>
        {({ error: invalid, ...aria }) => (
          <input
            className={`govuk-file-upload${invalid ? ' govuk-file-upload--error' : ''}`}
            id="file"
            name="file"
            type="file"
            accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods"
            {...aria}
          />
        )}
      </LabelledField>
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={f.pending} aria-disabled={f.pending}>
        Upload paper
      </button>
    </form>
  )
}
