import { describe, expect, it } from 'vitest'
import { getAreaProfile, listAreas } from '@/lib/data/public/areas'
import { hasDemoData } from '@/lib/data/public/site'
import { runSeed } from '@/prisma/seed/run'
import { createAction } from '@/tests/factories'
import { db } from '../../setup/test-db'

describe('public area reads', () => {
  it('lists the 12 areas alphabetically with their priority counts', async () => {
    await runSeed(db().prisma, { demo: false, devAccounts: false })
    const areas = await listAreas()
    expect(areas.map((a) => a.slug)).toEqual([
      'blackpool',
      'bradford',
      'derby',
      'doncaster',
      'fenland-east-cambridgeshire',
      'hastings',
      'ipswich',
      'north-yorkshire-coast',
      'norwich',
      'oldham',
      'stoke-on-trent',
      'west-somerset',
    ])
    expect(areas.find((a) => a.slug === 'blackpool')).toMatchObject({ priorityCount: 3, wave: 1, announcedOn: '2016-10-04' })
  })

  it("builds an area profile whose every fact points into the page's numbered source list", async () => {
    await runSeed(db().prisma, { demo: false, devAccounts: false })
    const area = await getAreaProfile('hastings')
    expect(area).not.toBeNull()
    if (!area) return
    expect(area.chairs).toEqual([expect.objectContaining({ name: 'Richard Meddings' })])
    expect(area.lifeStages.map((s) => s.name)).toEqual(['School outcomes', 'Aspirations, advice and experiences'])
    expect(area.sources.map((s) => s.number)).toEqual(area.sources.map((_, i) => i + 1))
    const known = new Set(area.sources.map((s) => s.number))
    const used = [
      ...Object.values(area.factSources).flat(),
      ...area.chairs.flatMap((c) => c.sources),
      ...area.lifeStages.flatMap((s) => s.priorities.flatMap((p) => [...p.sources, ...p.measures.flatMap((m) => m.sources)])),
      ...area.funding.flatMap((f) => f.sources),
    ]
    expect(used.length).toBeGreaterThan(10)
    for (const n of used) expect(known.has(n)).toBe(true)
    expect(area.funding.map((f) => f.amountPence)).toContain('125000000')
    // Region is not confirmed by a source for Hastings, so it stays empty.
    expect(area.region).toBeNull()
    expect(area.factSources.region).toBeUndefined()
  })

  it('returns null for an unknown area', async () => {
    expect(await getAreaProfile('atlantis')).toBeNull()
  })

  it('reports demo data only while demo rows exist', async () => {
    await runSeed(db().prisma, { demo: false, devAccounts: false })
    expect(await hasDemoData()).toBe(false)
    const area = await db().prisma.area.findUniqueOrThrow({ where: { slug: 'oldham' } })
    const action = await createAction(db().prisma, area.id, { isDemo: true })
    expect(await hasDemoData()).toBe(true)
    await db().prisma.action.delete({ where: { id: action.id } })
    expect(await hasDemoData()).toBe(false)
  })
})

describe('success measure status on the area profile', () => {
  it('is too early to judge while no value follows the baseline', async () => {
    await runSeed(db().prisma, { demo: false, devAccounts: false })
    const area = await getAreaProfile('north-yorkshire-coast')
    const statuses = area?.lifeStages.flatMap((s) => s.priorities.flatMap((p) => p.measures.map((m) => m.status)))
    expect(new Set(statuses)).toEqual(new Set(['TOO_EARLY']))
  })

  it('is computed from the latest value against the line, or shown as set by hand with its reason', async () => {
    await runSeed(db().prisma, { demo: true, devAccounts: false })
    const area = await getAreaProfile('north-yorkshire-coast')
    const gld = area?.lifeStages[0]?.priorities[0]?.measures.find((m) => m.name.startsWith('Children reaching a good level'))
    // Demo values 66, 68, 70 for 2017–2019 against the line from 64 (2016) to 70 (2020/21).
    expect(gld).toMatchObject({
      latestValue: 70,
      latestPeriod: '2019',
      latestIsDemo: true,
      status: 'ON_TRACK',
      statusIsOverride: false,
    })

    const derby = await getAreaProfile('derby')
    const derbyGld = derby?.lifeStages.flatMap((s) => s.priorities.flatMap((p) => p.measures))[0]
    expect(derbyGld?.status).toBe('NO_TARGET') // its target is in words only

    const measure = await db().prisma.successMeasure.findFirstOrThrow({
      where: { area: { slug: 'north-yorkshire-coast' }, baselineValue: 64 },
    })
    await db().prisma.successMeasure.update({
      where: { id: measure.id },
      data: { statusOverride: 'AT_RISK', statusOverrideReason: 'Provisional figure likely to be revised down' },
    })
    const again = await getAreaProfile('north-yorkshire-coast')
    const overridden = again?.lifeStages[0]?.priorities[0]?.measures.find((m) => m.id === measure.id)
    expect(overridden).toMatchObject({
      status: 'AT_RISK',
      statusIsOverride: true,
      statusOverrideReason: 'Provisional figure likely to be revised down',
    })
  })

  it('carries the newest 24 values of a measure with thousands, says how many there are, and judges the latest', async () => {
    await runSeed(db().prisma, { demo: false, devAccounts: false })
    const measure = await db().prisma.successMeasure.findFirstOrThrow({ where: { area: { slug: 'hastings' } } })
    await db().prisma.measureValue.createMany({
      data: Array.from({ length: 3000 }, (_, i) => {
        const day = new Date(Date.UTC(2019, 0, 1 + i))
        return { successMeasureId: measure.id, period: day.toISOString().slice(0, 10), periodEnd: day, value: i % 100 }
      }),
    })
    const area = await getAreaProfile('hastings')
    const shown = [
      ...(area?.lifeStages.flatMap((g) => g.priorities.flatMap((p) => p.measures)) ?? []),
      ...(area?.otherMeasures ?? []),
    ].find((m) => m.id === measure.id)
    expect(shown?.valueCount).toBe(3000)
    expect(shown?.values).toHaveLength(24)
    expect(shown?.values.at(-1)?.period).toBe(new Date(Date.UTC(2019, 0, 3000)).toISOString().slice(0, 10))
    expect(shown?.values[0]?.period).toBe(new Date(Date.UTC(2019, 0, 1 + 3000 - 24)).toISOString().slice(0, 10))
    expect(shown?.latestValue).toBe(2999 % 100)
  })
})
