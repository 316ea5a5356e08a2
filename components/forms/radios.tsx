import type { ReactNode } from 'react'
import { describedBy, HintAndError } from './hint-and-error'

type Option = { value: string; label: string; hint?: string }

type Props = {
  name: string
  legend: ReactNode
  options: readonly Option[]
  value: string
  error?: string
  hint?: string
}

/**
 * GOV.UK small radios in a fieldset, wired for errors. Each input's id is `${name}-${value}`;
 * the error summary links to the first option.
 */
export function RadiosField({ name, legend, options, value, error, hint }: Props) {
  const ariaDescribedBy = describedBy(name, hint, error)
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={ariaDescribedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <HintAndError name={name} hint={hint} error={error} />
        <div className="govuk-radios govuk-radios--small">
          {options.map((o) => (
            <div key={o.value} className="govuk-radios__item">
              <input
                className="govuk-radios__input"
                id={`${name}-${o.value}`}
                name={name}
                type="radio"
                value={o.value}
                defaultChecked={value === o.value}
                aria-describedby={o.hint ? `${name}-${o.value}-hint` : undefined}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={`${name}-${o.value}`}>
                {o.label}
              </label>
              {o.hint && (
                <div id={`${name}-${o.value}-hint`} className="govuk-hint govuk-radios__hint">
                  {o.hint}
                </div>
              )}
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  )
}
