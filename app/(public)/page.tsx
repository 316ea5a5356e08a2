import Link from 'next/link'
import { listAreas, type AreaSummary } from '@/lib/data/public/areas'
import { getLifeStageMatrix } from '@/lib/data/public/life-stages'
import { getProgrammeFigures } from '@/lib/data/public/programme'
import { HeadlineFigures } from './_components/headline-figures'
import { DownloadLinks } from '@/components/ui/download-links'
import { TableScroll } from '@/components/ui/table-scroll'
import { LifeStageMatrix } from './_components/life-stage-matrix'
import { formatPartialDate } from '@/lib/format'
import { TableHead } from '@/components/ui/table-head'

/** Rendered on its first visit and then served from the page cache (ADR 004). */
export const revalidate = 300

/** Areas grouped by English region ("North West (Greater Manchester)" counts as North West); unknown last. */
function byRegion(areas: AreaSummary[]): [string | null, AreaSummary[]][] {
  const groups = new Map<string | null, AreaSummary[]>()
  for (const a of areas) {
    const region = a.region ? (a.region.split(' (')[0] ?? a.region) : null
    groups.set(region, [...(groups.get(region) ?? []), a])
  }
  return [...groups].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
}

export default async function HomePage() {
  const [areas, matrix, figures] = await Promise.all([listAreas(), getLifeStageMatrix(), getProgrammeFigures()])
  return (
    <>
      <h1 className="govuk-heading-xl">Opportunity Areas</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">
            From 2016 to 2022 the Department for Education worked with local partnership boards in 12 places where children from
            poorer homes had the weakest chances of getting on in life.
          </p>
          <p className="govuk-body">
            Each board chose a small number of priorities, set measures of success and oversaw a delivery plan and its funding.
            This portal shows what each area planned and what is known about it, with the public source of every fact. Where a
            figure was never published, we say so rather than estimate it.
          </p>
        </div>
      </div>

      <HeadlineFigures figures={figures} />

      <h2 className="govuk-heading-l">The {areas.length} areas</h2>
      <p className="govuk-body">Grouped by English region.</p>
      <TableScroll label="The 12 Opportunity Areas">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m govuk-visually-hidden">
            Opportunity Areas by region, with their announcement and number of priorities
          </caption>
          <TableHead columns={['Area', 'Announced', { label: 'Priorities', numeric: true }]} />
          {byRegion(areas).map(([region, list]) => (
            <tbody key={region ?? 'unknown'} className="govuk-table__body">
              <tr className="govuk-table__row">
                <th scope="rowgroup" colSpan={3} className="govuk-table__header app-region-heading">
                  {region ?? 'Region not confirmed by a source'}
                </th>
              </tr>
              {list.map((a) => (
                <tr key={a.slug} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                    <Link href={`/areas/${a.slug}`} className="govuk-link">
                      {a.name}
                    </Link>
                  </th>
                  <td className="govuk-table__cell">
                    {formatPartialDate(a.announcedOn)} (wave {a.wave})
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{a.priorityCount}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </TableScroll>
      <DownloadLinks dataset="areas" label="the areas" />

      <h2 className="govuk-heading-l">What the boards prioritised</h2>
      <p className="govuk-body">
        Each board chose its priorities for its own area. Plans were organised by stage of life; the table shows where each
        area&apos;s priorities fall. Select a life stage to compare what the boards planned for it.
      </p>
      <LifeStageMatrix matrix={matrix} />
      <DownloadLinks dataset="priorities" label="all priorities" />
      <p className="govuk-body">
        Were the boards led locally?{' '}
        <Link href="/influence" className="govuk-link">
          See how much of each board’s work began with local partners and chairs
        </Link>
        .
      </p>
      <p className="govuk-body">
        All the data on this portal is{' '}
        <Link href="/open-data" className="govuk-link">
          open data
        </Link>
        : files to download and an API.
      </p>
    </>
  )
}
