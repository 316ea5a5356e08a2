import Link from 'next/link'
import { LineOfSightTable } from '@/components/funding/line-of-sight-table'
import { MoneyChart, moneyFinding } from '@/components/funding/money-chart'
import { Recorded } from '@/components/funding/money-cells'
import { DataTable } from '@/components/ui/data-table'
import { DownloadLinks } from '@/components/ui/download-links'
import { NotPublished } from '@/components/ui/not-published'
import { SourceRefs } from '@/components/ui/source-refs'
import type { AreaProfile } from '@/lib/data/public/areas'
import { formatDate, formatPence } from '@/lib/format'

/**
 * The area's published funding: the allocations (with sources, or the funding return that
 * published them), then where the money went — table first, then the chart — by priority and
 * action, with the success measures each action serves. Unknown is said, never £0.
 */
export function FundingSection({ area }: { area: AreaProfile }) {
  const { money, demoMoney } = area
  const byAllocation = new Map([...money.allocations, ...demoMoney.allocations].map((a) => [a.id, a.totals]))
  return (
    <>
      <h2 className="govuk-heading-l" id="funding">
        Funding
      </h2>
      <p className="govuk-body">
        {area.fundingAsAt
          ? `Figures as at ${formatDate(new Date(area.fundingAsAt))}, from the latest funding return the board’s chair signed off.`
          : 'Only allocations from published sources are shown: no funding return has been signed off for this area, so no commitments or spend are published.'}
      </p>
      {area.funding.length === 0 ? (
        <p className="govuk-body">
          <NotPublished>No funding figures for this area have been published in a source we hold</NotPublished>
        </p>
      ) : (
        <DataTable
          caption={`Funding figures for ${area.name}`}
          captionSize="hidden"
          rows={area.funding}
          rowKey={(a) => a.id}
          columns={[
            { header: 'Stream', cell: (a) => a.stream },
            { header: 'Period', cell: (a) => a.period },
            {
              header: 'As reported',
              cell: (a) => (
                <>
                  {a.label}
                  {a.kind === 'REPORTED_TOTAL' && ' (a reported total, not added to allocations)'}
                  {a.isDemo && <strong className="govuk-tag govuk-tag--grey govuk-!-margin-left-1">Demo</strong>}
                </>
              ),
            },
            {
              header: 'Amount',
              numeric: true,
              cell: (a) => (
                <>
                  {formatPence(a.amountPence, a.qualifier)}
                  {a.revised && <span className="govuk-hint govuk-!-margin-0">revised</span>}
                  <SourceRefs numbers={a.sources} />
                </>
              ),
            },
            {
              header: 'Spent from it',
              numeric: true,
              cell: (a) => (a.kind === 'REPORTED_TOTAL' ? '' : <Recorded pence={byAllocation.get(a.id)?.spentPence ?? '0'} />),
            },
          ]}
        />
      )}
      {money.hasEntries && (
        <>
          <h3 className="govuk-heading-m" id="where-the-money-went">
            Where the money went
          </h3>
          <p className="govuk-body">{moneyFinding(money)}</p>
          <LineOfSightTable
            picture={money}
            caption={`Allocated, committed and spent for each priority and action in ${area.name}`}
          />
          <MoneyChart picture={money} />
        </>
      )}
      {demoMoney.hasEntries && (
        <>
          <h3 className="govuk-heading-m" id="demo-money">
            Fictional demo funding
          </h3>
          <p className="govuk-body">
            Made up for trying the portal out
            {area.demoFundingAsAt ? `, as at ${formatDate(new Date(area.demoFundingAsAt))}` : ''}, and never added to the real
            figures above. {moneyFinding(demoMoney)}
          </p>
          <LineOfSightTable picture={demoMoney} caption={`Fictional demo money for each priority and action in ${area.name}`} />
          <MoneyChart picture={demoMoney} />
        </>
      )}
      <p className="govuk-body">
        <Link href="/funding" className="govuk-link">
          Programme funding: every stream and area
        </Link>
      </p>
      {area.funding.length > 0 && <DownloadLinks dataset="funding" area={area.slug} label={`${area.name} funding`} />}
      {(money.hasEntries || demoMoney.hasEntries) && (
        <DownloadLinks dataset="funding-entries" area={area.slug} label={`${area.name} commitments and spend`} />
      )}
    </>
  )
}
