import { HintAndError } from './hint-and-error'

/** One GOV.UK small checkbox (value "yes"), wired for a hint and an error. */
export function CheckboxField({
  name,
  label,
  hint,
  checked,
  error,
}: {
  name: string
  label: string
  hint?: string
  checked: boolean
  error?: string
}) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <HintAndError name={name} hint={hint} error={error} />
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={name}
            name={name}
            type="checkbox"
            value="yes"
            defaultChecked={checked}
            aria-describedby={[hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={name}>
            {label}
          </label>
        </div>
      </div>
    </div>
  )
}
