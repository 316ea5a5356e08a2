/**
 * Loads prisma/seed-data/oa-seed.json: the sourced facts for the 12 areas. Idempotent: each
 * record is found by its natural key and only written when a value differs, so a second run
 * changes nothing (not even updatedAt).
 */
import seedJson from '../seed-data/oa-seed.json'
import type { SeedData, SourceRef } from '../seed-data/types'
import { date, seeder, type SeedCounts, type Seeder, type Tx } from './seeder'

export const seedData = seedJson as unknown as SeedData

export { changedFields, type SeedCounts } from './seeder'

type Area = (typeof seedData.areas)[number]
type Ids = { lifeStages: Map<string, string>; core: Map<string, string>; streams: Map<string, string> }

async function lifeStages({ db, sync }: Seeder) {
  const lifeStageIds = new Map<string, string>()
  for (const ls of seedData.lifeStages) {
    const data = { name: ls.name, description: ls.description, position: ls.position }
    const id = await sync(
      () => db.lifeStage.findUnique({ where: { slug: ls.slug } }),
      () => db.lifeStage.create({ data: { slug: ls.slug, ...data } }),
      data,
      (id, changed) => db.lifeStage.update({ where: { id }, data: changed }),
    )
    lifeStageIds.set(ls.slug, id)
  }

  return lifeStageIds
}

async function coreMeasures({ db, sync }: Seeder) {
  const coreIds = new Map<string, string>()
  for (const c of seedData.coreMeasures) {
    const data = { name: c.name, unit: c.unit, isCore: true }
    const id = await sync(
      () => db.measureDefinition.findUnique({ where: { code: c.code } }),
      () => db.measureDefinition.create({ data: { code: c.code, ...data } }),
      data,
      (id, changed) => db.measureDefinition.update({ where: { id }, data: changed }),
    )
    coreIds.set(c.code, id)
  }

  return coreIds
}

async function fundingStreams({ db, sync, link }: Seeder) {
  const streamIds = new Map<string, string>()
  for (const s of seedData.fundingStreams) {
    const data = {
      name: s.name,
      funder: s.funder,
      description: s.description,
      totalPence: s.totalPence === null ? null : BigInt(s.totalPence),
      totalQualifier: s.totalQualifier,
    }
    const id = await sync(
      () => db.fundingStream.findUnique({ where: { slug: s.slug } }),
      () => db.fundingStream.create({ data: { slug: s.slug, ...data } }),
      data,
      (id, changed) => db.fundingStream.update({ where: { id }, data: changed }),
    )
    streamIds.set(s.slug, id)
    await link('FUNDING_STREAM', id, 'totalPence', s.sources)
  }

  return streamIds
}

/** The area's own row and facts, its local authorities, and its board with the chairs sources name. */
async function areaAndBoard({ db, sync, link }: Seeder, a: Area): Promise<string> {
  const areaData = {
    name: a.name,
    region: a.region?.value ?? null,
    areaType: a.areaType?.value ?? null,
    wave: a.wave.value.wave,
    announcedOn: date(a.wave.value.announcedOn),
    smiRank: a.smi?.value.rank ?? null,
    smiRankOf: a.smi?.value.of ?? null,
    smiEdition: a.smi?.value.edition ?? null,
    researchSchool: a.researchSchool?.value ?? null,
    planTitle: a.planTitle?.value ?? null,
    planPublished: a.planPublished?.value ?? null,
    planUrl: a.planUrl,
  }
  const areaId = await sync(
    () => db.area.findUnique({ where: { slug: a.slug } }),
    () => db.area.create({ data: { slug: a.slug, ...areaData } }),
    areaData,
    (id, changed) => db.area.update({ where: { id }, data: changed }),
  )
  const areaFacts: [string, SourceRef[] | undefined][] = [
    ['region', a.region?.sources],
    ['areaType', a.areaType?.sources],
    ['wave', a.wave.sources],
    ['smiRank', a.smi?.sources],
    ['researchSchool', a.researchSchool?.sources],
    ['planTitle', a.planTitle?.sources],
    ['planPublished', a.planPublished?.sources],
  ]
  for (const [field, refs] of areaFacts) if (refs) await link('AREA', areaId, field, refs)

  for (const [position, la] of a.localAuthorities.value.entries()) {
    const id = await sync(
      () => db.localAuthority.findUnique({ where: { areaId_name: { areaId, name: la.name } } }),
      () => db.localAuthority.create({ data: { areaId, name: la.name, kind: la.kind, position } }),
      { kind: la.kind, position },
      (id, changed) => db.localAuthority.update({ where: { id }, data: changed }),
    )
    await link('LOCAL_AUTHORITY', id, '', a.localAuthorities.sources)
  }

  const boardName = `${a.name} Opportunity Area partnership board`
  const boardId = await sync(
    () => db.board.findUnique({ where: { areaId } }),
    () => db.board.create({ data: { areaId, name: boardName } }),
    { name: boardName },
    (id, changed) => db.board.update({ where: { id }, data: changed }),
  )
  for (const chair of a.chairs) {
    const personData = { description: chair.description, isPublicFigure: true }
    const personId = await sync(
      () => db.person.findFirst({ where: { name: chair.name, isPublicFigure: true } }),
      () => db.person.create({ data: { name: chair.name, ...personData } }),
      personData,
      (id, changed) => db.person.update({ where: { id }, data: changed }),
    )
    const membershipId = await sync(
      () => db.boardMembership.findFirst({ where: { boardId, personId, role: 'CHAIR', isDemo: false } }),
      // A source names them, so the public board page does too.
      () =>
        db.boardMembership.create({
          data: { boardId, personId, role: 'CHAIR', termLabel: chair.termLabel, listedPublicly: true },
        }),
      { termLabel: chair.termLabel, listedPublicly: true },
      (id, changed) => db.boardMembership.update({ where: { id }, data: changed }),
    )
    await link('BOARD_MEMBERSHIP', membershipId, '', chair.sources)
  }

  return areaId
}

/** The area's priorities and success measures, as published. */
async function planOf({ db, sync, link }: Seeder, a: Area, areaId: string, ids: Ids) {
  const lifeStageIds = ids.lifeStages
  const coreIds = ids.core
  const priorityIds = new Map<number, string>()
  for (const p of a.priorities) {
    const data = {
      title: p.title,
      description: p.description,
      lifeStageId: lifeStageIds.get(p.lifeStage) ?? null,
      position: p.number,
    }
    const id = await sync(
      () => db.priority.findUnique({ where: { areaId_number: { areaId, number: p.number } } }),
      () => db.priority.create({ data: { areaId, number: p.number, ...data } }),
      data,
      (id, changed) => db.priority.update({ where: { id }, data: changed }),
    )
    priorityIds.set(p.number, id)
    await link('PRIORITY', id, '', p.sources)
  }

  for (const [position, m] of a.measures.entries()) {
    const defData = { unit: m.unit, isCore: false, coreId: m.coreCode ? (coreIds.get(m.coreCode) ?? null) : null }
    const definitionId = await sync(
      () => db.measureDefinition.findFirst({ where: { areaId, name: m.name } }),
      () => db.measureDefinition.create({ data: { areaId, name: m.name, ...defData } }),
      defData,
      (id, changed) => db.measureDefinition.update({ where: { id }, data: changed }),
    )
    const data = {
      priorityId: m.priorityNumber === null ? null : (priorityIds.get(m.priorityNumber) ?? null),
      baselineValue: m.baselineValue,
      baselinePeriod: m.baselinePeriod,
      baselineNote: m.baselineNote,
      nationalValue: m.nationalValue,
      targetValue: m.targetValue,
      targetPeriod: m.targetPeriod,
      targetNote: m.targetNote,
      position,
    }
    const id = await sync(
      () => db.successMeasure.findFirst({ where: { areaId, definitionId } }),
      () => db.successMeasure.create({ data: { areaId, definitionId, ...data } }),
      data,
      (id, changed) => db.successMeasure.update({ where: { id }, data: changed }),
    )
    await link('SUCCESS_MEASURE', id, '', m.sources)
  }
}

/** The area's allocations, and version 1 of its plan history (the plan as published). */
async function fundingAndFirstVersion({ db, sync, link }: Seeder, a: Area, areaId: string, ids: Ids) {
  const streamIds = ids.streams
  for (const f of a.allocations) {
    const streamId = streamIds.get(f.stream)
    if (!streamId) throw new Error(`Unknown funding stream ${f.stream}`)
    const data = { kind: f.kind, amountPence: BigInt(f.amountPence), qualifier: f.qualifier }
    const key = { areaId, streamId, period: f.period, label: f.label }
    const id = await sync(
      () => db.allocation.findUnique({ where: { areaId_streamId_period_label: key } }),
      // From published sources, so public as soon as it is seeded.
      () => db.allocation.create({ data: { ...key, ...data, publishedAt: new Date() } }),
      data,
      (id, changed) => db.allocation.update({ where: { id }, data: changed }),
    )
    await link('ALLOCATION', id, 'amountPence', f.sources)
  }

  // The plan as published is version 1 of the area's plan history.
  await sync(
    () => db.planVersion.findUnique({ where: { areaId_number: { areaId, number: 1 } } }),
    () =>
      db.planVersion.create({
        data: {
          areaId,
          number: 1,
          status: 'PUBLISHED',
          changeSummary: 'Delivery plan as first published',
          publishedAt: a.planPublished
            ? date(a.planPublished.value.length === 7 ? `${a.planPublished.value}-01` : a.planPublished.value)
            : null,
        },
      }),
    {},
    async () => {},
  )
}

export async function loadRealData(db: Tx, counts: SeedCounts = { created: 0, updated: 0 }): Promise<SeedCounts> {
  const s = seeder(db, counts)
  const ids: Ids = { lifeStages: await lifeStages(s), core: await coreMeasures(s), streams: await fundingStreams(s) }
  for (const a of seedData.areas) {
    const areaId = await areaAndBoard(s, a)
    await planOf(s, a, areaId, ids)
    await fundingAndFirstVersion(s, a, areaId, ids)
  }
  return counts
}
