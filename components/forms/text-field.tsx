import type { InputHTMLAttributes } from 'react'
import { LabelledField } from './hint-and-error'

type Props = {
  name: string
  label: string
  hint?: string
  error?: string
  width?: 'full' | 'two-thirds' | 'one-half'
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>

/** A GOV.UK text input wired for errors: ids, aria-describedby and aria-invalid. */
export function TextField({ name, label, hint, error, width = 'two-thirds', className, ...input }: Props) {
  return (
    <LabelledField name={name} label={label} hint={hint} error={error}>
      {({ error: invalid, ...aria }) => (
        <input
          id={name}
          name={name}
          className={`govuk-input govuk-!-width-${width}${invalid ? ' govuk-input--error' : ''}${className ? ` ${className}` : ''}`}
          aria-invalid={invalid || undefined}
          {...aria}
          {...input}
        />
      )}
    </LabelledField>
  )
}
