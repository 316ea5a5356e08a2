/**
 * npm run seed:derive [-- <path to oa-facts.json>]
 *
 * Turns the team's sourced fact base (../shared/domain/oa-facts.json) into the repo-ready
 * prisma/seed-data/oa-seed.json that the seed loads. Run it again when the fact base changes and
 * commit the result; the product itself never reads ../shared.
 *
 * Rules (product.md §1, issue 2):
 * - only facts a source supports are kept; `not_confirmed`, `background_knowledge_unverified`
 *   and source-less values become null, and the UI says "not published";
 * - every kept fact keeps its source URLs and status tag;
 * - descriptions that quote a source are dropped (we state facts in our own words);
 * - the life-stage of each priority is our classification, listed below for review.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type {
  AllocationSeed,
  AreaSeed,
  ChairSeed,
  FundingStreamSeed,
  MeasureSeed,
  PrioritySeed,
  SeedData,
  SourceStatusTag,
} from '../prisma/seed-data/types'
import { CORE_MEASURES, LIFE_STAGES, MEASURE_READINGS, PRIORITY_LIFE_STAGES } from './derive-seed/classifications'

export { LIFE_STAGES } from './derive-seed/classifications'

import { ownWords, parseAmount, sourced, splitParenthetical, splitSources, USABLE, type RawFact } from './derive-seed/facts'

export { ownWords, parseAmount, sourced, splitParenthetical, splitSources } from './derive-seed/facts'

/** Items of an area's funding list → stream and period. Unlisted items are reported, not seeded. */
function classifyFunding(item: string, period: string | undefined): Pick<AllocationSeed, 'stream' | 'period' | 'kind'> | null {
  if (/essential life skills/i.test(item)) return { stream: 'essential-life-skills', period: '2017-19', kind: 'ALLOCATION' }
  if (/research school/i.test(item)) return { stream: 'research-schools', period: '2017-20', kind: 'ALLOCATION' }
  if (/year 4/i.test(item)) return { stream: 'oa-programme', period: '2020-21', kind: 'ALLOCATION' }
  if (/year 5/i.test(item)) return { stream: 'oa-programme', period: '2021-22', kind: 'ALLOCATION' }
  if (/total .*five years/i.test(item)) return { stream: 'oa-programme', period: '2017-22', kind: 'REPORTED_TOTAL' }
  if (/total/i.test(item)) return { stream: 'oa-programme', period: '2017-20', kind: 'REPORTED_TOTAL' }
  if (/government investment/i.test(item)) return { stream: 'oa-programme', period: '2017-20', kind: 'REPORTED_TOTAL' }
  if (/core oa allocation|oa plan funding/i.test(item))
    return { stream: 'oa-programme', period: period ?? '2017-20', kind: 'ALLOCATION' }
  return null
}

// ───────────── derivation ─────────────

type RawMeasure = {
  priority: number | string | null
  measure: string | null
  baseline: string | null
  baseline_year: string | null
  target: string | null
  target_year: string | null
  source: string | null
  status: SourceStatusTag
}
type RawPriority = {
  number: number
  title: string | null
  description: string | null
  source: string | null
  status: SourceStatusTag
}
type RawArea = {
  id: string
  name: string
  region: RawFact<string>
  area_type: RawFact<string>
  wave: RawFact<{ wave: number; announced: string }>
  local_authorities: RawFact<string[]>
  social_mobility_index: RawFact<{ edition: string; rank: number | null; of?: number }>[]
  research_school: RawFact<string> | null
  delivery_plan: { title?: RawFact<string>; published?: RawFact<string>; url?: RawFact<string> }
  priorities: RawPriority[]
  success_measures: RawMeasure[]
  funding: RawFact<{ item: string; amount_gbp: number | string | null; period?: string }>[]
  governance: RawFact<{ role: string; name: string | null; period?: string }>[]
}

/** A numeric cell of a measure as text: "19% (fewer than …)" keeps the words a number lacks. */
function note(text: string | null, numberShown: boolean): string | null {
  if (!text) return null
  // The bare number ("70%", "at least 85%") says nothing more than the figure we show.
  if (numberShown && /^(at least )?[\d.]+%?( vs [\d.]+% national(ly)?)?$/.test(text.trim())) return null
  return ownWords(text)
}

function deriveMeasures(area: RawArea): MeasureSeed[] {
  return area.success_measures.flatMap((m): MeasureSeed[] => {
    if (!m.measure || !USABLE.has(m.status)) return []
    const sources = splitSources(m.source, m.status)
    if (!sources.length) return []
    const key = `${area.id}:${m.measure}`
    const reading = Object.entries(MEASURE_READINGS).find(([k]) => key.startsWith(k))?.[1]
    return [
      {
        coreCode: reading?.core ?? null,
        priorityNumber: typeof m.priority === 'number' ? m.priority : null,
        name: m.measure,
        unit: reading?.unit ?? 'PERCENT',
        baselineValue: reading?.baseline ?? null,
        baselinePeriod: m.baseline_year ?? null,
        baselineNote: note(m.baseline, reading?.baseline !== undefined),
        nationalValue: reading?.national ?? null,
        targetValue: reading?.target ?? null,
        targetPeriod: m.target_year ?? null,
        targetNote: note(m.target, reading?.target !== undefined),
        sources,
      },
    ]
  })
}

function derivePriorities(area: RawArea): PrioritySeed[] {
  return area.priorities.flatMap((p): PrioritySeed[] => {
    // A priority whose title the sources do not give (or give only truncated) is left out.
    if (!p.title || /\.\.\.|truncated/i.test(p.title) || !USABLE.has(p.status)) return []
    const lifeStage = PRIORITY_LIFE_STAGES[area.id]?.[p.number]
    if (!lifeStage) throw new Error(`No life stage chosen for ${area.id} priority ${p.number}`)
    const sources = splitSources(p.source, p.status)
    if (!sources.length) return []
    return [{ number: p.number, title: p.title.trim(), description: ownWords(p.description), lifeStage, sources }]
  })
}

function deriveAllocations(area: RawArea): AllocationSeed[] {
  return area.funding.flatMap((f): AllocationSeed[] => {
    const fact = sourced(f)
    if (!fact) return []
    const amount = parseAmount(fact.value.amount_gbp)
    const kind = classifyFunding(fact.value.item, undefined)
    if (!amount || !kind) return []
    return [
      {
        ...kind,
        label: fact.value.item,
        amountPence: amount.pence.toString(),
        qualifier: amount.qualifier,
        sources: fact.sources,
      },
    ]
  })
}

function deriveChairs(area: RawArea): ChairSeed[] {
  return area.governance.flatMap((g): ChairSeed[] => {
    const fact = sourced(g)
    if (!fact || !fact.value.name || !/chair/i.test(fact.value.role)) return []
    const roleTerm = /\(([^)]*)\)\s*$/.exec(fact.value.role)?.[1] ?? null
    const termLabel = fact.value.period ?? roleTerm
    // "A (post) and B (post)" names co-chairs.
    return fact.value.name.split(/\)\s+and\s+/).map((part, i, all) => {
      const text = i < all.length - 1 ? `${part})` : part
      const { name, kind } = splitParenthetical(text)
      return { name, description: kind, termLabel, sources: fact.sources }
    })
  })
}

function deriveSmi(area: RawArea): AreaSeed['smi'] {
  for (const entry of area.social_mobility_index) {
    if (entry.status !== 'confirmed' || !entry.value.rank || !entry.value.of) continue
    if ('district' in entry.value) continue // split-district ranks are not one area's rank
    const sources = splitSources(entry.source, entry.status)
    if (sources.length) return { value: { rank: entry.value.rank, of: entry.value.of, edition: entry.value.edition }, sources }
  }
  return null
}

export function deriveArea(area: RawArea): AreaSeed {
  const region = sourced(area.region)
  const wave = sourced(area.wave)
  const las = sourced(area.local_authorities)
  if (!wave || !las) throw new Error(`${area.id}: wave and local authorities must be sourced`)
  const researchSchool = sourced(area.research_school)
  const published = sourced(area.delivery_plan.published)
  return {
    slug: area.id,
    name: area.name,
    region,
    areaType: sourced(area.area_type),
    wave: { value: { wave: wave.value.wave, announcedOn: wave.value.announced }, sources: wave.sources },
    localAuthorities: { value: las.value.map(splitParenthetical), sources: las.sources },
    smi: deriveSmi(area),
    researchSchool: researchSchool && { ...researchSchool, value: (researchSchool.value.split(';')[0] ?? '').trim() },
    planTitle: sourced(area.delivery_plan.title),
    // "2017-10 (first six plans; …)" → "2017-10": ISO date to the precision the source gives.
    planPublished: published && { ...published, value: /^\d{4}-\d{2}(-\d{2})?/.exec(published.value)?.[0] ?? published.value },
    planUrl: sourced(area.delivery_plan.url)?.value ?? null,
    priorities: derivePriorities(area),
    measures: deriveMeasures(area),
    allocations: deriveAllocations(area),
    chairs: deriveChairs(area),
  }
}

type RawProgramme = { funding: RawFact<{ item: string; amount_gbp?: number | string; detail?: string }>[] }

function deriveStreams(programme: RawProgramme): FundingStreamSeed[] {
  const find = (re: RegExp) => {
    const fact = sourced(programme.funding.find((f) => re.test(f.value.item)) ?? null)
    if (!fact) throw new Error(`Programme funding fact ${re} not found`)
    const amount = fact.value.amount_gbp === undefined ? null : parseAmount(fact.value.amount_gbp)
    return { totalPence: amount?.pence.toString() ?? null, totalQualifier: amount?.qualifier ?? 'EXACT', sources: fact.sources }
  }
  return [
    {
      slug: 'oa-programme',
      name: 'Opportunity Areas programme funding',
      funder: 'Department for Education',
      description:
        'Money for each area to spend on its delivery plan: 2017 to 2020, then extension years 4 (2020-21) and 5 (2021-22).',
      ...find(/total programme over 5 years/i),
    },
    {
      slug: 'essential-life-skills',
      name: 'Essential Life Skills',
      funder: 'Department for Education',
      description:
        'Grant for extra-curricular activity for disadvantaged 5 to 18 year olds in the 12 areas, 2017-18 and 2018-19.',
      ...find(/essential life skills/i),
    },
    {
      slug: 'research-schools',
      name: 'Research Schools',
      funder: 'Education Endowment Foundation and Department for Education',
      description: 'A Research School for each area, each granted £200,000 over three years.',
      ...find(/research schools/i),
    },
    {
      slug: 'careers-enterprise',
      name: 'Careers & Enterprise Company activity',
      funder: 'The Careers & Enterprise Company',
      description: 'Careers and enterprise funds and employer encounters for young people in the 12 areas.',
      ...find(/careers & enterprise funds delivered/i),
    },
    {
      slug: 'tlif',
      name: 'Teaching and Leadership Innovation Fund',
      funder: 'Department for Education',
      description:
        'A national fund for teachers’ and leaders’ development, with prioritised access for the 12 areas; its total is for the whole country.',
      ...find(/teaching and leadership innovation fund/i),
    },
    {
      slug: 'ssif',
      name: 'Strategic School Improvement Fund',
      funder: 'Department for Education',
      description:
        'A national fund for school improvement projects, open to schools in the areas; no total for the areas is published.',
      ...find(/jan 2018 national announcements/i),
      // The source gives one round's figure, not the fund's total: unknown stays empty.
      totalPence: null,
      totalQualifier: 'EXACT',
    },
  ]
}

function main() {
  const root = path.resolve(import.meta.dirname, '..')
  const input = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'domain', 'oa-facts.json'))
  const raw = JSON.parse(readFileSync(input, 'utf8')) as { meta: { compiled: string }; programme: RawProgramme; areas: RawArea[] }
  const data: SeedData = {
    derivedFrom: { file: 'oa-facts.json', compiled: raw.meta.compiled },
    lifeStages: LIFE_STAGES,
    coreMeasures: CORE_MEASURES,
    fundingStreams: deriveStreams(raw.programme),
    areas: raw.areas.map(deriveArea),
  }
  const out = path.join(root, 'prisma', 'seed-data', 'oa-seed.json')
  writeFileSync(out, `${JSON.stringify(data, null, 2)}\n`)
  const count = (f: (a: AreaSeed) => number) => data.areas.reduce((n, a) => n + f(a), 0)
  console.log(
    `Wrote ${path.relative(root, out)}: ${data.areas.length} areas, ${count((a) => a.priorities.length)} priorities, ` +
      `${count((a) => a.measures.length)} measures, ${count((a) => a.allocations.length)} funding figures, ${count((a) => a.chairs.length)} chairs`,
  )
}

if (import.meta.url === `file://${process.argv[1]}`) main()
