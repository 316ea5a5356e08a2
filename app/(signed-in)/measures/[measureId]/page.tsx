import { FlashBanner } from '@/components/ui/flash-banner'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { MeasureStatusTag } from '@/components/ui/measure-status-tag'
import { DataTable } from '@/components/ui/data-table'
import { requireUser } from '@/lib/auth/session'
import { getMeasure } from '@/lib/data/progress/measure-values'
import { formatMeasure } from '@/lib/format'
import { TOLERANCE } from '@/lib/measure-status'
import { OverrideForm, RecordValueForm } from './measure-forms'

export const metadata: Metadata = { title: 'Success measure' }

const UNIT_HINTS = {
  PERCENT: 'A percentage from 0 to 100, without the % sign.',
  PERCENTAGE_POINTS: 'In percentage points; may be negative.',
  COUNT: 'A count.',
  SCORE: 'A score.',
  RATE_PER_1000: 'A rate per 1,000.',
  GBP: 'In pounds.',
} as const

export default async function MeasurePage({ params, searchParams }: PageProps<'/measures/[measureId]'>) {
  const user = await requireUser()
  const [{ measureId }, query] = await Promise.all([params, searchParams])
  const m = await getMeasure(user, measureId)
  if (!m) notFound()
  const unit = m.definition.unit
  const fmt = (v: number | null) => formatMeasure(v, unit) ?? 'Not set'
  const values = [...m.values].reverse()
  const toCorrect = m.canEdit ? m.values.find((x) => x.period === query.correct) : undefined

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href={`/plans/${m.area.slug}`} className="govuk-back-link">
          Back to the working plan
        </Link>
        <FlashBanner params={query} />
        <span className="govuk-caption-l">
          {m.area.name}
          {m.priority ? `, priority ${m.priority.number}` : ''}
        </span>
        <h1 className="govuk-heading-l">{m.definition.name}</h1>
        <dl className="govuk-summary-list">
          {(
            [
              ['Status', <MeasureStatusTag key="s" status={m.status} override={m.statusOverrideReason} />],
              ['Latest value', m.latestValue === null ? 'None yet' : `${fmt(m.latestValue)} (${m.latestPeriod})`],
              ['Baseline', m.baseline ? `${fmt(m.baseline.value)} (${m.baseline.period ?? 'period not given'})` : 'Not set'],
              ['Target', m.target ? `${fmt(m.target.value)} by ${m.target.period ?? 'a date not given'}` : 'Not set'],
              [
                'Trajectory',
                m.trajectory.length
                  ? m.trajectory.map((t) => `${fmt(t.value)} (${t.period})`).join(', ')
                  : 'Straight line from baseline to target',
              ],
              ['Better when', m.definition.polarity === 'HIGHER_IS_BETTER' ? 'Higher' : 'Lower'],
              ['Kind', m.definition.isCore ? 'National core measure (comparable across areas)' : 'Local measure'],
              ['Data source', m.definition.dataSource ?? 'Not recorded'],
            ] as const
          ).map(([key, value]) => (
            <div key={key} className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{key}</dt>
              <dd className="govuk-summary-list__value">{value}</dd>
            </div>
          ))}
        </dl>
        {m.canEdit && (
          <p className="govuk-body">
            <Link href={`/plans/${m.area.slug}/measures/${m.id}`} className="govuk-link">
              Change the definition, baseline, trajectory or target
            </Link>{' '}
            (in the draft plan, for the chair to approve)
          </p>
        )}
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">How the status is worked out</span>
          </summary>
          <div className="govuk-details__text">
            The latest value is compared with where the line from the baseline to the target (through any trajectory points)
            expects it to be at the end of that period. On or ahead of the line it is on track. Behind the line by no more than{' '}
            {TOLERANCE * 100}% of the whole planned change it is at risk; further behind, off track. With no value after the
            baseline it is too early to judge.
          </div>
        </details>

        <h2 className="govuk-heading-m">Values</h2>
        {values.length === 0 ? (
          <p className="govuk-body">No values yet.{m.canEdit && ' Record the first one below.'}</p>
        ) : (
          <DataTable
            caption={`Values of ${m.definition.name}, newest first`}
            captionSize="hidden"
            scroll="Values"
            rows={values}
            rowKey={(v) => v.id}
            columns={[
              {
                header: 'Period',
                cell: (v) => (
                  <>
                    {v.period}
                    {v.isProvisional && <strong className="govuk-tag govuk-tag--grey govuk-!-margin-left-1">Provisional</strong>}
                    {v.isDemo && <strong className="govuk-tag govuk-tag--purple govuk-!-margin-left-1">Demo</strong>}
                  </>
                ),
              },
              { header: 'Value', numeric: true, cell: (v) => fmt(v.value) },
              { header: 'Local insight', cell: (v) => v.localInsight ?? '' },
              ...(m.canEdit
                ? [
                    {
                      header: <span className="govuk-visually-hidden">Correct</span>,
                      cell: (v: (typeof values)[number]) => (
                        <Link
                          href={`/measures/${m.id}?correct=${encodeURIComponent(v.period)}#record-value`}
                          className="govuk-link"
                        >
                          Correct<span className="govuk-visually-hidden"> the value for {v.period}</span>
                        </Link>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
        {m.canEdit && (
          <>
            {/* Keyed by what was saved, so a saved form starts again from the page's values. */}
            <RecordValueForm
              key={`v${m.values.map((x) => x.version).join('.')}:${toCorrect?.period ?? ''}`}
              measureId={m.id}
              unitHint={UNIT_HINTS[unit]}
              correcting={
                toCorrect && {
                  period: toCorrect.period,
                  value: String(toCorrect.value),
                  isProvisional: toCorrect.isProvisional,
                  localInsight: toCorrect.localInsight ?? '',
                  version: toCorrect.version,
                }
              }
            />
            <OverrideForm
              key={`o${m.version}`}
              measureId={m.id}
              version={m.version}
              status={m.statusIsOverride ? m.status : ''}
              reason={m.statusOverrideReason ?? ''}
            />
          </>
        )}
      </div>
    </div>
  )
}
