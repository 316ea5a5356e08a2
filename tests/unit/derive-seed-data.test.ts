import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  LIFE_STAGES,
  deriveArea,
  ownWords,
  parseAmount,
  sourced,
  splitParenthetical,
  splitSources,
} from '@/scripts/derive-seed-data'

describe('splitSources', () => {
  it('splits " ; "-separated URLs and drops anything that is not a web address', () => {
    expect(splitSources('https://a.example/x ; http://b.example/y ; not a url', 'confirmed')).toEqual([
      { url: 'https://a.example/x', status: 'confirmed' },
      { url: 'http://b.example/y', status: 'confirmed' },
    ])
    expect(splitSources(null, 'confirmed')).toEqual([])
  })
})

describe('sourced', () => {
  it('keeps facts a source supports', () => {
    expect(sourced({ value: 'North West', source: 'https://a.example', status: 'partial' })?.value).toBe('North West')
  })

  it.each(['not_confirmed', 'background_knowledge_unverified'] as const)('drops %s facts: unknown stays empty', (status) => {
    expect(sourced({ value: 'South East', source: 'https://a.example', status })).toBeNull()
  })

  it('drops facts with no source even when tagged confirmed', () => {
    expect(sourced({ value: 'x', source: null, status: 'confirmed' })).toBeNull()
  })
})

describe('parseAmount', () => {
  it.each([
    [1000000, 100_000_000n, 'EXACT'],
    ['nearly 2,100,000', 210_000_000n, 'NEARLY'],
    ['up to 6,000,000', 600_000_000n, 'UP_TO'],
    ['over 11,000,000', 1_100_000_000n, 'OVER'],
    [2078835, 207_883_500n, 'EXACT'],
  ] as const)('%s → %s pence (%s)', (raw, pence, qualifier) => {
    expect(parseAmount(raw)).toEqual({ pence, qualifier })
  })

  it('returns null when there is no figure', () => {
    expect(parseAmount(null)).toBeNull()
    expect(parseAmount('values not retrieved')).toBeNull()
  })
})

describe('ownWords', () => {
  it('drops text that quotes a source', () => {
    expect(ownWords("'We want children and young people in Hastings to develop'")).toBeNull()
    expect(ownWords('Early years communication so children start school ready to learn.')).toBe(
      'Early years communication so children start school ready to learn.',
    )
  })
})

describe('splitParenthetical', () => {
  it('separates a trailing parenthetical', () => {
    expect(splitParenthetical('Blackpool Council (unitary)')).toEqual({ name: 'Blackpool Council', kind: 'unitary' })
    expect(splitParenthetical('Fenland District Council')).toEqual({ name: 'Fenland District Council', kind: null })
  })
})

describe('deriveArea', () => {
  const raw = {
    id: 'hastings',
    name: 'Hastings',
    region: { value: 'South East', source: null, status: 'background_knowledge_unverified' as const },
    area_type: { value: 'coastal town', source: null, status: 'background_knowledge_unverified' as const },
    wave: { value: { wave: 2, announced: '2017-01-18' }, source: 'https://w.example', status: 'confirmed' as const },
    local_authorities: {
      value: ['Hastings Borough Council (district)'],
      source: 'https://la.example',
      status: 'confirmed' as const,
    },
    social_mobility_index: [
      { value: { edition: 'SMI 2016', rank: 282, of: 324 }, source: 'https://smi.example', status: 'confirmed' as const },
    ],
    research_school: { value: 'A Research School; appointed 2017', source: 'https://rs.example', status: 'confirmed' as const },
    delivery_plan: {
      published: { value: '2017-10 (first six plans)', source: 'https://p.example', status: 'confirmed' as const },
    },
    priorities: [
      {
        number: 1,
        title: 'Improving literacy',
        description: "'We want …' quoted",
        source: 'https://p1.example',
        status: 'confirmed' as const,
      },
      {
        number: 2,
        title: 'Improve attainment ... (title truncated in source)',
        description: null,
        source: 'https://p2.example',
        status: 'partial' as const,
      },
    ],
    success_measures: [
      {
        priority: 1,
        measure: 'Pupils meeting the expected standard in phonics',
        baseline: null,
        baseline_year: null,
        target: 'at least 85%',
        target_year: '2021',
        source: 'https://m.example',
        status: 'confirmed' as const,
      },
      {
        priority: null,
        measure: 'Headline targets',
        baseline: null,
        baseline_year: null,
        target: null,
        target_year: null,
        source: 'https://m.example',
        status: 'not_confirmed' as const,
      },
    ],
    funding: [
      {
        value: { item: 'Year 4 extension (2020-21)', amount_gbp: 1250000 },
        source: 'https://f.example',
        status: 'confirmed' as const,
      },
      { value: { item: 'Core OA allocation', amount_gbp: null }, source: null, status: 'not_confirmed' as const },
    ],
    governance: [
      {
        value: { role: 'Chair, Hastings OA Board', name: 'Richard Meddings' },
        source: 'https://g.example',
        status: 'confirmed' as const,
      },
      { value: { role: 'DfE Head of Delivery', name: null }, source: 'https://g.example', status: 'role_only' as const },
    ],
  }

  it('keeps sourced facts, nulls unverified ones and reads the figures', () => {
    const area = deriveArea(raw)
    expect(area.region).toBeNull()
    expect(area.areaType).toBeNull()
    expect(area.smi?.value).toEqual({ rank: 282, of: 324, edition: 'SMI 2016' })
    expect(area.researchSchool?.value).toBe('A Research School')
    expect(area.planPublished?.value).toBe('2017-10')
    expect(area.priorities).toEqual([
      {
        number: 1,
        title: 'Improving literacy',
        description: null,
        lifeStage: 'school-outcomes',
        sources: [{ url: 'https://p1.example', status: 'confirmed' }],
      },
    ])
    expect(area.measures).toHaveLength(1)
    expect(area.measures[0]).toMatchObject({ targetValue: 85, targetPeriod: '2021', targetNote: null, unit: 'PERCENT' })
    expect(area.allocations).toEqual([
      {
        stream: 'oa-programme',
        period: '2020-21',
        kind: 'ALLOCATION',
        label: 'Year 4 extension (2020-21)',
        amountPence: '125000000',
        qualifier: 'EXACT',
        sources: [{ url: 'https://f.example', status: 'confirmed' }],
      },
    ])
    expect(area.chairs.map((c) => c.name)).toEqual(['Richard Meddings'])
  })
})

describe('the committed seed data', () => {
  const seed = JSON.parse(readFileSync(path.join(process.cwd(), 'prisma/seed-data/oa-seed.json'), 'utf8'))

  it('covers the 12 areas, each priority on one of the six life stages', () => {
    expect(seed.areas).toHaveLength(12)
    const stages = new Set(LIFE_STAGES.map((s) => s.slug))
    for (const area of seed.areas) for (const p of area.priorities) expect(stages.has(p.lifeStage)).toBe(true)
  })

  it('gives every fact at least one web source', () => {
    const refs: { url: string }[][] = []
    for (const a of seed.areas) {
      refs.push(a.wave.sources, a.localAuthorities.sources)
      for (const list of [a.priorities, a.measures, a.allocations, a.chairs]) for (const item of list) refs.push(item.sources)
    }
    for (const r of refs) {
      expect(r.length).toBeGreaterThan(0)
      for (const s of r) expect(s.url).toMatch(/^https?:\/\//)
    }
  })

  const facts = path.join(process.cwd(), '..', 'shared', 'domain', 'oa-facts.json')
  it.runIf(existsSync(facts))('is what scripts/derive-seed-data.ts makes of ../shared/domain/oa-facts.json', () => {
    const raw = JSON.parse(readFileSync(facts, 'utf8'))
    const derived = JSON.parse(JSON.stringify(raw.areas.map(deriveArea)))
    expect(derived).toEqual(seed.areas)
  })
})
