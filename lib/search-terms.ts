/**
 * Turning a visitor's search text into terms, and finding them in a text. Pure, so the page and
 * the data layer share one definition of "matches".
 */
export const MAX_QUERY_LENGTH = 100
const MAX_TERMS = 6

/** Lower-cased words of at least 2 characters, without LIKE wildcards; empty when nothing usable. */
export function searchTerms(raw: string | undefined | null): string[] {
  const text = (raw ?? '').slice(0, MAX_QUERY_LENGTH).toLowerCase()
  const words = text
    .replace(/[%_\\]/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length >= 2)
  return [...new Set(words)].slice(0, MAX_TERMS)
}

export type Fragment = { text: string; match: boolean }

/**
 * A short excerpt of `text` around the first term found, split into matched and unmatched
 * fragments (rendered with <mark>). Null when no term occurs.
 */
export function excerpt(text: string, terms: string[], radius = 70): Fragment[] | null {
  const lower = text.toLowerCase()
  const positions = terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0)
  if (positions.length === 0) return null
  const first = Math.min(...positions)
  const start = Math.max(0, first - radius)
  const end = Math.min(text.length, first + radius * 2)
  const slice = text.slice(start, end)
  const pattern = new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi')
  const fragments: Fragment[] = slice
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, match: terms.includes(part.toLowerCase()) }))
  if (start > 0) fragments.unshift({ text: '…', match: false })
  if (end < text.length) fragments.push({ text: '…', match: false })
  return fragments
}
