import { describe, expect, it } from 'vitest'
import { getProgrammeFigures } from '@/lib/data/public/programme'
import { runSeed } from '@/prisma/seed/run'
import { db } from '../../setup/test-db'

describe('programme headline figures', () => {
  it('gives the announced totals of each stream with their sources, and priorities by life stage', async () => {
    await runSeed(db().prisma, { demo: false, devAccounts: false })
    const figures = await getProgrammeFigures()
    expect(figures.streams.map((s) => [s.slug, s.totalPence])).toEqual([
      ['oa-programme', '10800000000'],
      ['tlif', '7500000000'],
      ['essential-life-skills', '2200000000'],
      ['research-schools', '350000000'],
      ['careers-enterprise', '200000000'],
      // One round's figure is published for the Strategic School Improvement Fund, not its total.
      ['ssif', null],
    ])
    expect(figures.streams.find((s) => s.slug === 'careers-enterprise')?.totalQualifier).toBe('OVER')
    for (const s of figures.streams) expect(s.sourceUrls.length).toBeGreaterThan(0)
    expect(figures.prioritiesByLifeStage.find((s) => s.slug === 'early-years')).toEqual({
      slug: 'early-years',
      name: 'Early years',
      priorities: 7,
      areas: 7,
    })
    expect(figures.prioritiesByLifeStage.reduce((n, s) => n + s.priorities, 0)).toBe(figures.priorityCount)
    expect(figures).toMatchObject({ priorityCount: 43, measureCount: 21 })
    // No value has been recorded after any baseline in the real data.
    expect(figures.measureStatuses).toEqual({ ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, TOO_EARLY: 21, NO_TARGET: 0 })
  })
})
