import type { Metadata } from 'next'
import Link from 'next/link'
import { Allocated, Recorded, Remaining } from '@/components/funding/money-cells'
import { DataTable } from '@/components/ui/data-table'
import { DownloadLinks } from '@/components/ui/download-links'
import { NotPublished } from '@/components/ui/not-published'
import { getProgrammeFunding } from '@/lib/data/public/programme-funding'
import { formatDate, formatPence } from '@/lib/format'

/** Rendered on its first visit and then served from the page cache (ADR 004). */
export const revalidate = 300

export const metadata: Metadata = { title: 'Programme funding' }

/**
 * The programme's line of sight, as tables a person can follow: national stream → what each
 * area was allocated from it → committed and spent; then the same money by life stage. Each
 * area's page carries it on to priorities, actions and the success measures they serve.
 */
export default async function ProgrammeFundingPage() {
  const p = await getProgrammeFunding()
  const money = [
    {
      header: 'Allocated',
      numeric: true,
      cell: (r: { totals: typeof p.total }) => <Allocated totals={r.totals} none="None published" />,
    },
    { header: 'Committed', numeric: true, cell: (r: { totals: typeof p.total }) => <Recorded pence={r.totals.committedPence} /> },
    { header: 'Spent', numeric: true, cell: (r: { totals: typeof p.total }) => <Recorded pence={r.totals.spentPence} /> },
    { header: 'Remaining', numeric: true, cell: (r: { totals: typeof p.total }) => <Remaining totals={r.totals} /> },
  ]
  return (
    <>
      <h1 className="govuk-heading-xl">Programme funding</h1>
      <p className="govuk-body">
        Where the programme’s money went: from each national funding stream to the areas, and what each area has committed and
        spent. Allocations come from published sources or an area’s funding return; commitments and spend appear once an area’s
        chair signs off a return.{' '}
        {p.latestReturn
          ? `The newest return is for figures as at ${formatDate(new Date(p.latestReturn))}.`
          : 'No area has signed off a funding return yet.'}{' '}
        Fictional demo figures are never added here. Reported totals that sum several years are on each area’s page, not here.
      </p>
      <p className="govuk-body">
        Each area’s page follows its money on to priorities, actions and the success measures they serve.{' '}
        <Link href="/compare?show=funding" className="govuk-link">
          Compare the 12 areas’ funding side by side
        </Link>
        .
      </p>
      <DataTable
        caption="Funding by national stream"
        captionSize="m"
        rows={p.streams}
        rowKey={(s) => s.slug}
        columns={[
          {
            header: 'Stream',
            cell: (s) => (
              <>
                {s.name}
                <span className="govuk-hint govuk-!-margin-0">{s.funder}</span>
              </>
            ),
          },
          {
            header: 'Total as announced',
            numeric: true,
            cell: (s) =>
              s.totalPence === null ? <NotPublished>Not published</NotPublished> : formatPence(s.totalPence, s.totalQualifier),
          },
          ...money,
        ]}
      />
      <h2 className="govuk-heading-l">From each stream to the areas</h2>
      {p.streams
        .filter((s) => s.areas.length > 0)
        .map((s) => (
          <DataTable
            key={s.slug}
            caption={s.name}
            rows={s.areas}
            rowKey={(a) => a.slug}
            columns={[
              {
                header: 'Area',
                cell: (a) => (
                  <Link href={`/areas/${a.slug}#funding`} className="govuk-link">
                    {a.name}
                  </Link>
                ),
              },
              ...money,
            ]}
          />
        ))}
      <h2 className="govuk-heading-l">By life stage</h2>
      <p className="govuk-body">
        Money earmarked for priorities (or their actions) in each life stage, and what has been committed to and spent on those
        actions. Money not earmarked for a priority is in the stream totals above only.
      </p>
      <DataTable
        caption="Funding by life stage"
        captionSize="hidden"
        rows={p.lifeStages}
        rowKey={(l) => l.slug}
        columns={[{ header: 'Life stage', cell: (l) => l.name }, ...money]}
      />
      <DownloadLinks dataset="funding" label="all funding figures" />
      <DownloadLinks dataset="funding-entries" label="all commitments and spend" />
      <DownloadLinks dataset="grants" label="grants in the 360Giving shape" />
    </>
  )
}
