import { LabelledField } from './hint-and-error'

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
  return (
    <LabelledField name={name} label={label} hint={hint} error={error}>
      {({ error: invalid, ...aria }) => (
        <select
          key={value}
          className={`govuk-select${invalid ? ' govuk-select--error' : ''}`}
          id={name}
          name={name}
          defaultValue={value}
          {...aria}
        >
          {none !== undefined && <option value="">{none}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  )
}
