import type { Metadata } from 'next'
import { compareFunding, compareMeasure, listCoreMeasures } from '@/lib/data/public/compare'

import { FundingView, MeasureView } from './_components/views'
import { QuerySchema, type Query } from './query'

export const metadata: Metadata = { title: 'Compare the areas' }

function first(value: string | string[] | undefined) {
  return Array.isArray(value) ? value[0] : value
}

export default async function ComparePage({ searchParams }: PageProps<'/compare'>) {
  const sp = await searchParams
  const query = QuerySchema.parse({ show: first(sp.show), sort: first(sp.sort), dir: first(sp.dir) })
  const measures = await listCoreMeasures()
  const measure = query.show === 'funding' ? null : await compareMeasure(query.show)
  const effective: Query = measure ? query : { ...query, show: 'funding', sort: query.sort === 'total' ? 'total' : 'area' }
  const funding = measure ? null : await compareFunding()

  return (
    <>
      <h1 className="govuk-heading-xl">Compare the areas</h1>
      <form method="get" action="/compare" className="govuk-!-margin-bottom-6">
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="show">
            What to compare
          </label>
          <select className="govuk-select" id="show" name="show" defaultValue={effective.show}>
            <option value="funding">Funding allocations</option>
            {measures.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name} ({m.areaCount} {m.areaCount === 1 ? 'area' : 'areas'})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="govuk-button govuk-!-margin-bottom-0" data-module="govuk-button">
          Show
        </button>
      </form>
      {measure ? <MeasureView data={measure} query={effective} /> : funding && <FundingView data={funding} query={effective} />}
    </>
  )
}
