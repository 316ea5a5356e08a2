/**
 * Reading time of board papers from their measured length (lib/paper-length.ts measures at
 * upload). Safe in the browser.
 */
export type PaperLength = { pages: number | null; words: number | null }

/** Minutes to read: 200 words a minute; a PDF page of board paper 3 minutes, a slide 1. */
export function readingMinutes(l: PaperLength & { contentType: string }): number | null {
  if (l.words !== null) return Math.max(1, Math.round(l.words / 200))
  if (l.pages === null) return null
  return l.contentType.includes('presentationml') ? Math.max(1, l.pages) : l.pages * 3
}

/** ", about 40 minutes to read" — and what could not be measured, rather than a guess. */
export function readingNote(papers: { pages: number | null; words: number | null; contentType: string }[]): string {
  const minutes = papers.map((p) => readingMinutes(p))
  const known = minutes.filter((m): m is number => m !== null)
  const unknown = minutes.length - known.length
  if (known.length === 0) return unknown ? '; reading time not known' : ''
  const total = known.reduce((a, b) => a + b, 0)
  const hours = Math.round((total / 60) * 2) / 2
  const time = total < 60 ? `${total} ${total === 1 ? 'minute' : 'minutes'}` : hours === 1 ? 'an hour' : `${hours} hours`
  return `, about ${time} to read${unknown ? ` (and ${unknown} ${unknown === 1 ? 'paper' : 'papers'} not measured)` : ''}`
}
