import type { EntityChange } from '@/lib/data/public/plan-history'

/** What changed in a plan, entity by entity, in words: used by the change log and the version diff. */
export function ChangeList({ changes, headingLevel = 3 }: { changes: EntityChange[]; headingLevel?: 2 | 3 | 4 }) {
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2] ?? 'h3'
  return changes.map((c, i) => (
    <div key={i}>
      <Heading className="govuk-heading-s">
        {c.added ? `New ${c.kindLabel.toLowerCase()}` : c.removed ? `Removed ${c.kindLabel.toLowerCase()}` : c.kindLabel}:{' '}
        {c.title}
      </Heading>
      <ul className="govuk-list govuk-list--bullet">
        {/* A new entity lists what it was given, not every field left empty. */}
        {c.fields
          .filter((f) => !c.added || f.after !== null)
          .map((f) => (
            <li key={f.field}>
              {c.added
                ? `${f.label}: ${f.after ?? 'not set'}`
                : f.field === 'ownerId'
                  ? `${f.label} changed`
                  : `${f.label} changed from ${f.before ?? 'not set'} to ${f.after ?? 'not set'}`}
            </li>
          ))}
      </ul>
    </div>
  ))
}
