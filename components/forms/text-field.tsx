import type { InputHTMLAttributes } from 'react'

type Props = {
  name: string
  label: string
  hint?: string
  error?: string
  width?: 'full' | 'two-thirds' | 'one-half'
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>

/** A GOV.UK text input wired for errors: ids, aria-describedby and aria-invalid. */
export function TextField({ name, label, hint, error, width = 'two-thirds', className, ...input }: Props) {
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={name}>
        {label}
      </label>
      {hint && (
        <div className="govuk-hint" id={`${name}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p className="govuk-error-message" id={`${name}-error`}>
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <input
        id={name}
        name={name}
        className={`govuk-input govuk-!-width-${width}${error ? ' govuk-input--error' : ''}${className ? ` ${className}` : ''}`}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </div>
  )
}
