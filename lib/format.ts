/** Formatting for display, in GOV.UK style (en-GB, "19 January 2018", "£1,250,000"). */

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 })
const poundsPence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 })

export type AmountQualifierName = 'EXACT' | 'APPROXIMATE' | 'UP_TO' | 'OVER' | 'NEARLY'

const QUALIFIER_WORDS: Record<AmountQualifierName, string> = {
  EXACT: '',
  APPROXIMATE: 'about ',
  UP_TO: 'up to ',
  OVER: 'over ',
  NEARLY: 'nearly ',
}

/** Integer pence → "£1,250,000" (pence shown only when there are any). */
export function formatPence(pence: bigint | string, qualifier: AmountQualifierName = 'EXACT'): string {
  const value = typeof pence === 'string' ? BigInt(pence) : pence
  const whole = value % 100n === 0n
  const text = whole ? pounds.format(Number(value / 100n)) : poundsPence.format(Number(value) / 100)
  return `${QUALIFIER_WORDS[qualifier]}${text}`
}

/** Integer pence → pounds in millions to one decimal place, for a chart's axis: 1,823,000,000p → 18.2. */
export function penceToMillions(pence: bigint | string): number {
  const value = typeof pence === 'string' ? BigInt(pence) : pence
  // 100 pence a pound, a million pounds: one decimal of a million is 10,000,000 pence.
  return Math.round(Number(value) / 10_000_000) / 10
}

/** Integer pence → pounds in thousands to one decimal place, for a chart's axis: 1,250,000p → 12.5. */
export function penceToThousands(pence: bigint | string): number {
  const value = typeof pence === 'string' ? BigInt(pence) : pence
  // One decimal of a thousand pounds is 10,000 pence.
  return Math.round(Number(value) / 10_000) / 10
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** ISO date to the precision given: "2018-01-19" → "19 January 2018", "2017-10" → "October 2017". */
export function formatPartialDate(iso: string | null | undefined): string | null {
  if (!iso) return null
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso)
  if (!m) return null
  const [, y, mo, d] = m
  const month = mo ? MONTHS[Number(mo) - 1] : undefined
  if (mo && !month) return null
  if (d) return `${Number(d)} ${month} ${y}`
  if (month) return `${month} ${y}`
  return y ?? null
}

export function formatDate(date: Date): string {
  return formatPartialDate(date.toISOString().slice(0, 10)) ?? ''
}

export type UnitName = 'PERCENT' | 'PERCENTAGE_POINTS' | 'COUNT' | 'SCORE' | 'RATE_PER_1000' | 'GBP'

export function formatMeasure(value: number | null, unit: UnitName): string | null {
  if (value === null) return null
  const n = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(value)
  switch (unit) {
    case 'PERCENT':
      return `${n}%`
    case 'PERCENTAGE_POINTS':
      return `${n} percentage points`
    case 'RATE_PER_1000':
      return `${n} per 1,000`
    case 'GBP':
      return `£${n}`
    default:
      return n
  }
}

/**
 * A target in words: "75% by 2020"; a qualitative one as its note, with the period after it in
 * brackets, because the note often has a date of its own ("… by September 2018 (target period
 * 2018/2021)", never "… by September 2018 by 2018/2021"). Null when no target was published.
 */
export function formatTarget(t: {
  targetValue: number | null
  targetNote: string | null
  targetPeriod: string | null
  unit: UnitName
}): string | null {
  const value = formatMeasure(t.targetValue, t.unit)
  if (value) return t.targetPeriod ? `${value} by ${t.targetPeriod}` : value
  if (t.targetNote) return t.targetPeriod ? `${t.targetNote} (target period ${t.targetPeriod})` : t.targetNote
  return null
}
