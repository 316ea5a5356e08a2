/**
 * CSV bulk update of success measure values for one area: each row records (or corrects) the
 * value of one measure for one period. Checked and applied by the shared CSV shape (csv-kind);
 * a correction is saved against the version that was read, so a value changed by someone else
 * while the file was being saved refuses the whole file rather than overwriting it.
 */
import 'server-only'
import { authorize } from '@/lib/data/guard'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { periodEnd, valueRangeProblem } from '@/lib/measure-status'
import { PERIOD_ERROR } from '@/lib/period'
import { parseDecimal } from '@/lib/validation/measure-value'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { recordAudits } from '@/lib/data/audit'
import { checkCsv, applyCsv, csvTemplate, type CsvKind, type CsvRowInput, type Tx } from '@/lib/data/uploads/csv-kind'
import type { Progress } from '@/lib/csv-upload'

export const MEASURE_CSV_COLUMNS = ['measure_id', 'measure', 'period', 'value', 'provisional', 'local_insight'] as const
type Column = (typeof MEASURE_CSV_COLUMNS)[number]

export type MeasureCsvRow = {
  line: number
  measureId: string
  measure: string
  period: string
  value: number
  isProvisional: boolean
  localInsight: string | null
  replaces: number | null
  /** The value this row corrects, as read: its id and version. */
  existing: { id: string; version: number } | null
}

async function areaMeasures(user: SessionUser, slug: string) {
  const db = await getDb()
  const area = await db.area.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      successMeasures: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          definition: { select: { name: true, unit: true } },
          values: { select: { id: true, period: true, value: true, version: true } },
        },
      },
    },
  })
  if (!area) throw new AppError('NOT_FOUND', { message: `area ${slug} not found` })
  authorize(user, 'edit:plan', { areaId: area.id })
  return { ...area, measures: new Map(area.successMeasures.map((m) => [m.id, m])) }
}
type Area = Awaited<ReturnType<typeof areaMeasures>>

function checkRow(area: Area, { get, problem }: CsvRowInput<Column>) {
  const measure = area.measures.get(get('measure_id'))
  if (!measure) problem('measure_id', 'Unknown measure: use the ids from this area’s template')
  const period = get('period')
  if (!period) problem('period', 'Enter the period')
  else if (period.length > 20 || !periodEnd(period)) problem('period', PERIOD_ERROR)
  const rawValue = get('value')
  const value = parseDecimal(rawValue)
  if (!rawValue) problem('value', 'Enter the value')
  else if (value === null) problem('value', 'Enter the value as a number, like 71.5')
  else if (measure) {
    const range = valueRangeProblem(measure.definition.unit, value)
    if (range) problem('value', range)
  }
  const provisional = get('provisional').toLowerCase()
  if (!['', 'yes', 'no'].includes(provisional)) problem('provisional', 'Enter yes or no')
  const insight = get('local_insight')
  if (insight.length > 2000) problem('local_insight', 'Local insight must be 2,000 characters or fewer')
  if (!measure || value === null) return null
  const existing = measure.values.find((v) => v.period === period) ?? null
  return {
    measureId: measure.id,
    measure: measure.definition.name,
    period,
    value,
    isProvisional: provisional === 'yes',
    localInsight: insight || null,
    replaces: existing?.value ?? null,
    existing: existing && { id: existing.id, version: existing.version },
  }
}

/** New values in one insert, corrections in one version-checked update, audits in one insert. */
async function writeValues(tx: Tx, user: SessionUser, area: Area, rows: MeasureCsvRow[]) {
  const fresh = rows.filter((r) => r.existing === null)
  const corrections = rows.filter((r) => r.existing !== null)
  const created = fresh.length
    ? await tx.measureValue.createManyAndReturn({
        data: fresh.map((r) => ({
          successMeasureId: r.measureId,
          period: r.period,
          periodEnd: periodEnd(r.period) as Date,
          value: r.value,
          isProvisional: r.isProvisional,
          localInsight: r.localInsight,
          recordedById: user.id,
        })),
        select: { id: true, successMeasureId: true, period: true },
      })
    : []
  if (corrections.length) {
    const updated = await tx.$executeRaw`
      UPDATE "MeasureValue" AS m
         SET "value" = v.value, "isProvisional" = v.provisional, "localInsight" = v.insight,
             "recordedById" = ${user.id}, "isDemo" = false, "version" = m."version" + 1, "updatedAt" = now()
        FROM unnest(${corrections.map((r) => r.existing?.id)}::text[], ${corrections.map((r) => r.existing?.version)}::int[],
                    ${corrections.map((r) => r.value)}::float8[], ${corrections.map((r) => r.isProvisional)}::boolean[],
                    ${corrections.map((r) => r.localInsight)}::text[]) AS v(id, version, value, provisional, insight)
       WHERE m.id = v.id AND m."version" = v.version`
    if (updated !== corrections.length) throw changedMeanwhile()
  }
  // RETURNING order is not promised, so new ids are matched by measure and period.
  const newId = new Map(created.map((c) => [`${c.successMeasureId}|${c.period}`, c.id]))
  const idOf = (r: MeasureCsvRow) => r.existing?.id ?? (newId.get(`${r.measureId}|${r.period}`) as string)
  await recordAudits(
    tx,
    rows.map((r) => ({
      actor: { id: user.id, label: user.email },
      action: r.existing === null ? 'recorded measure value (CSV)' : 'corrected measure value (CSV)',
      entityType: 'MEASURE_VALUE' as const,
      entityId: idOf(r),
      areaId: area.id,
      before: r.existing === null ? undefined : { period: r.period, value: r.replaces },
      after: {
        measure: r.measure,
        period: r.period,
        value: r.value,
        isProvisional: r.isProvisional,
        localInsight: r.localInsight,
      },
    })),
  )
}

const changedMeanwhile = () =>
  new AppError('CONFLICT', {
    userMessage: 'Someone recorded values for this area while your file was being saved. Nothing was saved: check the file again',
  })

export const MEASURE_VALUES_CSV: CsvKind<Column, Area, MeasureCsvRow> = {
  columns: MEASURE_CSV_COLUMNS,
  load: areaMeasures,
  template: (area) => area.successMeasures.map((m) => [m.id, m.definition.name, '', '', 'no', '']),
  check: checkRow,
  unique: {
    column: 'period',
    key: (area, get) => (area.measures.has(get('measure_id')) && get('period') ? `${get('measure_id')}|${get('period')}` : null),
    message: (line) => `This measure and period are also on line ${line}`,
  },
  preview: {
    headings: ['Measure', 'Period', 'Value', 'Note'],
    cells: (r) => [
      r.measure,
      r.period,
      String(r.value),
      [r.replaces !== null ? `replaces ${r.replaces}` : 'new', r.isProvisional ? 'provisional' : ''].filter(Boolean).join(', '),
    ],
  },
  write: writeValues,
}

export const measureCsvTemplate = (user: SessionUser, slug: string) => csvTemplate(MEASURE_VALUES_CSV, user, slug)
export const checkMeasureCsv = (user: SessionUser, slug: string, text: string) => checkCsv(MEASURE_VALUES_CSV, user, slug, text)
export const importMeasureCsv = (user: SessionUser, slug: string, text: string, onProgress?: Progress) =>
  applyCsv(MEASURE_VALUES_CSV, user, slug, text, onProgress)
