/**
 * The one grammar of periods a value or target can be given for, read the same way by forms,
 * CSV uploads and the status rule. Strict: a period that is not exactly one of these, or that
 * falls outside FIRST_YEAR–LAST_YEAR, is not a period.
 *
 *   2019           a year: the school year ending 31 August 2019 (as DfE publishes attainment)
 *   2018/19        a school year, also 2018-19 or 2018/2019: ends 31 August 2019
 *   FY2018/19      a financial year, also "FY 2018-19": ends 31 March 2019
 *   2019-03        a calendar month: ends on its last day ("2011-12" is December 2011; write
 *                  the school year as 2011/12)
 *   2019-03-14     a day
 *
 * The second year of a school or financial year must follow the first ("2019/21" is refused).
 */

export const FIRST_YEAR = 1990
export const LAST_YEAR = 2100

export type PeriodKind = 'year' | 'school-year' | 'financial-year' | 'month' | 'day'
export type Period = { kind: PeriodKind; end: Date }

const inRange = (year: number) => year >= FIRST_YEAR && year <= LAST_YEAR
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d))

/** The year a "2018/19", "2018-19" or "2018/2019" span ends in, if it follows the first. */
function secondYear(first: number, second: string): number | null {
  const year = second.length === 2 ? Math.floor(first / 100) * 100 + Number(second) + (second === '00' ? 100 : 0) : Number(second)
  return year === first + 1 ? year : null
}

export function parsePeriod(text: string | null | undefined): Period | null {
  const p = (text ?? '').trim()
  let m = /^(\d{4})$/.exec(p)
  if (m) {
    const year = Number(m[1])
    return inRange(year) ? { kind: 'year', end: utc(year, 7, 31) } : null
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p)
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
    const day = utc(y, mo - 1, d)
    // Date.UTC rolls 30 February over into March: a real day reads back as itself.
    const real = day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d
    return real && inRange(y) ? { kind: 'day', end: day } : null
  }
  m = /^(\d{4})-(\d{2})$/.exec(p)
  if (m) {
    const [y, second] = [Number(m[1]), Number(m[2])]
    if (!inRange(y)) return null
    if (second >= 1 && second <= 12) return { kind: 'month', end: utc(y, second, 0) }
    const end = secondYear(y, m[2] as string)
    return end && inRange(end) ? { kind: 'school-year', end: utc(end, 7, 31) } : null
  }
  m = /^(FY ?)?(\d{4})[/-](\d{2}|\d{4})$/i.exec(p)
  if (m) {
    const first = Number(m[2])
    const end = secondYear(first, m[3] as string)
    if (!end || !inRange(first) || !inRange(end)) return null
    return m[1] ? { kind: 'financial-year', end: utc(end, 2, 31) } : { kind: 'school-year', end: utc(end, 7, 31) }
  }
  return null
}

/** How a user is told what to type, in forms and in CSV problems alike. */
export const PERIOD_HINT =
  'A year (2019), a school year (2018/19), a financial year (FY2018/19), a month (2019-03) or a day (2019-03-14)'

/** The error for a period that cannot be read. */
export const PERIOD_ERROR = `Enter the period as ${PERIOD_HINT.charAt(0).toLowerCase()}${PERIOD_HINT.slice(1)}`
