/**
 * CSV bulk update of success measure values for one area. The file is parsed by csv-parse and
 * checked row by row; the user sees every problem by line and column, and a file with any
 * problem writes nothing. A clean file is applied in one transaction, each value audited.
 */
import 'server-only'
import { authorize } from '@/lib/data/guard'
import { stringify } from 'csv-stringify/sync'
import { readCsv, type CsvProblem, type Progress } from '@/lib/csv-upload'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { periodEnd, valueRangeProblem } from '@/lib/measure-status'
import { parseDecimal } from '@/lib/validation/measure-value'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { recordAudit } from '@/lib/data/audit'
import { expirePublicArea } from '@/lib/data/public/cache'

export const MEASURE_CSV_COLUMNS = ['measure_id', 'measure', 'period', 'value', 'provisional', 'local_insight'] as const
export type MeasureCsvRow = {
  line: number
  measureId: string
  measure: string
  period: string
  value: number
  isProvisional: boolean
  localInsight: string | null
  replaces: number | null
}
export type MeasureCsvCheck = { rows: MeasureCsvRow[]; problems: CsvProblem[] }

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
          values: { select: { period: true, value: true } },
        },
      },
    },
  })
  if (!area) throw new AppError('NOT_FOUND', { message: `area ${slug} not found` })
  authorize(user, 'edit:plan', { areaId: area.id })
  return area
}

/** A template: one row per measure of the area, period and value left for the user to fill in. */
export async function measureCsvTemplate(user: SessionUser, slug: string): Promise<string> {
  const area = await areaMeasures(user, slug)
  return stringify(
    area.successMeasures.map((m) => [m.id, m.definition.name, '', '', 'no', '']),
    { header: true, columns: [...MEASURE_CSV_COLUMNS] },
  )
}

/** Checks a file without writing anything: the rows it would apply and every problem found. */
export async function checkMeasureCsv(user: SessionUser, slug: string, text: string): Promise<MeasureCsvCheck> {
  return checkAgainst(await areaMeasures(user, slug), text)
}

function checkAgainst(area: Awaited<ReturnType<typeof areaMeasures>>, text: string): MeasureCsvCheck {
  const csv = readCsv(text, MEASURE_CSV_COLUMNS)
  if (!csv.ok) return { rows: [], problems: [csv.problem] }
  const measures = new Map(area.successMeasures.map((m) => [m.id, m]))
  const seen = new Map<string, number>()
  const rows: MeasureCsvRow[] = []
  const problems: CsvProblem[] = []
  csv.rows.forEach(({ line, get }) => {
    const problem = (column: string, message: string) => problems.push({ line, column, message })
    const before = problems.length
    const measure = measures.get(get('measure_id'))
    if (!measure) problem('measure_id', 'Unknown measure: use the ids from this area’s template')
    const period = get('period')
    if (!period) problem('period', 'Enter the period')
    else if (period.length > 20 || !periodEnd(period))
      problem('period', 'Enter the period as 2019, 2018/19, 2019-03 or 2019-03-14')
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
    const key = `${measure?.id}|${period}`
    if (measure && period && seen.has(key)) problem('period', `This measure and period are also on line ${seen.get(key)}`)
    seen.set(key, seen.get(key) ?? line)
    if (problems.length > before || !measure || value === null) return
    rows.push({
      line,
      measureId: measure.id,
      measure: measure.definition.name,
      period,
      value,
      isProvisional: provisional === 'yes',
      localInsight: insight || null,
      replaces: measure.values.find((v) => v.period === period)?.value ?? null,
    })
  })
  return { rows, problems }
}

/** Applies a file all or nothing. Throws INVALID_INPUT (with the problems) if any row is bad. */
export async function importMeasureCsv(user: SessionUser, slug: string, text: string, onProgress?: Progress): Promise<number> {
  const area = await areaMeasures(user, slug)
  const { rows, problems } = checkAgainst(area, text)
  if (problems.length) throw new AppError('INVALID_INPUT', { userMessage: 'The file has problems: nothing was saved' })
  const db = await getDb()
  await db.$transaction(async (tx) => {
    for (const [i, r] of rows.entries()) {
      const data = {
        value: r.value,
        isProvisional: r.isProvisional,
        localInsight: r.localInsight,
        recordedById: user.id,
        isDemo: false,
      }
      const row = await tx.measureValue.upsert({
        where: { successMeasureId_period: { successMeasureId: r.measureId, period: r.period } },
        create: { ...data, successMeasureId: r.measureId, period: r.period, periodEnd: periodEnd(r.period) as Date },
        update: { ...data, version: { increment: 1 } },
        select: { id: true },
      })
      await recordAudit(tx, {
        actor: { id: user.id, label: user.email },
        action: r.replaces === null ? 'recorded measure value (CSV)' : 'corrected measure value (CSV)',
        entityType: 'MEASURE_VALUE',
        entityId: row.id,
        areaId: area.id,
        before: r.replaces === null ? undefined : { period: r.period, value: r.replaces },
        after: {
          measure: r.measure,
          period: r.period,
          value: r.value,
          isProvisional: r.isProvisional,
          localInsight: r.localInsight,
        },
      })
      onProgress?.(i + 1, rows.length)
    }
  })
  expirePublicArea(area.slug)
  return rows.length
}
