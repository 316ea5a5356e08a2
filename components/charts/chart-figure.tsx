'use client'

import dynamic from 'next/dynamic'
import type { BarDatum } from './bar-chart'

// Chart code loads after the server-rendered table, into a box of the final size (no layout shift).
const BarChartView = dynamic(() => import('./bar-chart'), {
  ssr: false,
  loading: () => null,
})

/** A figure whose caption states the finding; the table on the page carries the same numbers. */
export function BarChartFigure({ caption, data, unitLabel }: { caption: string; data: BarDatum[]; unitLabel: string }) {
  const height = Math.max(160, data.length * 34 + 56)
  return (
    <figure className="app-figure">
      <figcaption className="govuk-body govuk-!-font-weight-bold">{caption}</figcaption>
      <div style={{ minHeight: height }}>
        <BarChartView data={data} unitLabel={unitLabel} height={height} />
      </div>
      <p className="govuk-body-s">The table above gives the same figures.</p>
    </figure>
  )
}
