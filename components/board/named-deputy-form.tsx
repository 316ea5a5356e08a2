'use client'

import { ErrorSummary } from '@/components/forms/error-summary'
import { SelectField } from '@/components/forms/select-field'
import { useFormFields } from '@/components/forms/use-form-fields'
import type { FormAction } from '@/lib/forms/state'

const WORDS = {
  motion: {
    heading: 'Cannot vote?',
    label: 'Who votes for you on this motion',
    hint: 'Another member of the board. They are told, and what they cast is recorded as your vote, entered by them. If you vote yourself, your vote stands.',
    button: 'Save deputy for this vote',
  },
  meeting: {
    heading: 'Cannot attend?',
    label: 'Who attends for you at this meeting',
    hint: 'Another member of the board. They are told and briefed, and the board sees that they attend in your place.',
    button: 'Save deputy for this meeting',
  },
  consultation: {
    heading: 'Cannot respond?',
    label: 'Who responds for you to this consultation',
    hint: 'Another member of the board. They are told, and what they write is recorded as your response, entered by them. If you respond yourself, your response stands.',
    button: 'Save deputy for this consultation',
  },
} as const

/** A member names someone to act for them on one vote, at one meeting or in one consultation. */
export function NamedDeputyForm({
  action,
  kind,
  choices,
  current,
}: {
  action: FormAction
  kind: keyof typeof WORDS
  choices: { id: string; name: string }[]
  current: string | null
}) {
  const w = WORDS[kind]
  const f = useFormFields(action, ['namedDeputyId'])
  return (
    <form action={f.action} noValidate>
      <h2 className="govuk-heading-m">{w.heading}</h2>
      <ErrorSummary errors={f.errors} submission={f.state} />
      <SelectField
        name="namedDeputyId"
        label={w.label}
        hint={w.hint}
        options={choices.map((c) => ({ value: c.id, label: c.name }))}
        none="Nobody"
        value={f.value('namedDeputyId', current ?? '')}
        error={f.err('namedDeputyId')}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={f.pending} aria-disabled={f.pending}>
        {w.button}
      </button>
    </form>
  )
}
