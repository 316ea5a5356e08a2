import type { DateParts } from '@/lib/validation/dates'
import { describedBy, HintAndError } from './hint-and-error'

/**
 * The GOV.UK date input: day, month and year boxes named `${name}-day` etc. The error summary
 * links to `${name}-day`.
 */
export function DateField({
  name,
  legend,
  hint,
  value,
  error,
}: {
  name: string
  legend: string
  hint?: string
  value: DateParts
  error?: string
}) {
  const ariaDescribedBy = describedBy(name, hint, error)
  const parts = [
    { key: 'day', label: 'Day', width: 2 },
    { key: 'month', label: 'Month', width: 2 },
    { key: 'year', label: 'Year', width: 4 },
  ] as const
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={ariaDescribedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <HintAndError name={name} hint={hint} error={error} />
        <div className="govuk-date-input">
          {parts.map((p) => (
            <div key={p.key} className="govuk-date-input__item">
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${name}-${p.key}`}>
                  {p.label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${p.width}${error ? ' govuk-input--error' : ''}`}
                  id={`${name}-${p.key}`}
                  name={`${name}-${p.key}`}
                  type="text"
                  inputMode="numeric"
                  maxLength={p.width}
                  defaultValue={value[p.key]}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  )
}
