'use client'

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts'

export type LinePoint = { label: string; value: number }

/**
 * A measure's values over time, with its target as a dashed line. Hidden from assistive
 * technology: the figure's table gives the same numbers.
 */
export default function LineChartView({ data, target, height }: { data: LinePoint[]; target: number | null; height: number }) {
  return (
    <div aria-hidden="true" style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#b1b4b6" vertical={false} />
          <XAxis dataKey="label" tick={{ fill: '#0b0c0c', fontSize: 14 }} />
          <YAxis tick={{ fill: '#0b0c0c', fontSize: 14 }} domain={['auto', 'auto']} width={48} />
          {target !== null && (
            <ReferenceLine
              y={target}
              stroke="#0b0c0c"
              strokeDasharray="6 4"
              label={{ value: 'Target', position: 'insideTopRight', fill: '#0b0c0c' }}
            />
          )}
          <Line type="linear" dataKey="value" stroke="#1d70b8" strokeWidth={3} dot={{ r: 5 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  )
}
