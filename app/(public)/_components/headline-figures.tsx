import Link from 'next/link'
import type { ProgrammeFigures } from '@/lib/data/public/programme'
import { formatPence } from '@/lib/format'
import { MeasureStatusTag } from '@/components/ui/measure-status-tag'
import type { ComputedStatus } from '@/lib/measure-status'

const STATUS_ORDER: ComputedStatus[] = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'TOO_EARLY', 'NO_TARGET']

/** The programme at a glance: money by stream, and what the boards chose by life stage. */
export function HeadlineFigures({ figures }: { figures: ProgrammeFigures }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-one-half">
        <h2 className="govuk-heading-m">Programme funding</h2>
        <dl className="govuk-summary-list">
          {figures.streams.map((s) => (
            <div key={s.slug} className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{s.name}</dt>
              <dd className="govuk-summary-list__value">
                {s.totalPence ? (
                  formatPence(s.totalPence, s.totalQualifier)
                ) : (
                  <span className="app-not-published">Not published</span>
                )}
                <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                  {s.funder}
                  {s.sourceUrls.map((url, i) => (
                    <span key={url}>
                      {i === 0 ? ' – ' : ', '}
                      <a href={url} className="govuk-link" rel="external">
                        source{s.sourceUrls.length > 1 ? ` ${i + 1}` : ''}
                        <span className="govuk-visually-hidden"> for {s.name}</span>
                      </a>
                    </span>
                  ))}
                </span>
              </dd>
            </div>
          ))}
        </dl>
        <p className="govuk-body-s">
          Totals as announced: for the programme, or for the whole country where a stream is a national fund the areas had access
          to.{' '}
          <Link href="/funding" className="govuk-link">
            Where the money went
          </Link>{' '}
          and{' '}
          <Link href="/compare" className="govuk-link">
            what each area received
          </Link>
          .
        </p>
      </div>
      <div className="govuk-grid-column-one-half">
        <h2 className="govuk-heading-m">Priorities by life stage</h2>
        <dl className="govuk-summary-list">
          {figures.prioritiesByLifeStage.map((s) => (
            <div key={s.slug} className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">
                <Link href={`/life-stages/${s.slug}`} className="govuk-link">
                  {s.name}
                </Link>
              </dt>
              <dd className="govuk-summary-list__value">
                {s.priorities} {s.priorities === 1 ? 'priority' : 'priorities'} in {s.areas} {s.areas === 1 ? 'area' : 'areas'}
              </dd>
            </div>
          ))}
        </dl>
        <p className="govuk-body-s">
          {figures.priorityCount} priorities and {figures.measureCount} success measures are published,{' '}
          {figures.measuresWithTarget} of them with a target.
        </p>
        <h2 className="govuk-heading-m">Success measures</h2>
        <dl className="govuk-summary-list">
          {STATUS_ORDER.map((status) => (
            <div key={status} className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">
                <MeasureStatusTag status={status} />
              </dt>
              <dd className="govuk-summary-list__value">
                {figures.measureStatuses[status]} {figures.measureStatuses[status] === 1 ? 'measure' : 'measures'}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  )
}
