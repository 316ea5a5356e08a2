import type { Metadata } from 'next'
import Link from 'next/link'
import { searchPublic, type SearchHit } from '@/lib/data/public/search'
import { MAX_QUERY_LENGTH, searchTerms } from '@/lib/search-terms'

export const metadata: Metadata = { title: 'Search' }

const GROUPS = [
  ['areas', 'Areas'],
  ['priorities', 'Priorities'],
  ['measures', 'Success measures'],
  ['actions', 'Actions'],
  ['board', 'Board meetings and decisions'],
] as const

function Hit({ hit }: { hit: SearchHit }) {
  return (
    <li className="govuk-!-margin-bottom-4">
      <Link href={hit.href} className="govuk-link govuk-!-font-weight-bold">
        {hit.title}
      </Link>
      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0 app-not-published">{hit.area}</span>
      <p className="govuk-body-s govuk-!-margin-bottom-0">
        <span className="govuk-!-font-weight-bold">{hit.field}: </span>
        {hit.fragments.map((f, i) => (f.match ? <mark key={i}>{f.text}</mark> : <span key={i}>{f.text}</span>))}
      </p>
    </li>
  )
}

export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  const raw = (await searchParams).q
  // Bounded: anything past the limit is ignored rather than searched.
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, MAX_QUERY_LENGTH) ?? ''
  const terms = searchTerms(q)
  const results = await searchPublic(terms)
  const total = GROUPS.reduce((n, [key]) => n + results[key].length, 0)

  return (
    <>
      <h1 className="govuk-heading-xl">Search</h1>
      <form method="get" action="/search" role="search" className="govuk-!-margin-bottom-6">
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="q">
            Search areas, priorities, measures, actions and board meetings
          </label>
          <div className="govuk-hint" id="q-hint">
            For example, a place, a school, &quot;phonics&quot; or &quot;mental health&quot;
          </div>
          <input
            className="govuk-input govuk-!-width-two-thirds"
            id="q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={MAX_QUERY_LENGTH}
            aria-describedby="q-hint"
            spellCheck={false}
          />
        </div>
        <button type="submit" className="govuk-button govuk-!-margin-bottom-0">
          Search
        </button>
      </form>

      {q.trim() !== '' && terms.length === 0 && <p className="govuk-body">Enter at least 2 letters or numbers to search.</p>}
      {terms.length > 0 && (
        <>
          <p className="govuk-body" role="status">
            {total === 0 ? `No results for “${q.trim()}”.` : `${total} ${total === 1 ? 'result' : 'results'} for “${q.trim()}”.`}
          </p>
          {GROUPS.map(([key, heading]) =>
            results[key].length === 0 ? null : (
              <section key={key} aria-labelledby={`results-${key}`}>
                <h2 className="govuk-heading-m" id={`results-${key}`}>
                  {heading} ({results[key].length})
                </h2>
                <ul className="govuk-list">
                  {results[key].map((hit) => (
                    <Hit key={hit.href + hit.title} hit={hit} />
                  ))}
                </ul>
              </section>
            ),
          )}
        </>
      )}
    </>
  )
}
