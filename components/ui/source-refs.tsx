/** Links from a fact to the numbered entries in the page's "Sources" list. */
export function SourceRefs({ numbers }: { numbers: number[] }) {
  if (numbers.length === 0) return null
  return (
    <span className="app-source-refs">
      [
      {numbers.map((n, i) => (
        <span key={n}>
          {i > 0 && ', '}
          <a href={`#source-${n}`} className="govuk-link">
            <span className="govuk-visually-hidden">source </span>
            {n}
          </a>
        </span>
      ))}
      ]
    </span>
  )
}
