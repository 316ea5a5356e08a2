import { describe, expect, it } from 'vitest'
import { getAreaProfile, listAreas } from '@/lib/data/areas'
import { hasDemoData } from '@/lib/data/site'
import { runSeed } from '@/prisma/seed/run'
import { createAction } from '@/tests/factories'
import { db } from '../../setup/test-db'

describe('public area reads', () => {
  it('lists the 12 areas alphabetically with their priority counts', async () => {
    await runSeed(db().prisma, { demo: false, devAccounts: false })
    const areas = await listAreas()
    expect(areas.map((a) => a.slug)).toEqual([
      'blackpool', 'bradford', 'derby', 'doncaster', 'fenland-east-cambridgeshire', 'hastings',
      'ipswich', 'north-yorkshire-coast', 'norwich', 'oldham', 'stoke-on-trent', 'west-somerset',
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
