import { describe, expect, it } from 'vitest'
import { getLifeStage, getLifeStageMatrix } from '@/lib/data/public/life-stages'
import { runSeed } from '@/prisma/seed/run'
import { db } from '../../setup/test-db'

describe('life stage reads', () => {
  it('builds the area × life stage matrix from the seeded priorities', async () => {
    await runSeed(db().prisma, { demo: false, devAccounts: false })
    const matrix = await getLifeStageMatrix()
    expect(matrix.lifeStages.map((s) => s.slug)).toEqual([
      'early-years',
      'home-learning',
      'school-outcomes',
      'aspirations',
      'sixteen-to-nineteen',
      'post-nineteen',
    ])
    expect(matrix.rows).toHaveLength(12)
    const hastings = matrix.rows.find((r) => r.area.slug === 'hastings')
    expect(hastings?.cells['school-outcomes']?.map((p) => p.number)).toEqual([1, 2, 3])
    expect(hastings?.cells['aspirations']?.map((p) => p.number)).toEqual([4])
    expect(hastings?.cells['early-years']).toBeUndefined()
    // Every seeded priority appears exactly once.
    const cells = matrix.rows.flatMap((r) => Object.values(r.cells).flat())
    expect(cells).toHaveLength(await db().prisma.priority.count())
  })

  it('lists, per life stage, the areas that prioritised it and those that did not', async () => {
    await runSeed(db().prisma, { demo: false, devAccounts: false })
    const stage = await getLifeStage('post-nineteen')
    expect(stage?.areas.map((a) => a.slug)).toEqual(['west-somerset'])
    expect(stage?.areasWithout).toHaveLength(11)
    const early = await getLifeStage('early-years')
    const nyc = early?.areas.find((a) => a.slug === 'north-yorkshire-coast')
    expect(nyc?.priorities[0]?.measures.map((m) => m.targetValue)).toEqual([70, 55, 75])
    expect(await getLifeStage('retirement')).toBeNull()
  })
})
