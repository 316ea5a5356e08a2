/**
 * Funding management on a real database (PostgreSQL and PGlite): who may record what, the
 * warnings before a save, revisions and withdrawals that keep the record, the working and
 * public views, and the chair's funding return that publishes.
 */
import { describe, expect, it } from 'vitest'
import { addAllocation, reviseAllocation, withdrawAllocation } from '@/lib/data/funding/allocations'
import { correctEntry, recordEntry, withdrawEntry } from '@/lib/data/funding/entries'
import { fundingPicture } from '@/lib/data/funding/picture'
import { getWorkingFunding } from '@/lib/data/funding/read'
import { pendingChanges, signOffFundingReturn } from '@/lib/data/funding/returns'
import type { Role } from '@/lib/permissions'
import { MATRIX } from '../../authz/matrix'
import { db } from '../../setup/test-db'
import { allocationInput, day, entryInput, fundingWorld } from './setup'

const signOff = async (w: Awaited<ReturnType<typeof fundingWorld>>, user = w.chair) => {
  const { token } = await pendingChanges(db().prisma, w.own.id)
  return signOffFundingReturn(user, w.own.slug, { asAt: day('2025-09-30'), note: null, token })
}

describe('who may record funding (edit:funding) and sign off a return (sign-off:funding)', () => {
  for (const role of ['ADMIN', 'DELIVERY_TEAM', 'CHAIR', 'PARTNER'] as Role[]) {
    it(`${role}: allocations and entries ${MATRIX['edit:funding'][role].ownArea ? 'allowed' : 'refused'} in their area, refused in another`, async () => {
      const w = await fundingWorld()
      const user = { ADMIN: w.admin, DELIVERY_TEAM: w.team, CHAIR: w.chair, PARTNER: w.partner }[role]
      const mayOwn = MATRIX['edit:funding'][role].ownArea
      const mayOther = MATRIX['edit:funding'][role].otherArea
      const own = addAllocation(user, w.own.slug, allocationInput(w.stream.id))
      if (mayOwn) await expect(own).resolves.toMatchObject({ id: expect.any(String) })
      else await expect(own).rejects.toMatchObject({ code: 'NOT_FOUND' })
      const other = addAllocation(user, w.other.slug, allocationInput(w.stream.id))
      if (mayOther) await expect(other).resolves.toBeTruthy()
      else await expect(other).rejects.toMatchObject({ code: 'NOT_FOUND' })
      const written = Number(mayOwn) + Number(mayOther)
      expect(await db().prisma.allocation.count()).toBe(written)
      expect(await db().prisma.auditEvent.count()).toBe(written)
    })
  }

  it('another area’s delivery team cannot record against, revise, withdraw or correct this area’s funding, by slug or by id', async () => {
    const w = await fundingWorld()
    const a = await addAllocation(w.team, w.own.slug, allocationInput(w.stream.id))
    const e = await recordEntry(w.team, w.own.slug, entryInput(w.action.id, a.id))
    // Its own slug with this area's ids: the action and allocation are not its area's.
    await expect(recordEntry(w.otherTeam, w.other.slug, entryInput(w.action.id, a.id))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    await expect(
      reviseAllocation(w.otherTeam, a.id, { version: 1, amount: 1n, status: 'CONFIRMED', reason: 'x' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(withdrawAllocation(w.otherTeam, a.id, { version: 1, withdrawReason: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(withdrawEntry(w.otherTeam, e.id, { version: 1, withdrawReason: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(
      correctEntry(w.partner, e.id, { ...entryInput(w.action.id, a.id), version: 1, reason: 'x' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(signOff(w, w.otherChair)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(signOff(w, w.team)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await db().prisma.fundingEntry.count()).toBe(1)
    expect(await db().prisma.allocationRevision.count()).toBe(0)
    expect(await db().prisma.fundingReturn.count()).toBe(0)
  })

  it('refuses an earmark for another area’s action, and a reported total as the pot money is paid from', async () => {
    const w = await fundingWorld()
    await expect(
      addAllocation(
        w.team,
        w.own.slug,
        allocationInput(w.stream.id, { earmark: { priorityId: null, actionId: w.otherAction.id } }),
      ),
    ).rejects.toMatchObject({ userMessage: 'Select an action of this area' })
    const total = await db().prisma.allocation.create({
      data: {
        areaId: w.own.id,
        streamId: w.stream.id,
        period: '2017-20',
        label: 'Reported',
        kind: 'REPORTED_TOTAL',
        amountPence: 1n,
      },
    })
    await expect(recordEntry(w.team, w.own.slug, entryInput(w.action.id, total.id))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
  })
})

describe('an allocation, a commitment and two payments', () => {
  it('adds up in the working view at once, and in public only once a return is signed off', async () => {
    const w = await fundingWorld()
    const a = await addAllocation(
      w.team,
      w.own.slug,
      allocationInput(w.stream.id, { earmark: { priorityId: null, actionId: w.action.id } }),
    )
    await recordEntry(w.team, w.own.slug, entryInput(w.action.id, a.id, { amount: 4_000_050n }))
    await recordEntry(
      w.team,
      w.own.slug,
      entryInput(w.action.id, a.id, { kind: 'SPEND', amount: 1_000_025n, occurredOn: day('2025-06-01') }),
    )
    await recordEntry(
      w.team,
      w.own.slug,
      entryInput(w.action.id, a.id, { kind: 'SPEND', amount: 1_000_025n, occurredOn: day('2025-07-01') }),
    )

    const working = await fundingPicture('working', w.own.id)
    expect(working.totals).toEqual({
      allocatedPence: '10000000',
      committedPence: '4000050',
      spentPence: '2000050',
      remainingPence: '7999950',
      percentSpent: 20,
    })
    const line = working.priorities[0]?.actions[0]
    expect(line).toMatchObject({ id: w.action.id, totals: { allocatedPence: '10000000', spentPence: '2000050' } })

    const before = await fundingPicture('public', w.own.id)
    expect(before.totals).toMatchObject({ allocatedPence: null, committedPence: '0', spentPence: '0' })
    expect(before.allocations).toEqual([])

    await expect(signOff(w)).resolves.toEqual({ published: 4 })
    expect((await fundingPicture('public', w.own.id)).totals).toEqual(working.totals)
    expect(await db().prisma.fundingReturn.count()).toBe(1)
    // Nothing new: a second return is refused.
    await expect(signOff(w)).rejects.toMatchObject({ code: 'INVALID_STATE' })
  })

  it('warns before spend goes over its commitment, over the allocation or outside its period, and saves when confirmed', async () => {
    const w = await fundingWorld()
    const a = await addAllocation(w.team, w.own.slug, allocationInput(w.stream.id, { amount: 5_000_000n }))
    await recordEntry(w.team, w.own.slug, entryInput(w.action.id, a.id, { amount: 3_000_000n }))
    const over = entryInput(w.action.id, a.id, { kind: 'SPEND', amount: 3_500_000n, occurredOn: day('2026-04-02') })
    const refused = await recordEntry(w.team, w.own.slug, over).catch((e: unknown) => e)
    expect(refused).toMatchObject({ code: 'UNCONFIRMED' })
    expect((refused as { warnings: string[] }).warnings).toEqual([
      'Spend on this action would be £35,000, more than the £30,000 committed to it.',
      'The date is outside the allocation’s period (2025-26).',
    ])
    expect(await db().prisma.fundingEntry.count()).toBe(1)
    await recordEntry(w.team, w.own.slug, { ...over, confirm: true })
    expect(await db().prisma.fundingEntry.count()).toBe(2)
    const audit = await db().prisma.auditEvent.findFirstOrThrow({ where: { action: 'recorded payment' } })
    expect(JSON.stringify(audit.after)).toContain('savedDespite')
    // A commitment taking commitments over the allocation.
    await expect(recordEntry(w.team, w.own.slug, entryInput(w.action.id, a.id, { amount: 2_500_000n }))).rejects.toMatchObject({
      code: 'UNCONFIRMED',
    })
  })

  it('refuses a date in the future', async () => {
    const w = await fundingWorld()
    const a = await addAllocation(w.team, w.own.slug, allocationInput(w.stream.id))
    const tomorrow = new Date(Date.now() + 2 * 86_400_000)
    await expect(recordEntry(w.team, w.own.slug, entryInput(w.action.id, a.id, { occurredOn: tomorrow }))).rejects.toMatchObject({
      userMessage: 'The date must be today or in the past',
    })
  })
})

describe('revisions, withdrawals and corrections keep the record', () => {
  it('a revision keeps the original; the public sees it only once published', async () => {
    const w = await fundingWorld()
    const a = await addAllocation(w.team, w.own.slug, allocationInput(w.stream.id))
    await signOff(w)
    await reviseAllocation(w.team, a.id, { version: 1, amount: 12_000_000n, status: 'CONFIRMED', reason: 'Carry-forward agreed' })
    await expect(
      reviseAllocation(w.team, a.id, { version: 1, amount: 1n, status: 'CONFIRMED', reason: 'stale' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    expect((await fundingPicture('working', w.own.id)).totals.allocatedPence).toBe('12000000')
    expect((await fundingPicture('public', w.own.id)).totals.allocatedPence).toBe('10000000')
    const row = await db().prisma.allocation.findUniqueOrThrow({ where: { id: a.id } })
    expect(row.amountPence).toBe(10_000_000n)
    await signOff(w)
    expect((await fundingPicture('public', w.own.id)).totals.allocatedPence).toBe('12000000')
  })

  it('a withdrawn entry stops counting for the team at once, and for the public at the next return; nothing is deleted', async () => {
    const w = await fundingWorld()
    const a = await addAllocation(w.team, w.own.slug, allocationInput(w.stream.id))
    const e = await recordEntry(w.team, w.own.slug, entryInput(w.action.id, a.id))
    await signOff(w)
    await withdrawEntry(w.team, e.id, { version: 1, withdrawReason: 'Entered twice' })
    await expect(withdrawEntry(w.team, e.id, { version: 1, withdrawReason: 'again' })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    expect((await fundingPicture('working', w.own.id)).totals.committedPence).toBe('0')
    expect((await fundingPicture('public', w.own.id)).totals.committedPence).toBe('4000000')
    await signOff(w)
    expect((await fundingPicture('public', w.own.id)).totals.committedPence).toBe('0')
    expect(await db().prisma.fundingEntry.count()).toBe(1)
  })

  it('an entry withdrawn before any return never reaches the public', async () => {
    const w = await fundingWorld()
    const a = await addAllocation(w.team, w.own.slug, allocationInput(w.stream.id))
    const e = await recordEntry(w.team, w.own.slug, entryInput(w.action.id, a.id))
    await withdrawEntry(w.team, e.id, { version: 1, withdrawReason: 'Wrong action' })
    await signOff(w)
    expect((await fundingPicture('public', w.own.id)).hasEntries).toBe(false)
  })

  it('a correction withdraws the old entry and records the new one in one step, refusing a stale version', async () => {
    const w = await fundingWorld()
    const a = await addAllocation(w.team, w.own.slug, allocationInput(w.stream.id))
    const e = await recordEntry(w.team, w.own.slug, entryInput(w.action.id, a.id))
    const fixed = await correctEntry(w.team, e.id, {
      ...entryInput(w.action.id, a.id, { amount: 4_500_000n }),
      version: 1,
      reason: 'Invoice total',
    })
    const rows = await db().prisma.fundingEntry.findMany({ orderBy: { createdAt: 'asc' } })
    expect(rows.map((r) => [r.amountPence, r.withdrawnAt !== null, r.correctsId])).toEqual([
      [4_000_000n, true, null],
      [4_500_000n, false, e.id],
    ])
    expect(fixed.id).toBe(rows[1]?.id)
    await expect(
      correctEntry(w.team, e.id, { ...entryInput(w.action.id, a.id), version: 1, reason: 'again' }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' })
  })

  it('an allocation with money paid from it cannot be withdrawn until the money is', async () => {
    const w = await fundingWorld()
    const a = await addAllocation(w.team, w.own.slug, allocationInput(w.stream.id))
    const e = await recordEntry(w.team, w.own.slug, entryInput(w.action.id, a.id))
    await expect(withdrawAllocation(w.team, a.id, { version: 1, withdrawReason: 'Cancelled' })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    await withdrawEntry(w.team, e.id, { version: 1, withdrawReason: 'Cancelled' })
    await withdrawAllocation(w.team, a.id, { version: 1, withdrawReason: 'Cancelled' })
    expect((await fundingPicture('working', w.own.id)).totals.allocatedPence).toBeNull()
  })

  it('refuses a second allocation of the same name, stream and period with a clear message', async () => {
    const w = await fundingWorld()
    await addAllocation(w.team, w.own.slug, allocationInput(w.stream.id))
    await expect(addAllocation(w.team, w.own.slug, allocationInput(w.stream.id))).rejects.toMatchObject({
      userMessage: expect.stringContaining('already has an allocation named “Delivery fund” for 2025-26'),
    })
  })
})

describe('the funding return', () => {
  it('refuses a sign-off made from a page older than the latest entry', async () => {
    const w = await fundingWorld()
    const a = await addAllocation(w.team, w.own.slug, allocationInput(w.stream.id))
    const { token } = await pendingChanges(db().prisma, w.own.id)
    await recordEntry(w.team, w.own.slug, entryInput(w.action.id, a.id))
    await expect(signOffFundingReturn(w.chair, w.own.slug, { asAt: day('2025-09-30'), note: null, token })).rejects.toMatchObject(
      { code: 'CONFLICT' },
    )
    expect(await db().prisma.fundingReturn.count()).toBe(0)
  })

  it('two sign-offs at once from the same page: one publishes, the other is refused', async () => {
    const w = await fundingWorld()
    await addAllocation(w.team, w.own.slug, allocationInput(w.stream.id))
    const { token } = await pendingChanges(db().prisma, w.own.id)
    const input = { asAt: day('2025-09-30'), note: null, token }
    const results = await Promise.allSettled([
      signOffFundingReturn(w.chair, w.own.slug, input),
      signOffFundingReturn(w.admin, w.own.slug, input),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(await db().prisma.fundingReturn.count()).toBe(1)
  })

  it('the working page shows what the next return would publish, and the last return', async () => {
    const w = await fundingWorld()
    const a = await addAllocation(w.team, w.own.slug, allocationInput(w.stream.id))
    await recordEntry(w.team, w.own.slug, entryInput(w.action.id, a.id))
    const page = await getWorkingFunding(w.chair, w.own.slug)
    expect(page?.pending.counts).toEqual({ allocations: 1, revisions: 0, entries: 1, withdrawals: 0 })
    expect(page).toMatchObject({ canEdit: false, canSignOff: true, lastReturn: null })
    await signOff(w)
    const after = await getWorkingFunding(w.partner, w.own.slug)
    expect(after).toMatchObject({ canEdit: false, canSignOff: false, pending: { total: 0 }, lastReturn: { asAt: '2025-09-30' } })
    expect(await getWorkingFunding(w.otherTeam, w.own.slug)).toBeNull()
  })
})

describe('demo money stays apart, and a return is as at a true date', () => {
  it('marks money against a demo action, or from a demo allocation, as demo: never in a real figure', async () => {
    const w = await fundingWorld()
    const demoAction = await db().prisma.action.create({ data: { areaId: w.own.id, title: 'Demo action', isDemo: true } })
    const a = await addAllocation(w.team, w.own.slug, allocationInput(w.stream.id))
    const e = await recordEntry(w.team, w.own.slug, entryInput(demoAction.id, a.id))
    expect((await db().prisma.fundingEntry.findUniqueOrThrow({ where: { id: e.id } })).isDemo).toBe(true)
    await signOff(w)
    expect((await fundingPicture('public', w.own.id, { demo: 'exclude' })).totals.committedPence).toBe('0')
    expect((await fundingPicture('public', w.own.id, { demo: 'only' })).totals.committedPence).toBe('4000000')
  })

  it('refuses figures "as at" a date before money the return would publish', async () => {
    const w = await fundingWorld()
    const a = await addAllocation(w.team, w.own.slug, allocationInput(w.stream.id))
    await recordEntry(w.team, w.own.slug, entryInput(w.action.id, a.id, { occurredOn: day('2025-10-15') }))
    const { token } = await pendingChanges(db().prisma, w.own.id)
    await expect(signOffFundingReturn(w.chair, w.own.slug, { asAt: day('2025-09-30'), note: null, token })).rejects.toMatchObject(
      {
        userMessage: expect.stringContaining('15 October 2025'),
      },
    )
    await expect(signOffFundingReturn(w.chair, w.own.slug, { asAt: day('2025-10-31'), note: null, token })).resolves.toEqual({
      published: 2,
    })
  })
})
