/**
 * Reading an uploaded CSV file for a bulk update: size, encoding, CSV syntax (csv-parse),
 * header and row count, each refused with a message the uploader can act on. What the rows
 * mean is checked by each kind of upload (lib/data/uploads/).
 */
import { parse } from 'csv-parse/sync'

import { CSV_TOO_LARGE, MAX_CSV_BYTES, MAX_CSV_ROWS } from './csv-limits'

export { MAX_CSV_BYTES, MAX_CSV_ROWS }

export type CsvProblem = { line: number; column: string | null; message: string }

export type CsvRecords<C extends string> =
  { ok: true; rows: { line: number; get: (column: C) => string }[] } | { ok: false; problem: CsvProblem }

export function readCsv<C extends string>(text: string, columns: readonly C[]): CsvRecords<C> {
  const fileProblem = (message: string) => ({ ok: false as const, problem: { line: 1, column: null, message } })
  if (Buffer.byteLength(text) > MAX_CSV_BYTES) return fileProblem(CSV_TOO_LARGE)
  if (text.includes('\uFFFD')) return fileProblem('The file is not UTF-8 text. Save it as “CSV UTF-8” and try again')
  let records: string[][]
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][]
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1
    return fileProblem(`The file could not be read as CSV near line ${line}. Check its quotes`)
  }
  const [header, ...body] = records
  if (!header || body.length === 0) return fileProblem('The file has no rows under its header row')
  const missing = columns.filter((c) => !header.includes(c))
  if (missing.length)
    return fileProblem(`The header row must have the columns ${columns.join(', ')}. Missing: ${missing.join(', ')}`)
  if (body.length > MAX_CSV_ROWS) return fileProblem(`The file must have ${MAX_CSV_ROWS} rows or fewer; it has ${body.length}`)
  return {
    ok: true,
    rows: body.map((record, i) => ({ line: i + 2, get: (column: C) => record[header.indexOf(column)] ?? '' })),
  }
}

/** Told after each row is written, so a long upload can show how far it has got. */
export type Progress = (done: number, total: number) => void

/** What a check shows before anything is saved: a preview table, or every problem. */
export type CsvPreview = {
  problems: CsvProblem[]
  headings: string[]
  rows: { line: number; cells: string[] }[]
}
