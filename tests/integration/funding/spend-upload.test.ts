/**
 * Bulk-loading commitments and payments by CSV: the template, every problem by line and
 * column with nothing saved, the preview's warnings, an all-or-nothing save with its audit
 * events, and a refusal for anyone who may not edit the area's funding.
 */
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { addAllocation } from '@/lib/data/funding/allocations'
import { applyUpload, previewUpload, uploadTemplate } from '@/lib/data/uploads/upload'
import { db } from '../../setup/test-db'
import { allocationInput, fundingWorld } from './setup'

const HEAD = 'action_id,action,kind,date,amount,organisation,allocation,description,evidence_url'

describe('the commitments and payments CSV', () => {
  it('offers a template of the area’s actions with the allocation each is paid from', async () => {
    const w = await fundingWorld()
    await addAllocation(
      w.team,
      w.own.slug,
      allocationInput(w.stream.id, { earmark: { priorityId: null, actionId: w.action.id } }),
    )
    const rows = parse(await uploadTemplate(w.team, w.own.slug, 'spend'), { columns: true }) as Record<string, string>[]
    expect(rows).toEqual([
      expect.objectContaining({ action_id: w.action.id, allocation: 'Delivery fund (2025-26)', kind: '', amount: '' }),
    ])
  })

  it('lists every problem by line and column and saves nothing, then saves a good file all at once', async () => {
    const w = await fundingWorld()
    await addAllocation(w.team, w.own.slug, allocationInput(w.stream.id))
    const bad = [
      HEAD,
      `${w.action.id},x,commitment,2025-05-01,"40,000",Provider A,Delivery fund (2025-26),,`,
      `nope,x,gift,31/02/2025,12.345,,Unknown pot,,ftp://x`,
      `${w.otherAction.id},x,payment,2025-06-01,-5,B,Delivery fund (2025-26),,`,
    ].join('\n')
    const preview = await previewUpload(w.team, w.own.slug, 'spend', bad)
    expect(preview.problems).toEqual([
      { line: 3, column: 'action_id', message: 'Unknown action: use the ids from this area’s template' },
      { line: 3, column: 'kind', message: 'Enter the kind as commitment or payment' },
      { line: 3, column: 'date', message: 'Enter the date as 2021-03-27 or 27/03/2021' },
      { line: 3, column: 'amount', message: 'Amount must have no more than two decimal places (pence)' },
      { line: 3, column: 'organisation', message: 'Enter the provider or recipient' },
      { line: 3, column: 'allocation', message: expect.stringMatching(/^Unknown allocation/) },
      { line: 3, column: 'evidence_url', message: 'Enter the evidence link as a web address starting https://' },
      { line: 4, column: 'action_id', message: 'Unknown action: use the ids from this area’s template' },
      { line: 4, column: 'amount', message: 'Amount must be more than £0' },
    ])
    await expect(applyUpload(w.team, w.own.slug, 'spend', bad)).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    expect(await db().prisma.fundingEntry.count()).toBe(0)

    const good = [
      HEAD,
      `${w.action.id},x,commitment,2025-05-01,"£40,000",Provider A,Delivery fund (2025-26),Sessions,https://example.org/contract`,
      `${w.action.id},x,payment,30/06/2025,25000.50,Provider A,Delivery fund (2025-26),,`,
      `${w.action.id},x,payment,2025-09-30,20000,Provider A,Delivery fund (2025-26),,`,
    ].join('\n')
    const checked = await previewUpload(w.team, w.own.slug, 'spend', good)
    expect(checked.problems).toEqual([])
    // The third row takes spend (£45,000.50) past the £40,000 committed: shown before saving.
    expect(checked.rows.map((r) => r.cells.at(-1))).toEqual([
      'No warnings',
      'No warnings',
      'Spend on this action would be £45,000.50, more than the £40,000 committed to it.',
    ])
    await expect(applyUpload(w.team, w.own.slug, 'spend', good)).resolves.toBe(3)
    const saved = await db().prisma.fundingEntry.findMany({ orderBy: { occurredOn: 'asc' } })
    expect(saved.map((e) => [e.kind, e.amountPence, e.publishedAt])).toEqual([
      ['COMMITMENT', 4_000_000n, null],
      ['SPEND', 2_500_050n, null],
      ['SPEND', 2_000_000n, null],
    ])
    expect(await db().prisma.auditEvent.count({ where: { entityType: 'FUNDING_ENTRY' } })).toBe(3)
  })

  it('refuses a repeated row, and anyone who may not edit the area’s funding', async () => {
    const w = await fundingWorld()
    await addAllocation(w.team, w.own.slug, allocationInput(w.stream.id))
    const row = `${w.action.id},x,payment,2025-06-01,100,P,Delivery fund (2025-26),,`
    const preview = await previewUpload(w.team, w.own.slug, 'spend', [HEAD, row, row].join('\n'))
    expect(preview.problems).toEqual([
      { line: 3, column: 'amount', message: expect.stringMatching(/^This is the same entry as line 2/) },
    ])
    for (const user of [w.otherTeam, w.chair, w.partner])
      await expect(applyUpload(user, w.own.slug, 'spend', [HEAD, row].join('\n'))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await db().prisma.fundingEntry.count()).toBe(0)
  })

  it('refuses an allocation name two streams share, and takes its id instead', async () => {
    const w = await fundingWorld()
    const other = await db().prisma.fundingStream.create({
      data: { slug: `other-${w.own.slug}`, name: 'Other stream', funder: 'DfE' },
    })
    const a = await addAllocation(w.team, w.own.slug, allocationInput(w.stream.id))
    await addAllocation(w.team, w.own.slug, allocationInput(other.id))
    const template = parse(await uploadTemplate(w.team, w.own.slug, 'spend'), { columns: true }) as Record<string, string>[]
    expect(template[0]?.allocation).toMatch(/^[A-Za-z0-9_-]+$/)
    const byName = await previewUpload(
      w.team,
      w.own.slug,
      'spend',
      [HEAD, `${w.action.id},x,payment,2025-06-01,100,P,Delivery fund (2025-26),,`].join('\n'),
    )
    expect(byName.problems).toEqual([
      { line: 2, column: 'allocation', message: 'More than one allocation has this name: use its id, as the template gives it' },
    ])
    const byId = await previewUpload(
      w.team,
      w.own.slug,
      'spend',
      [HEAD, `${w.action.id},x,payment,2025-06-01,100,P,${a.id},,`].join('\n'),
    )
    expect(byId.problems).toEqual([])
  })
})
