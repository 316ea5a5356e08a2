/**
 * Mentions in a comment: "@" followed by a person's full name as the portal knows it ("@Sam
 * Patel"), in any case, not run into a longer word ("@Sam Patelson" is nobody). Names are matched
 * against the people of the item's area only, so a mention never reaches someone outside it.
 * Safe in the browser.
 */
export type Mentionable = { id: string; name: string }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The ids of the people a body mentions, each once, in the order of `people`. */
export function mentionedIds(body: string, people: readonly Mentionable[]): string[] {
  const found = new Set<string>()
  for (const p of people) {
    const name = p.name.trim().replace(/\s+/g, ' ')
    if (!name) continue
    // Spaces in the name match any run of spaces, as people type them.
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}@])@${escape(name).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu')
    if (pattern.test(body)) found.add(p.id)
  }
  return [...found]
}
