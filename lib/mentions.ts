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
  const names = people
    .map((p) => ({ id: p.id, name: p.name.trim().replace(/\s+/g, ' ') }))
    .filter((p) => p.name)
    .map((p) => ({
      ...p,
      // Spaces in the name match any run of spaces, as people type them. The name must end
      // where a word does: "@Sam Patel-Jones" is not "@Sam Patel", but the possessive "@Sam
      // Patel’s" is (an apostrophe then a lone "s" still ends the name).
      pattern: new RegExp(`^${escape(p.name).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}]|[-'’](?!s(?![\\p{L}\\p{N}]))\\p{L})`, 'iu'),
    }))
  const found = new Set<string>()
  // Each "@" (not inside a word or an e-mail address) names whoever's full name it starts with,
  // the longest one when one name begins another ("@Jo Ng Smith" is not also "@Jo Ng").
  for (const at of body.matchAll(/(^|[^\p{L}\p{N}@])@/gu)) {
    const rest = body.slice((at.index ?? 0) + at[0].length)
    const hits = names.filter((n) => n.pattern.test(rest))
    const longest = Math.max(0, ...hits.map((h) => h.name.length))
    for (const h of hits) if (h.name.length === longest) found.add(h.id)
  }
  return people.filter((p) => found.has(p.id)).map((p) => p.id)
}
