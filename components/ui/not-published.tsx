/** What we say where a fact is unknown: never a guess. */
export function NotPublished({ children = 'Not published' }: { children?: string }) {
  return <span className="app-not-published">{children}</span>
}
