import { describedBy, HintAndError } from './hint-and-error'
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
  const ariaDescribedBy = describedBy(name, hint, error)
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={name}>
        {label}
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={name}
        name={name}
        rows={rows}
        maxLength={maxLength}
        defaultValue={value}
        aria-describedby={ariaDescribedBy}
      />
    </div>
  )
}
