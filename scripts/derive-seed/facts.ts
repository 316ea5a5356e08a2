/**
 * Reading one fact of the fact base: whether a source supports it, its source URLs, amounts as
 * pence, and descriptions in our own words (used by scripts/derive-seed-data.ts).
 */
import type { AllocationSeed, SourceRef, SourceStatusTag, Sourced } from '../../prisma/seed-data/types'

export type RawFact<T = unknown> = { value: T; source: string | null; status: SourceStatusTag; note?: string }

export const USABLE: ReadonlySet<SourceStatusTag> = new Set([
  'confirmed',
  'confirmed_secondary',
  'partial',
  'conflict',
  'baseline_only',
  'role_only',
])

export function splitSources(source: string | null, status: SourceStatusTag): SourceRef[] {
  if (!source) return []
  return source
    .split(/\s*;\s*/)
    .map((s) => s.trim())
    .filter((s) => /^https?:\/\//.test(s))
    .map((url) => ({ url, status }))
}

/** A fact we may show: a usable status and at least one source URL. */
export function sourced<T>(fact: RawFact<T> | null | undefined): Sourced<T> | null {
  if (!fact || fact.value === null || fact.value === undefined) return null
  if (!USABLE.has(fact.status)) return null
  const sources = splitSources(fact.source, fact.status)
  return sources.length ? { value: fact.value, sources } : null
}

/** "nearly 2,100,000" → { pence: 210000000n, qualifier: 'NEARLY' }. Null when no figure. */
export function parseAmount(
  raw: number | string | null | undefined,
): { pence: bigint; qualifier: AllocationSeed['qualifier'] } | null {
  if (raw === null || raw === undefined) return null
  if (typeof raw === 'number') return Number.isFinite(raw) ? { pence: BigInt(Math.round(raw * 100)), qualifier: 'EXACT' } : null
  const m = /^\s*(nearly|over|up to|about|around|approximately)?\s*£?\s*([\d,]+(?:\.\d+)?)\s*$/i.exec(raw)
  if (!m) return null
  const word = (m[1] ?? '').toLowerCase()
  const qualifier: AllocationSeed['qualifier'] =
    word === 'nearly' ? 'NEARLY' : word === 'over' ? 'OVER' : word === 'up to' ? 'UP_TO' : word ? 'APPROXIMATE' : 'EXACT'
  const pounds = Number((m[2] ?? '').replace(/,/g, ''))
  if (!Number.isFinite(pounds)) return null
  return { pence: BigInt(Math.round(pounds * 100)), qualifier }
}

/** Drops text that quotes a source ('We want …'); we state facts in our own words. */
export function ownWords(text: string | null | undefined): string | null {
  if (!text) return null
  if (/['‘"“][A-Z][a-z]* [a-z]/.test(text)) return null
  return text.trim()
}

/** "Blackpool Council (unitary)" → { name: "Blackpool Council", kind: "unitary" }. */
export function splitParenthetical(text: string): { name: string; kind: string | null } {
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(text)
  return m ? { name: (m[1] ?? '').trim(), kind: (m[2] ?? '').trim() } : { name: text.trim(), kind: null }
}
