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
