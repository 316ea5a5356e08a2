/**
 * Our own classifications and readings of the fact base, kept apart for review: the life stages,
 * which life stage each area's priorities belong to, the national core measures, and how each
 * target in the fact base is read as a number (used by scripts/derive-seed-data.ts).
 */
import type { CoreMeasureSeed, LifeStageSeed, LifeStageSlug, MeasureUnitSeed } from '../../prisma/seed-data/types'

export const LIFE_STAGES: LifeStageSeed[] = [
  {
    slug: 'early-years',
    name: 'Early years',
    position: 1,
    description: 'Access to good early education and care, so children start school ready to learn.',
  },
  {
    slug: 'home-learning',
    name: 'Home learning environment',
    position: 2,
    description: 'Support for parents and carers with learning at home, including early language.',
  },
  {
    slug: 'school-outcomes',
    name: 'School outcomes',
    position: 3,
    description: 'Progress and attainment in school, teaching quality, attendance and inclusion.',
  },
  {
    slug: 'aspirations',
    name: 'Aspirations, advice and experiences',
    position: 4,
    description: 'Careers advice, encounters with employers and wider experiences beyond the classroom.',
  },
  {
    slug: 'sixteen-to-nineteen',
    name: '16 to 19',
    position: 5,
    description: 'Choices and outcomes after 16, and staying in education, employment or training.',
  },
  {
    slug: 'post-nineteen',
    name: 'Post-19',
    position: 6,
    description: 'Routes into skilled work, higher education and adult learning.',
  },
]

/** Priority → life stage, by area slug and priority number. Our reading of each priority. */
export const PRIORITY_LIFE_STAGES: Record<string, Record<number, LifeStageSlug>> = {
  blackpool: { 1: 'school-outcomes', 2: 'school-outcomes', 3: 'sixteen-to-nineteen' },
  bradford: { 1: 'school-outcomes', 2: 'school-outcomes', 3: 'aspirations', 4: 'school-outcomes' },
  derby: { 1: 'early-years', 2: 'school-outcomes', 3: 'aspirations' },
  doncaster: { 1: 'school-outcomes', 2: 'school-outcomes', 3: 'aspirations', 4: 'aspirations' },
  'fenland-east-cambridgeshire': { 1: 'early-years', 2: 'school-outcomes', 3: 'aspirations', 4: 'school-outcomes' },
  hastings: { 1: 'school-outcomes', 2: 'school-outcomes', 3: 'school-outcomes', 4: 'aspirations' },
  ipswich: { 1: 'home-learning', 2: 'school-outcomes', 3: 'school-outcomes', 4: 'aspirations' },
  'north-yorkshire-coast': { 1: 'early-years', 2: 'school-outcomes', 3: 'school-outcomes', 4: 'school-outcomes' },
  norwich: { 1: 'early-years', 2: 'school-outcomes', 3: 'school-outcomes', 4: 'sixteen-to-nineteen' },
  oldham: { 1: 'early-years', 2: 'school-outcomes', 3: 'aspirations' },
  'stoke-on-trent': { 1: 'early-years', 2: 'school-outcomes', 3: 'school-outcomes', 4: 'sixteen-to-nineteen' },
  'west-somerset': { 1: 'early-years', 2: 'school-outcomes', 3: 'sixteen-to-nineteen', 4: 'post-nineteen' },
}

/**
 * National core measures: one definition shared across areas so they can be compared, with
 * the local measures that measure the same thing mapped to it (our reading of the measures).
 */
export const CORE_MEASURES: CoreMeasureSeed[] = [
  { code: 'eyfs-gld', name: 'Children reaching a good level of development at the end of reception', unit: 'PERCENT' },
  { code: 'phonics-y1', name: 'Pupils meeting the expected standard in the year 1 phonics check', unit: 'PERCENT' },
  { code: 'ks4-english-maths', name: 'Pupils achieving a standard pass in English and maths at GCSE', unit: 'PERCENT' },
]

type MeasureReading = { unit: MeasureUnitSeed; baseline?: number; national?: number; target?: number; core?: string }

/**
 * The numbers inside each measure's baseline/target text, read by hand (the text is kept as a
 * note where it says more than the number). Keyed by area slug and the start of the measure's name.
 * A measure not listed here keeps its text only.
 */
export const MEASURE_READINGS: Record<string, MeasureReading> = {
  'blackpool:Secondary pupils attending a school rated good': { unit: 'PERCENT', baseline: 19, national: 82 },
  'blackpool:Pupils achieving C or above in English and maths at GCSE': {
    unit: 'PERCENT',
    baseline: 48,
    national: 63,
    core: 'ks4-english-maths',
  },
  'derby:Children achieving a good level of development': { unit: 'PERCENT', baseline: 66, core: 'eyfs-gld' },
  'derby:English and maths progress and attainment at KS2 and KS4': { unit: 'PERCENT', national: 63.3 },
  'hastings:Pupils meeting the expected standard in phonics': { unit: 'PERCENT', target: 85, core: 'phonics-y1' },
  'hastings:Progression to top-third universities': { unit: 'PERCENT', baseline: 8, national: 17 },
  'hastings:Disadvantaged pupils progressing to sustained': { unit: 'PERCENT', baseline: 49, national: 65 },
  'north-yorkshire-coast:Children reaching a good level of development (all children)': {
    unit: 'PERCENT',
    baseline: 64,
    target: 70,
    core: 'eyfs-gld',
  },
  'north-yorkshire-coast:Year 1 phonics': { unit: 'PERCENT', core: 'phonics-y1' },
  'north-yorkshire-coast:FSM-eligible children reaching a good level of development': { unit: 'PERCENT', target: 55 },
  'north-yorkshire-coast:Additional children reaching GLD vs 2016': { unit: 'COUNT', target: 75 },
  'north-yorkshire-coast:KS4 achievement, disadvantaged pupils': { unit: 'PERCENT', baseline: 35.6, national: 41.2 },
  'north-yorkshire-coast:Level 3 by age 19': { unit: 'PERCENT', baseline: 54, national: 57 },
}
