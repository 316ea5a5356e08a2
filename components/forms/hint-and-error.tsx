/**
 * The hint and error message every GOV.UK field shows under its label, with the ids that the
 * field's aria-describedby (from describedBy) points at.
 */
export function HintAndError({ name, hint, error }: { name: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
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
    </>
  )
}

export const describedBy = (name: string, hint?: string, error?: string): string | undefined =>
  [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined

/**
 * One GOV.UK form group with a single control: the label, then the hint and error, then the
 * control, which gets its wiring (`aria-describedby`, the error flag) from the render function.
 */
export function LabelledField({
  name,
  label,
  hint,
  error,
  children,
}: {
  name: string
  label: string
  hint?: string | undefined
  error?: string | undefined
  children: (wiring: { 'aria-describedby': string | undefined; error: boolean }) => React.ReactNode
}) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={name}>
        {label}
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      {children({ 'aria-describedby': describedBy(name, hint, error), error: Boolean(error) })}
    </div>
  )
}
