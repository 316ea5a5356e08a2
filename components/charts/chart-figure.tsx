'use client'

import dynamic from 'next/dynamic'
import type { ReactNode } from 'react'
import type { BarDatum } from './bar-chart'
import type { BarSeries, GroupedDatum } from './grouped-bar-chart'
import type { LinePoint } from './line-chart'

// Chart code loads after the server-rendered table, into a box of the final size (no layout shift).
const BarChartView = dynamic(() => import('./bar-chart'), { ssr: false, loading: () => null })
const GroupedBarChartView = dynamic(() => import('./grouped-bar-chart'), { ssr: false, loading: () => null })
const LineChartView = dynamic(() => import('./line-chart'), { ssr: false, loading: () => null })

/**
 * A measure's values over time: caption (the finding), the data table (server-rendered, passed
 * in as children) and then the chart.
 */
export function LineChartFigure({
  caption,
  data,
  target,
  children,
}: {
  caption: string
  data: LinePoint[]
  target: number | null
  children: ReactNode
}) {
  const height = 240
  return (
    <figure className="app-figure">
      <figcaption className="govuk-body govuk-!-font-weight-bold">{caption}</figcaption>
      {children}
      <div style={{ minHeight: height }}>
        <LineChartView data={data} target={target} height={height} />
      </div>
    </figure>
  )
}

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

/** Bars in groups (several series per row), under a caption stating the finding. */
export function GroupedBarChartFigure({
  caption,
  data,
  series,
  unitLabel,
}: {
  caption: string
  data: GroupedDatum[]
  series: BarSeries[]
  unitLabel: string
}) {
  const height = Math.max(200, data.length * series.length * 22 + 96)
  return (
    <figure className="app-figure">
      <figcaption className="govuk-body govuk-!-font-weight-bold">{caption}</figcaption>
      <div style={{ minHeight: height }}>
        <GroupedBarChartView data={data} series={series} unitLabel={unitLabel} height={height} />
      </div>
      <p className="govuk-body-s">The table above gives the same figures.</p>
    </figure>
  )
}
