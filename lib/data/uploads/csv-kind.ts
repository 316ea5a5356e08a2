/**
 * One shape for every CSV bulk update of an area's plan. A kind says what its columns are, how
 * its area is loaded (and authorised), how one row is checked, which rows may not repeat, how
 * a checked row is previewed, and how a batch of rows is written. This file runs the rest the
 * same way for every kind: the row loop, duplicate lines, problems in line and column order,
 * the all-or-nothing transaction (with a timeout sized to the row limit), progress, expiry.
 *
 * Writes are set-based: `write` gets a batch of rows and is expected to issue one statement per
 * table, not one per row, so the documented limit of MAX_CSV_ROWS saves well inside the
 * transaction's timeout on a slow machine.
 */
import 'server-only'
import { toCsv } from '@/lib/csv-write'
import { readCsv, type CsvPreview, type CsvProblem, type Progress } from '@/lib/csv-upload'
import { getDb } from '@/lib/db/client'
import type { PrismaClient } from '@/lib/generated/prisma/client'
import { AppError } from '@/lib/errors'
import { CONTROL_CHARACTER, CONTROL_CHARACTER_CELL_ERROR } from '@/lib/validation/control-character'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { expirePublicArea } from '@/lib/data/public/cache'

export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>
export type UploadArea = { id: string; slug: string }

/** What a kind's row check is given: the row's cells and a way to report a problem on one. */
export type CsvRowInput<C extends string> = {
  line: number
  get: (column: C) => string
  problem: (column: C, message: string) => void
}

export type CsvKind<C extends string, A extends UploadArea, R extends { line: number }> = {
  columns: readonly C[]
  /** Loads the area with what the check needs, refusing a user who may not edit its plan. */
  load: (user: SessionUser, slug: string) => Promise<A>
  /** The template's rows, one per entity of the area. */
  template: (area: A) => (string | number)[][]
  /** Checks one row, reporting each problem; returns the row to apply, or null if it has none. */
  check: (area: A, row: CsvRowInput<C>) => Omit<R, 'line'> | null
  /** Rows that may appear once only: the key of a row (null when it names nothing known). */
  unique: { column: C; key: (area: A, get: (column: C) => string) => string | null; message: (line: number) => string }
  preview: { headings: string[]; cells: (row: R) => string[] }
  /** Writes one batch of checked rows, with their audit events, inside the upload's transaction. */
  write: (tx: Tx, user: SessionUser, area: A, rows: R[]) => Promise<void>
}

/** Rows per write: bounds each statement's parameters and sets how often progress is told. */
const BATCH = 250
/** Generous for MAX_CSV_ROWS on a slow, busy machine (a full file takes well under a second). */
const TRANSACTION_TIMEOUT_MS = 60_000

export type CsvCheck<R> = { rows: R[]; problems: CsvProblem[] }

export function checkRows<C extends string, A extends UploadArea, R extends { line: number }>(
  kind: CsvKind<C, A, R>,
  area: A,
  text: string,
): CsvCheck<R> {
  const csv = readCsv(text, kind.columns)
  if (!csv.ok) return { rows: [], problems: [csv.problem] }
  const seen = new Map<string, number>()
  const rows: R[] = []
  const problems: CsvProblem[] = []
  for (const { line, get } of csv.rows) {
    const before = problems.length
    const problem = (column: C, message: string) => problems.push({ line, column, message })
    for (const column of kind.columns) if (CONTROL_CHARACTER.test(get(column))) problem(column, CONTROL_CHARACTER_CELL_ERROR)
    if (problems.length > before) continue // nothing else about a row with a NUL in it is worth reading
    const checked = kind.check(area, { line, get, problem })
    const key = kind.unique.key(area, get)
    if (key !== null && seen.has(key)) problem(kind.unique.column, kind.unique.message(seen.get(key) as number))
    else if (key !== null) seen.set(key, line)
    if (checked && problems.length === before) rows.push({ ...checked, line } as R)
  }
  // A line's problems in the order of its columns, as the user reads the row.
  const order = (p: CsvProblem) => kind.columns.indexOf(p.column as C)
  problems.sort((a, b) => a.line - b.line || order(a) - order(b))
  return { rows, problems }
}

export async function csvTemplate<C extends string, A extends UploadArea, R extends { line: number }>(
  kind: CsvKind<C, A, R>,
  user: SessionUser,
  slug: string,
): Promise<string> {
  const area = await kind.load(user, slug)
  const rows = kind.template(area).map((cells) => Object.fromEntries(kind.columns.map((c, i) => [c, cells[i]])))
  return toCsv(rows, kind.columns, 'unix')
}

/** Checks a file without writing anything: the rows it would apply and every problem found. */
export async function checkCsv<C extends string, A extends UploadArea, R extends { line: number }>(
  kind: CsvKind<C, A, R>,
  user: SessionUser,
  slug: string,
  text: string,
): Promise<CsvCheck<R>> {
  return checkRows(kind, await kind.load(user, slug), text)
}

export async function previewCsv<C extends string, A extends UploadArea, R extends { line: number }>(
  kind: CsvKind<C, A, R>,
  user: SessionUser,
  slug: string,
  text: string,
): Promise<CsvPreview> {
  const { rows, problems } = await checkCsv(kind, user, slug, text)
  return {
    problems,
    headings: ['Line', ...kind.preview.headings],
    rows: rows.map((r) => ({ line: r.line, cells: kind.preview.cells(r) })),
  }
}

/** Applies a file all or nothing. Throws INVALID_INPUT if any row is bad. */
export async function applyCsv<C extends string, A extends UploadArea, R extends { line: number }>(
  kind: CsvKind<C, A, R>,
  user: SessionUser,
  slug: string,
  text: string,
  onProgress?: Progress,
): Promise<number> {
  const area = await kind.load(user, slug)
  const { rows, problems } = checkRows(kind, area, text)
  if (problems.length) throw new AppError('INVALID_INPUT', { userMessage: 'The file has problems: nothing was saved' })
  const db = await getDb()
  await db.$transaction(
    async (tx) => {
      for (let done = 0; done < rows.length; done += BATCH) {
        const batch = rows.slice(done, done + BATCH)
        await kind.write(tx, user, area, batch)
        onProgress?.(done + batch.length, rows.length)
      }
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  )
  expirePublicArea(area.slug)
  return rows.length
}
