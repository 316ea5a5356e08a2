/** Shown after a stale save: what the other person saved beside this user's answers, where they differ. */
export function ConflictTable({ differences }: { differences: { title: string; theirs: string; yours: string }[] }) {
  return (
    <div className="govuk-inset-text" id="conflict">
      <h2 className="govuk-heading-m">Their changes and yours</h2>
      {differences.length === 0 ? (
        <p className="govuk-body">They saved the same values as yours. Save again to confirm.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            Saving again replaces their values with your answers below. Change your answers first to keep any of theirs.
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Field
              </th>
              <th scope="col" className="govuk-table__header">
                Saved by them
              </th>
              <th scope="col" className="govuk-table__header">
                Your answer
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {differences.map((d) => (
              <tr key={d.title} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {d.title}
                </th>
                <td className="govuk-table__cell">{d.theirs}</td>
                <td className="govuk-table__cell">{d.yours}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
