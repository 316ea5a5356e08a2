/** A GOV.UK table's header row of plain column headings (numeric ones right-aligned). */
export type Heading = string | { label: string; numeric?: boolean }

export function TableHead({ columns }: { columns: readonly Heading[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map((c) => {
          const { label, numeric } = typeof c === 'string' ? { label: c, numeric: false } : c
          return (
            <th key={label} scope="col" className={`govuk-table__header${numeric ? ' govuk-table__header--numeric' : ''}`}>
              {label}
            </th>
          )
        })}
      </tr>
    </thead>
  )
}
