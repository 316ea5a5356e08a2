/** CSV bulk update of action status: every problem by line and column, all or nothing, audited. */
import { describe, expect, it } from 'vitest'
import { actionCsvTemplate, checkActionCsv, importActionCsv } from '@/lib/data/uploads/action-updates'
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import { createAction, createArea, createUser } from '@/tests/factories'
import { db } from '../../setup/test-db'

const HEADER = 'action_id,action,status,progress_percent,update'

async function setUp() {
  const area = await createArea(db().prisma, { slug: `ai-${Math.random().toString(36).slice(2, 8)}` })
  const [a, b] = await Promise.all([
    createAction(db().prisma, area.id, { title: 'Alpha', status: 'ON_TRACK', progressPercent: 40 }),
    createAction(db().prisma, area.id, { title: 'Beta' }),
  ])
  const user = await createUser(db().prisma, { role: 'DELIVERY_TEAM', areaIds: [area.id] })
  return { area, a: a!, b: b!, delivery: (await findSessionUser(user.id, 1)) as SessionUser }
}

describe('CSV bulk update of action status', () => {
  it('the template lists every action of the area with its status now', async () => {
    const { area, a, b, delivery } = await setUp()
    const lines = (await actionCsvTemplate(delivery, area.slug)).trim().split('\n')
    expect(lines[0]).toBe(HEADER)
    expect(lines.slice(1).sort()).toEqual([`${a.id},Alpha,On track,40,`, `${b.id},Beta,Not started,0,`].sort())
  })

  it('reports every problem by line and column and writes nothing', async () => {
    const { area, a, b, delivery } = await setUp()
    const other = await createAction(db().prisma, (await createArea(db().prisma, { slug: `x-${area.slug}` })).id)
    const csv = [
      HEADER,
      `${a.id},Alpha,Sideways,40,Went well`,
      `${b.id},Beta,On track,140,Started`,
      `${other.id},Elsewhere,On track,10,Not ours`,
      `${a.id},Alpha,at risk,,`,
      `${b.id},Beta,,5%,Started`,
    ].join('\n')
    const { problems } = await checkActionCsv(delivery, area.slug, csv)
    expect(problems).toEqual([
      {
        line: 2,
        column: 'status',
        message: 'Enter the status as one of: Not started, On track, At risk, Off track, Complete, Stopped',
      },
      { line: 3, column: 'progress_percent', message: 'Progress must be a whole number from 0 to 100' },
      { line: 4, column: 'action_id', message: 'Unknown action: use the ids from this area’s template' },
      { line: 5, column: 'action_id', message: 'This action is also on line 2' },
      { line: 5, column: 'update', message: 'Enter what has happened since the last update' },
      { line: 6, column: 'action_id', message: 'This action is also on line 3' },
      { line: 6, column: 'status', message: 'Enter the status' },
    ])
    await expect(importActionCsv(delivery, area.slug, csv)).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    expect(await db().prisma.statusUpdate.count({ where: { actionId: { in: [a.id, b.id] } } })).toBe(0)
    expect((await checkActionCsv(delivery, area.slug, 'status\nOn track')).problems[0]?.message).toMatch(
      /^The header row must have the columns/,
    )
  })

  it('a clean file posts every update in one go, keeps progress when it is blank, and audits each', async () => {
    const { area, a, b, delivery } = await setUp()
    const csv = [
      HEADER,
      `${a.id},Alpha,at risk,,Supply teacher shortage`,
      `${b.id},Beta,ON_TRACK,15%,"Started, in two schools"`,
    ].join('\n')
    expect((await checkActionCsv(delivery, area.slug, csv)).problems).toEqual([])
    expect(await importActionCsv(delivery, area.slug, csv)).toBe(2)
    expect(await db().prisma.action.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      status: 'AT_RISK',
      progressPercent: 40,
    })
    expect(await db().prisma.action.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
      status: 'ON_TRACK',
      progressPercent: 15,
    })
    const updates = await db().prisma.statusUpdate.findMany({ where: { actionId: b.id } })
    expect(updates).toMatchObject([
      { body: 'Started, in two schools', status: 'ON_TRACK', progressPercent: 15, authorId: delivery.id },
    ])
    const audit = await db().prisma.auditEvent.findMany({
      where: { entityId: { in: [a.id, b.id] }, action: 'posted action update (CSV)' },
    })
    expect(audit).toHaveLength(2)
  })

  it('people who may not edit the plan are refused', async () => {
    const { area } = await setUp()
    const partner = (await findSessionUser(
      (await createUser(db().prisma, { role: 'PARTNER', areaIds: [area.id] })).id,
      1,
    )) as SessionUser
    await expect(actionCsvTemplate(partner, area.slug)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(importActionCsv(partner, area.slug, HEADER)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
