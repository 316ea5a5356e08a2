/**
 * Board meetings happen at a time of day in England: entered and shown in UK time (GMT or
 * BST), stored as an instant. Intl knows the clock changes, so none are written out here.
 */
const LONDON = 'Europe/London'

const parts = (at: Date) =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: LONDON,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>

/** Minutes UK time is ahead of UTC at `at` (0 in winter, 60 in summer). */
function offsetMinutes(at: Date): number {
  const p = parts(at)
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute))
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000)
}

/** The instant of `hour:minute` UK time on the calendar day `day` (a UTC-midnight date). */
export function londonInstant(day: Date, hour: number, minute: number): Date {
  const naive = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute)
  // The offset at the naive instant is right except within an hour of a clock change; checking
  // it again at the corrected instant settles those.
  const first = naive - offsetMinutes(new Date(naive)) * 60_000
  return new Date(naive - offsetMinutes(new Date(first)) * 60_000)
}

/** "Tuesday 3 March 2026, 6:30pm" in UK time. */
export function formatLondon(at: Date): string {
  const date = new Intl.DateTimeFormat('en-GB', {
    timeZone: LONDON,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(at)
  const p = parts(at)
  const h = Number(p.hour)
  const time = `${h % 12 === 0 ? 12 : h % 12}${p.minute === '00' ? '' : `:${p.minute}`}${h < 12 ? 'am' : 'pm'}`
  return `${date.replace(',', '')}, ${time}`
}

/** The UK calendar day and 24-hour time of an instant, for putting back into a form. */
export function londonParts(at: Date): { day: string; month: string; year: string; time: string } {
  const p = parts(at)
  return { day: String(Number(p.day)), month: String(Number(p.month)), year: p.year, time: `${p.hour}:${p.minute}` }
}

/** The UK calendar day of an instant, as YYYY-MM-DD. */
export function londonDay(at: Date): string {
  const p = parts(at)
  return `${p.year}-${p.month}-${p.day}`
}

/** The UK day of an instant as a date-only value (midnight UTC of that day), as @db.Date columns hold days. */
export const londonDate = (at: Date): Date => new Date(`${londonDay(at)}T00:00:00Z`)
