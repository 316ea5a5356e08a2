import { describe, expect, it } from 'vitest'
import { searchPublic } from '@/lib/data/public/search'
import { searchTerms } from '@/lib/search-terms'
import { runSeed } from '@/prisma/seed/run'
import { db } from '../../setup/test-db'

const search = (q: string) => searchPublic(searchTerms(q))

describe('public search', () => {
  it('finds areas, priorities and measures, grouped, with the matched text marked', async () => {
    await runSeed(db().prisma, { demo: false, devAccounts: false })
    const results = await search('phonics')
    expect(results.measures.map((m) => m.area)).toEqual(['Hastings', 'North Yorkshire Coast (Scarborough)'])
    expect(results.measures[0]?.fragments.find((f) => f.match)?.text.toLowerCase()).toBe('phonics')
    expect(results.measures[0]?.href).toBe('/areas/hastings#priority-1')

    const mental = await search('MENTAL health')
    expect(mental.priorities.map((p) => p.title)).toContain('Priority 3: Improving mental health')

    const place = await search('Suffolk')
    expect(place.areas.map((a) => a.title)).toEqual(['Ipswich'])
    expect(place.areas[0]?.field).toBe('Local authorities')
  })

  it('requires every term to match and treats wildcards as text', async () => {
    await runSeed(db().prisma, { demo: false, devAccounts: false })
    expect((await search('literacy hastings')).priorities).toHaveLength(0) // "hastings" is not in any priority text
    expect((await search('%')).priorities).toHaveLength(0)
    expect(await search('')).toEqual({ areas: [], priorities: [], measures: [], actions: [] })
  })
})
