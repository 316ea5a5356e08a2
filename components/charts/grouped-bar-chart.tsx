'use client'

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts'

export type BarSeries = { key: string; label: string; colour: string }
export type GroupedDatum = { label: string } & Record<string, number | string>

/**
 * Horizontal bars, in groups when there are several series (allocated, committed, spent for
 * each priority). Decorative for assistive technology: the page shows the same numbers in a
 * table first.
 */
export default function GroupedBarChartView({
  data,
  series,
  unitLabel,
  height,
  legend = true,
}: {
  data: GroupedDatum[]
  series: BarSeries[]
  unitLabel: string
  height: number
  /** A key to the series; off for a single series. */
  legend?: boolean
}) {
  return (
    <div aria-hidden="true" style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 24, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke="#b1b4b6" />
          <XAxis
            type="number"
            tick={{ fill: '#0b0c0c', fontSize: 14 }}
            label={{ value: unitLabel, position: 'insideBottom', offset: -16, fill: '#0b0c0c' }}
          />
          <YAxis type="category" dataKey="label" width={190} tick={{ fill: '#0b0c0c', fontSize: 14 }} interval={0} />
          {legend && <Legend verticalAlign="top" wrapperStyle={{ color: '#0b0c0c' }} />}
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.colour} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
