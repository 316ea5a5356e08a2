/**
 * The one CSV writer for everything the portal hands out: open data, the audit trail and the
 * upload templates. RFC 4180 (CRLF line ends, quoted where needed) by csv-stringify.
 *
 * Spreadsheet formula injection (OWASP "CSV Injection"): a text cell that begins with = + - @,
 * a tab or a carriage return would be run as a formula by Excel, LibreOffice or Sheets. Such a
 * cell is written with a leading apostrophe, which spreadsheets show as text, and is always
 * quoted. Numbers stay numbers: numeric values, and text that is only a number ("-3.5"), are
 * written as they are, as a spreadsheet reads them as numbers, never formulas.
 */
import { stringify } from 'csv-stringify/sync'

const FORMULA_START = /^[=+\-@\t\r]/
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/

/** A text cell a spreadsheet will show as text, never run. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text
}

export type CsvColumn = { key: string; header?: string }

/** Line ends: CRLF (RFC 4180) for published files; upload templates keep the LF they always had. */
export function toCsv(
  rows: readonly Record<string, unknown>[],
  columns: readonly (CsvColumn | string)[],
  lineEnd: 'windows' | 'unix' = 'windows',
): string {
  return stringify([...rows], {
    header: true,
    columns: columns.map((c) => (typeof c === 'string' ? { key: c, header: c } : { key: c.key, header: c.header ?? c.key })),
    record_delimiter: lineEnd,
    cast: {
      boolean: (v) => (v ? 'true' : 'false'),
      string: (v) => {
        const safe = neutraliseCell(v)
        return safe === v ? v : { value: safe, quoted: true }
      },
    },
  })
}
