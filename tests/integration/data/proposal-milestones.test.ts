/** Proposals about milestones: board members propose, the delivery team or chair answers. */
import { describe, expect, it } from 'vitest'
import { getActionForm } from '@/lib/data/plan/actions'
import { getMilestoneForm, removeMilestone } from '@/lib/data/plan/milestones'
import { loadDraft } from '@/lib/data/plan/draft'
import { respondToProposal } from '@/lib/data/proposals/answer'
import { createProposal, proposeAddition, proposeRemoval } from '@/lib/data/proposals/propose'
import { getProposal } from '@/lib/data/proposals/read'
import type { MilestoneEditInput } from '@/lib/validation/milestone'
import { createAction, createArea } from '@/tests/factories'
import { db } from '../../setup/test-db'
import { setUp } from './proposal-setup'

describe('proposals about milestones', () => {
  const milestone = (overrides: Partial<MilestoneEditInput> = {}): MilestoneEditInput => ({
    token: 'published',
    title: 'Training booked',
    dueOn: new Date('2018-09-30'),
    completedOn: null,
    ...overrides,
  })

  it('a partner proposes a new date for a milestone; accepted, it is drafted on the same action', async () => {
    const { area, action, partner, delivery } = await setUp()
    const m = await db().prisma.milestone.create({
      data: { actionId: action.id, title: 'Training booked', dueOn: new Date('2018-09-30') },
    })
    // The partner sees the action's milestones on its proposal page, and the milestone's form.
    expect((await getActionForm(partner, action.id, 'propose'))?.milestones.map((x) => x.id)).toEqual([m.id])
    expect((await getMilestoneForm(partner, m.id, 'propose'))?.milestone).toMatchObject({
      title: 'Training booked',
      dueOn: '2018-09-30',
    })
    expect(await getMilestoneForm(delivery, m.id, 'propose')).toBeNull()

    const id = await createProposal(partner, 'milestones', m.id, {
      why: 'The trainer moved it',
      fields: milestone({ dueOn: new Date('2018-10-31') }),
    })
    const proposal = await getProposal(delivery, id)
    expect(proposal).toMatchObject({
      title: 'Milestone: Training booked',
      action: 'Reading volunteers in primary schools',
      isNew: false,
    })
    expect(proposal?.rows).toEqual([
      { label: 'Due date', basis: '30 September 2018', now: '30 September 2018', proposed: '31 October 2018' },
    ])
    await respondToProposal(delivery, id, { version: 1, decision: 'accept', response: null })
    expect((await loadDraft(area.id)).draft.milestones[m.id]?.fields).toEqual({
      actionId: action.id,
      title: 'Training booked',
      dueOn: '2018-10-31',
      completedOn: null,
    })
  })

  it('a change to a milestone the draft has since removed is not accepted (it would bring it back)', async () => {
    const { area, action, partner, delivery } = await setUp()
    const m = await db().prisma.milestone.create({
      data: { actionId: action.id, title: 'Training booked', dueOn: new Date('2018-09-30') },
    })
    const id = await createProposal(partner, 'milestones', m.id, {
      why: 'Done',
      fields: milestone({ completedOn: new Date('2018-09-20') }),
    })
    await removeMilestone(delivery, m.id, 'published')
    await expect(respondToProposal(delivery, id, { version: 1, decision: 'accept', response: null })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    expect((await loadDraft(area.id)).draft.milestones[m.id]).toMatchObject({ removed: true })
    expect(await getProposal(partner, id)).toMatchObject({ status: 'OPEN' })
  })

  it('a partner proposes removing a milestone; accepted, the draft removes it; once removed it cannot be proposed again', async () => {
    const { area, action, partner, delivery } = await setUp()
    const m = await db().prisma.milestone.create({
      data: { actionId: action.id, title: 'Pilot in two schools', dueOn: new Date('2018-12-31') },
    })
    const id = await proposeRemoval(partner, 'milestones', m.id, 'The pilot was dropped')
    const proposal = await getProposal(delivery, id)
    expect(proposal).toMatchObject({
      title: 'Remove milestone: Pilot in two schools',
      isRemoval: true,
      action: 'Reading volunteers in primary schools',
    })
    expect(proposal?.rows).toEqual([
      { label: 'Title', basis: 'Pilot in two schools', now: 'Pilot in two schools', proposed: 'Removed' },
      { label: 'Due date', basis: '31 December 2018', now: '31 December 2018', proposed: 'Removed' },
    ])
    await respondToProposal(delivery, id, { version: 1, decision: 'accept', response: null })
    expect((await loadDraft(area.id)).draft.milestones[m.id]).toMatchObject({ removed: true })
    expect(await db().prisma.milestone.findUnique({ where: { id: m.id } })).not.toBeNull()
    await expect(proposeRemoval(partner, 'milestones', m.id, 'Again')).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(proposeRemoval(delivery, 'milestones', m.id, 'x')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const audit = await db().prisma.auditEvent.findMany({
      where: { entityType: 'PROPOSAL', entityId: id },
      orderBy: { at: 'asc' },
    })
    expect(audit.map((a) => a.action)).toEqual(['proposed removing a milestone', 'accepted proposal into the draft plan'])
  })

  it('a partner proposes a new milestone of a published action of their area only', async () => {
    const { area, action, partner, chair } = await setUp()
    const id = await proposeAddition(
      partner,
      'milestones',
      area.slug,
      { why: 'So we can see progress', fields: milestone({ title: 'Half the schools signed up', token: '' }) },
      action.id,
    )
    const proposal = await getProposal(chair, id)
    expect(proposal).toMatchObject({
      title: 'New milestone: Half the schools signed up',
      isNew: true,
      targetId: null,
      action: 'Reading volunteers in primary schools',
    })
    expect(proposal?.rows.map((r) => [r.label, r.proposed])).toEqual([
      ['Title', 'Half the schools signed up'],
      ['Due date', '30 September 2018'],
    ])
    await respondToProposal(chair, id, { version: 1, decision: 'accept', response: 'Agreed' })
    const added = Object.values((await loadDraft(area.id)).draft.milestones)
    expect(added).toMatchObject([
      { isNew: true, fields: { actionId: action.id, title: 'Half the schools signed up', dueOn: '2018-09-30' } },
    ])

    const other = await createArea(db().prisma, { slug: `m-${area.slug}` })
    const foreign = await createAction(db().prisma, other.id)
    await expect(
      proposeAddition(partner, 'milestones', area.slug, { why: 'x', fields: milestone() }, foreign.id),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(
      proposeAddition(partner, 'milestones', area.slug, { why: 'x', fields: milestone() }, null),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
