/**
 * Correcting where an item came from: only the chair of the area (or an admin), at the version
 * seen, with a reason; an item's decisions that took its origin are corrected with it; each
 * correction is audited and published on the ledger, whose figures change — but a private
 * item's correction is never published.
 */
import { describe, expect, it } from 'vitest'
import { answerItem, proposeItem } from '@/lib/data/board/agenda'
import { recordDecision } from '@/lib/data/board/decisions'
import { scheduleMeeting } from '@/lib/data/board/meetings'
import { correctOrigin } from '@/lib/data/board/origins'
import { getInfluence } from '@/lib/data/public/influence'
import { db } from '../../setup/test-db'
import { boardWorld, holdMeeting, itemInput, meetingInput } from './setup'

const decide = (summary: string) => ({
  summary,
  decidedOn: new Date(new Date().toISOString().slice(0, 10)),
  addAction: false,
  actionTitle: null,
  priorityId: null,
})
const itemVersion = async (id: string) => (await db().prisma.agendaItem.findUniqueOrThrow({ where: { id } })).version

describe('correcting an origin', () => {
  it('the chair corrects an item and the decision it led to, with a reason the ledger publishes', async () => {
    const w = await boardWorld()
    const meeting = await scheduleMeeting(w.team, w.own.slug, meetingInput())
    const item = await proposeItem(w.team, w.own.slug, {
      ...itemInput({ title: 'Buses to college' }),
      origin: 'DFE_DELIVERY_TEAM',
    })
    const secret = await proposeItem(w.team, w.own.slug, {
      ...itemInput({ title: 'Private staffing', isPrivate: true }),
      origin: 'DFE_DELIVERY_TEAM',
    })
    for (const i of [item, secret])
      await answerItem(w.chair, i.id, { version: 1, answer: 'place', meetingId: meeting.id, response: null })
    await holdMeeting(meeting.id)
    await recordDecision(w.team, item.id, decide('Fund an early bus'))
    expect((await getInfluence(w.own.slug))?.ledger.byKind.decision.local).toBe(0)

    const fix = { origin: 'LOCAL_PARTNER' as const, reason: 'The college raised it at the last board', version: 0 }
    // Not the delivery team (whose lead the ledger measures), a partner or another area's chair.
    for (const u of [w.team, w.partner, w.otherChair])
      await expect(correctOrigin(u, 'items', item.id, { ...fix, version: await itemVersion(item.id) })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      })
    // Not to the origin it already has; not from a page that is out of date.
    await expect(
      correctOrigin(w.chair, 'items', item.id, { ...fix, origin: 'DFE_DELIVERY_TEAM', version: await itemVersion(item.id) }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(
      correctOrigin(w.chair, 'items', item.id, { ...fix, version: (await itemVersion(item.id)) - 1 }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(await db().prisma.originCorrection.count()).toBe(0)

    expect(await correctOrigin(w.chair, 'items', item.id, { ...fix, version: await itemVersion(item.id) })).toEqual({
      corrected: 2,
    })
    expect((await db().prisma.decision.findFirstOrThrow({ where: { agendaItemId: item.id } })).origin).toBe('LOCAL_PARTNER')
    const audit = await db().prisma.auditEvent.findMany({ where: { action: 'corrected origin' }, orderBy: { entityType: 'asc' } })
    expect(audit.map((a) => [a.entityType, a.before, a.after])).toEqual([
      ['AGENDA_ITEM', { origin: 'DFE_DELIVERY_TEAM' }, { origin: 'LOCAL_PARTNER', reason: fix.reason }],
      ['DECISION', { origin: 'DFE_DELIVERY_TEAM' }, { origin: 'LOCAL_PARTNER', reason: fix.reason }],
    ])

    // A private item is corrected too, but its correction never reaches the public ledger.
    await correctOrigin(w.chair, 'items', secret.id, { ...fix, version: await itemVersion(secret.id) })
    const view = (await getInfluence(w.own.slug))!
    expect(view.ledger.byKind.decision).toMatchObject({ local: 1, recorded: 1 })
    expect(view.corrections.map((c) => [c.kind, c.label, c.from, c.to, c.reason]).sort()).toEqual(
      [
        ['agendaItem', 'Buses to college', 'DFE_DELIVERY_TEAM', 'LOCAL_PARTNER', fix.reason],
        ['decision', 'Fund an early bus', 'DFE_DELIVERY_TEAM', 'LOCAL_PARTNER', fix.reason],
      ].sort(),
    )
    expect(JSON.stringify(view)).not.toContain('Private staffing')
    expect(await db().prisma.originCorrection.count()).toBe(3)
  })
})
