'use client'

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts'

export type BarDatum = { label: string; value: number }

/**
 * A horizontal bar chart. Decorative for assistive technology: the page always shows the same
 * numbers in a table, so the SVG is hidden from screen readers.
 */
export default function BarChartView({ data, unitLabel, height }: { data: BarDatum[]; unitLabel: string; height: number }) {
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
          <Bar dataKey="value" fill="#1d70b8" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
