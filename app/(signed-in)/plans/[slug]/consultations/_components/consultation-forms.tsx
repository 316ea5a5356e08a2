'use client'

import { DeadlineFields } from '@/components/forms/deadline-fields'
import { ErrorSummary } from '@/components/forms/error-summary'
import { RadiosField } from '@/components/forms/radios'
import { TextArea } from '@/components/forms/text-area'
import { TextField } from '@/components/forms/text-field'
import { useFormFields } from '@/components/forms/use-form-fields'
import { handleCloseConsultation, handleOpenConsultation, handleRespond } from '../server-actions'

export function OpenConsultationForm({ slug }: { slug: string }) {
  const f = useFormFields(handleOpenConsultation.bind(null, slug), ['question', 'scope', 'closesOn', 'closesAt'], ['closesOn'])
  return (
    <form action={f.action} noValidate>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <TextArea
        name="question"
        label="Question"
        hint="What the board is asked, for example “Should the careers priority include primary schools?”"
        rows={4}
        maxLength={1000}
        value={f.value('question')}
        error={f.err('question')}
      />
      <TextField
        name="scope"
        label="Part of the plan it is about (optional)"
        hint="For example “Priority 3: careers”. Leave it empty for the whole draft."
        maxLength={300}
        defaultValue={f.value('scope')}
        error={f.err('scope')}
      />
      <DeadlineFields
        legend="Responses close on"
        date={f.date('closesOn')}
        time={f.value('closesAt', '17:00')}
        errors={{ closesOn: f.err('closesOn'), closesAt: f.err('closesAt') }}
      />
      <button type="submit" className="govuk-button" disabled={f.pending} aria-disabled={f.pending}>
        Open the consultation
      </button>
    </form>
  )
}

type Member = { id: string; name: string; current: string | null }

export function RespondForm({ slug, id, mine, members }: { slug: string; id: string; mine: string | null; members: Member[] }) {
  const f = useFormFields(handleRespond.bind(null, slug, id), ['respondentId', 'body'], [], { respondentId: '' })
  const options = [
    { value: '', label: 'Myself' },
    ...members.map((m) => ({
      value: m.id,
      label: `${m.name}, as their deputy`,
      hint: m.current
        ? `You responded for them: “${m.current.length > 160 ? `${m.current.slice(0, 160)}…` : m.current}”. What you send replaces it, unless they respond themselves.`
        : 'They have not responded yet.',
    })),
  ]
  return (
    <form action={f.action} noValidate>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <h2 className="govuk-heading-m">{mine ? 'Change your response' : 'Your response'}</h2>
      {members.length > 0 ? (
        <RadiosField
          name="respondentId"
          legend="Whose response is this?"
          hint="You are the deputy of the members listed: what you send is recorded as entered by you for them."
          options={options}
          value={f.value('respondentId', '')}
          error={f.err('respondentId')}
        />
      ) : (
        <input type="hidden" name="respondentId" value="" />
      )}
      <TextArea
        name="body"
        label="Response"
        hint="Seen by the board only. The chair publishes a summary of the responses with the board’s answer."
        rows={6}
        maxLength={4000}
        value={f.value('body', mine ?? '')}
        error={f.err('body')}
      />
      <button type="submit" className="govuk-button" disabled={f.pending} aria-disabled={f.pending}>
        Send response
      </button>
    </form>
  )
}

export function CloseConsultationForm({
  slug,
  id,
  version,
  early,
}: {
  slug: string
  id: string
  version: number
  early: boolean
}) {
  const f = useFormFields(handleCloseConsultation.bind(null, slug, id), ['summary', 'boardAnswer'])
  return (
    <form action={f.action} noValidate>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <h2 className="govuk-heading-m">Close the consultation</h2>
      {early && <p className="govuk-body">It is still open: closing it now ends it early, and the record says so.</p>}
      <input type="hidden" name="version" value={f.value('version', String(version))} />
      <TextArea
        name="summary"
        label="Summary of the responses"
        hint="Published with the next approved plan, without names. The responses themselves stay with the board."
        rows={5}
        maxLength={4000}
        value={f.value('summary')}
        error={f.err('summary')}
      />
      <TextArea
        name="boardAnswer"
        label="The board’s answer"
        hint="What the board changes in the plan, or why not."
        rows={5}
        maxLength={4000}
        value={f.value('boardAnswer')}
        error={f.err('boardAnswer')}
      />
      <button type="submit" className="govuk-button" disabled={f.pending} aria-disabled={f.pending}>
        Close and record the answer
      </button>
    </form>
  )
}
