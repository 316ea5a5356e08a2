import type { InputHTMLAttributes } from 'react'
import { describedBy, HintAndError } from './hint-and-error'

type Props = {
  name: string
  label: string
  hint?: string
  error?: string
  width?: 'full' | 'two-thirds' | 'one-half'
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>

/** A GOV.UK text input wired for errors: ids, aria-describedby and aria-invalid. */
export function TextField({ name, label, hint, error, width = 'two-thirds', className, ...input }: Props) {
  const ariaDescribedBy = describedBy(name, hint, error)
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={name}>
        {label}
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      <input
        id={name}
        name={name}
        className={`govuk-input govuk-!-width-${width}${error ? ' govuk-input--error' : ''}${className ? ` ${className}` : ''}`}
        aria-describedby={ariaDescribedBy}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </div>
  )
}
