import { stringify } from 'csv-stringify/sync'
import type { Column, Row } from './datasets'

/** RFC 4180 CSV (CRLF line ends, quoted where needed) with a header row, written by csv-stringify. */
export function toCsv(columns: Column[], rows: Row[]): string {
  return stringify(rows, {
    header: true,
    columns: columns.map((c) => ({ key: c.key, header: c.key })),
    record_delimiter: 'windows',
    cast: { boolean: (v) => (v ? 'true' : 'false') },
  })
}
