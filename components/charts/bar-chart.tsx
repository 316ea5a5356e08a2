'use client'

import GroupedBarChartView from './grouped-bar-chart'

export type BarDatum = { label: string; value: number }

const ONE_SERIES = [{ key: 'value', label: 'Value', colour: '#1d70b8' }]

/**
 * A horizontal bar chart of one series. Decorative for assistive technology: the page always
 * shows the same numbers in a table, so the SVG is hidden from screen readers.
 */
export default function BarChartView({ data, unitLabel, height }: { data: BarDatum[]; unitLabel: string; height: number }) {
  return <GroupedBarChartView data={data} series={ONE_SERIES} unitLabel={unitLabel} height={height} legend={false} />
}
