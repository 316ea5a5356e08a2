import { describe, expect, it } from 'vitest'
import { compareFunding, compareMeasure, listCoreMeasures } from '@/lib/data/public/compare'
import { runSeed } from '@/prisma/seed/run'
import { db } from '../../setup/test-db'

describe('comparing the areas', () => {
  it('offers the national core measures with the number of areas mapped to each', async () => {
    await runSeed(db().prisma, { demo: false, devAccounts: false })
    expect(await listCoreMeasures()).toEqual([
      { code: 'eyfs-gld', name: 'Children reaching a good level of development at the end of reception', areaCount: 2 },
      { code: 'ks4-english-maths', name: 'Pupils achieving a standard pass in English and maths at GCSE', areaCount: 1 },
      { code: 'phonics-y1', name: 'Pupils meeting the expected standard in the year 1 phonics check', areaCount: 2 },
    ])
  })

  it('puts one measure side by side for all 12 areas, with the average of known baselines', async () => {
    await runSeed(db().prisma, { demo: false, devAccounts: false })
    const gld = await compareMeasure('eyfs-gld')
    expect(gld?.rows).toHaveLength(12)
    expect(gld?.rows.filter((r) => r.baselineValue !== null).map((r) => [r.area.slug, r.baselineValue])).toEqual([
      ['derby', 66],
      ['north-yorkshire-coast', 64],
    ])
    expect(gld?.baselineAverage).toEqual({ value: 65, areas: 2 })
    expect(await compareMeasure('no-such-code')).toBeNull()
  })

  it('sums published allocations per area, leaving out reported totals and demo rows', async () => {
    await runSeed(db().prisma, { demo: true, devAccounts: false })
    const funding = await compareFunding()
    const hastings = funding.rows.find((r) => r.area.slug === 'hastings')
    // up to £6,000,000 + £1,250,000 + £1,130,000
    expect(hastings?.totalPence).toBe('838000000')
    expect(hastings?.totalIsApproximate).toBe(true)
    const blackpool = funding.rows.find((r) => r.area.slug === 'blackpool')
    // ELS £1m + year 5 nearly £2.1m + research school £200k; the £10.4m reported total is not added
    expect(blackpool?.totalPence).toBe('330000000')
    expect(funding.rows.find((r) => r.area.slug === 'derby')?.totalPence).toBeNull()
    expect(funding.averagePence?.areas).toBe(7)
  })
})
