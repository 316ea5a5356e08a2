/** The one period grammar: every accepted form, and the edges it refuses. */
import { describe, expect, it } from 'vitest'
import { FIRST_YEAR, LAST_YEAR, parsePeriod } from '@/lib/period'

const read = (text: string) => {
  const p = parsePeriod(text)
  return p && `${p.kind} ${p.end.toISOString().slice(0, 10)}`
}

describe('parsePeriod', () => {
  it.each([
    ['2019', 'year 2019-08-31'],
    ['2018/19', 'school-year 2019-08-31'],
    ['2018-19', 'school-year 2019-08-31'],
    ['2018/2019', 'school-year 2019-08-31'],
    ['1999/00', 'school-year 2000-08-31'],
    ['FY2018/19', 'financial-year 2019-03-31'],
    ['fy 2018-19', 'financial-year 2019-03-31'],
    ['FY2018/2019', 'financial-year 2019-03-31'],
    ['2019-03', 'month 2019-03-31'],
    ['2020-02', 'month 2020-02-29'],
    ['2011-12', 'month 2011-12-31'],
    ['2019-03-14', 'day 2019-03-14'],
    ['2020-02-29', 'day 2020-02-29'],
    [' 2021 ', 'year 2021-08-31'],
    [String(FIRST_YEAR), `year ${FIRST_YEAR}-08-31`],
    [String(LAST_YEAR), `year ${LAST_YEAR}-08-31`],
  ])('reads %j as %s', (text, expected) => {
    expect(read(text)).toBe(expected)
  })

  it.each([
    ['2019-02-30', 'a day that does not exist (once stored as 2 March)'],
    ['2019-02-29', '29 February in a common year'],
    ['2019-13-01', 'month 13'],
    ['2019-13', 'neither a month nor the school year after 2019 (once read as ending 2013)'],
    ['2019-00', 'month 0'],
    ['2019/21', 'a span of two years'],
    ['2019/2021', 'a span of two years'],
    ['2019/18', 'a year before the first'],
    ['FY2019/21', 'a financial span of two years'],
    ['9999', 'beyond the last year (once sorted as the newest value)'],
    ['2300-01-01', 'beyond the last year, by day'],
    [String(FIRST_YEAR - 1), 'before the first year'],
    [`${LAST_YEAR}/${(LAST_YEAR + 1) % 100}`, 'a school year ending after the last year'],
    ['20 19', 'spaces inside'],
    ['2019/20/21', 'three parts'],
    ['January 2019', 'words'],
    ['2019-Q3', 'a quarter'],
    ['', 'nothing'],
    ['２０１９', 'full-width digits'],
  ])('refuses %j: %s', (text) => {
    expect(parsePeriod(text)).toBeNull()
  })
})
