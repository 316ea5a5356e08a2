import { describedBy, HintAndError } from './hint-and-error'
type Props = {
  name: string
  label: string
  hint?: string
  options: readonly { value: string; label: string }[]
  /** The label of the empty choice, when the answer is optional. */
  none?: string
  value: string
  error?: string
}

/**
 * A GOV.UK select wired for errors. React applies a select's `defaultValue` only when it mounts,
 * and resets the form to it after every action: keyed by the value, a form coming back with
 * the submitted answer (after an error) mounts it afresh, so the answer is not lost.
 */
export function SelectField({ name, label, hint, options, none, value, error }: Props) {
  const ariaDescribedBy = describedBy(name, hint, error)
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={name}>
        {label}
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      <select
        key={value}
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={name}
        name={name}
        defaultValue={value}
        aria-describedby={ariaDescribedBy}
      >
        {none !== undefined && <option value="">{none}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}
