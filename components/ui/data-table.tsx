import type { Key, ReactNode } from 'react'
import { TableScroll } from './table-scroll'

export type Column<T> = {
  header: ReactNode
  /** The cell's content for one row. The first column's is the row's header. */
  cell: (row: T) => ReactNode
  numeric?: boolean
}

const CAPTION = {
  s: 'govuk-table__caption govuk-table__caption--s',
  m: 'govuk-table__caption govuk-table__caption--m',
  hidden: 'govuk-visually-hidden',
} as const

/**
 * A GOV.UK table: a caption, a header per column, and one row per item headed by its first
 * column. On screen it scrolls sideways in its own box when narrow (labelled by the caption);
 * `scroll={false}` leaves it bare, as the print page wants.
 */
export function DataTable<T>({
  caption,
  captionSize = 's',
  rows,
  rowKey,
  columns,
  scroll = true,
}: {
  caption: string
  /** How the caption shows; "hidden" keeps it for screen readers only. */
  captionSize?: keyof typeof CAPTION
  rows: readonly T[]
  rowKey: (row: T) => Key
  columns: readonly Column<T>[]
  /** False for no scroll box; a string labels it instead of the caption. */
  scroll?: boolean | string
}) {
  const table = (
    <table className="govuk-table">
      <caption className={CAPTION[captionSize]}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((c, i) => (
            <th key={i} scope="col" className={`govuk-table__header${c.numeric ? ' govuk-table__header--numeric' : ''}`}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={rowKey(row)} className="govuk-table__row">
            {columns.map((c, i) =>
              i === 0 ? (
                <th key={i} scope="row" className="govuk-table__header">
                  {c.cell(row)}
                </th>
              ) : (
                <td key={i} className={`govuk-table__cell${c.numeric ? ' govuk-table__cell--numeric' : ''}`}>
                  {c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
  if (scroll === false) return table
  return <TableScroll label={typeof scroll === 'string' ? scroll : caption}>{table}</TableScroll>
}
