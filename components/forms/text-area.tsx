import { LabelledField } from './hint-and-error'

/** A GOV.UK textarea wired for errors: ids, aria-describedby and the error style. */
export function TextArea({
  name,
  label,
  hint,
  value,
  error,
  rows = 3,
  maxLength = 2000,
}: {
  name: string
  label: string
  hint?: string
  value: string
  error?: string
  rows?: number
  maxLength?: number
}) {
  return (
    <LabelledField name={name} label={label} hint={hint} error={error}>
      {({ error: invalid, ...aria }) => (
        <textarea
          className={`govuk-textarea${invalid ? ' govuk-textarea--error' : ''}`}
          id={name}
          name={name}
          rows={rows}
          maxLength={maxLength}
          defaultValue={value}
          {...aria}
        />
      )}
    </LabelledField>
  )
}
