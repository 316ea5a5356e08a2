/** Proposals to add to the plan: board members propose, the delivery team or chair answers. */
import { describe, expect, it } from 'vitest'
import { getNewActionForm } from '@/lib/data/plan/actions'
import { getNewMeasureForm } from '@/lib/data/plan/measures'
import { loadDraft } from '@/lib/data/plan/draft'
import { approveOrReturnPlan, submitPlanForApproval } from '@/lib/data/plan/approval'
import { respondToProposal } from '@/lib/data/proposals/answer'
import { proposeAddition } from '@/lib/data/proposals/propose'
import { getProposal } from '@/lib/data/proposals/read'
import { getNewPriorityForm, listDraftPriorities, addPriority } from '@/lib/data/plan/priorities'
import { buildActionEdit, createArea, createPriority, draftVersionOf } from '@/tests/factories'
import { db } from '../../setup/test-db'
import { session, setUp } from './proposal-setup'

describe('proposals to add to the plan', () => {
  it('a new action: no owner whatever the form sends; accepted, it is a new action of the draft', async () => {
    const { area, partner, delivery } = await setUp()
    const priority = await createPriority(db().prisma, area.id, { number: 1, position: 1, title: 'Early years' })
    const form = await getNewActionForm(partner, { slug: area.slug }, 'propose')
    expect(form).toMatchObject({ id: '', isNew: true, options: { owners: [] } })
    expect(await getNewActionForm(partner, { slug: area.slug })).toBeNull()
    const fields = buildActionEdit({
      ...form!.fields,
      token: 'new',
      startsOn: null,
      dueOn: new Date('2020-07-31'),
      priorityId: priority.id,
      title: 'Story sacks for every nursery',
      ownerId: partner.id,
    })
    const id = await proposeAddition(partner, 'actions', area.slug, { why: 'Parents asked for them', fields })
    const proposal = await getProposal(delivery, id)
    expect(proposal).toMatchObject({ title: 'New action: Story sacks for every nursery', isNew: true })
    expect(proposal?.rows.map((r) => r.label)).toEqual(['Priority', 'Title', 'Due date'])
    await respondToProposal(delivery, id, { version: 1, decision: 'accept', response: null })
    const entries = Object.values((await loadDraft(area.id)).draft.actions)
    expect(entries).toMatchObject([
      {
        isNew: true,
        fields: { title: 'Story sacks for every nursery', priorityId: priority.id, ownerId: null, dueOn: '2020-07-31' },
      },
    ])
    const audit = await db().prisma.auditEvent.findMany({
      where: { entityType: 'PROPOSAL', entityId: id },
      orderBy: { at: 'asc' },
    })
    expect(audit.map((a) => a.action)).toEqual(['proposed a new action', 'accepted proposal into the draft plan'])
  })

  it('a new priority in first place moves the others down when accepted; its origin is the proposer', async () => {
    const { area, partner, delivery } = await setUp()
    for (const n of [1, 2]) await createPriority(db().prisma, area.id, { number: n, position: n, title: `P${n}` })
    const form = await getNewPriorityForm(partner, { slug: area.slug }, 'propose')
    expect(form?.options.positions).toBe(3)
    const id = await proposeAddition(partner, 'priorities', area.slug, {
      why: 'The board agreed it',
      fields: { ...form!.fields, title: 'Attendance', position: 1 },
    })
    await respondToProposal(delivery, id, { version: 1, decision: 'accept', response: null })
    const { draft } = await loadDraft(area.id)
    expect((await listDraftPriorities(area.id, draft)).map((p) => [p.title, p.position, p.isNew])).toEqual([
      ['Attendance', 1, true],
      ['P1', 2, false],
      ['P2', 3, false],
    ])
    expect(Object.values(draft.priorities).find((e) => e.isNew)?.fields.origin).toBe('LOCAL_PARTNER')
  })

  it('a new national measure takes the shared definition’s words; a definition that is not national is refused', async () => {
    const { area, partner, chair } = await setUp()
    const core = await db().prisma.measureDefinition.create({
      data: { name: `Core KS2 ${area.slug}`, code: `ks2-${area.slug}`, unit: 'PERCENT', isCore: true },
    })
    const form = await getNewMeasureForm(partner, { slug: area.slug }, 'propose')
    expect(form?.options.coreDefinitions.map((d) => d.label)).toContain(`Core KS2 ${area.slug}`)
    const blank = { ...form!.fields, token: 'new' }
    const id = await proposeAddition(partner, 'measures', area.slug, {
      why: 'Comparable',
      fields: { ...blank, definitionId: core.id, name: 'Forged', baselineValue: 48, baselinePeriod: '2016' },
    })
    expect((await getProposal(chair, id))?.rows.map((r) => [r.label, r.proposed])).toEqual(
      expect.arrayContaining([
        ['National core measure', `Core KS2 ${area.slug}`],
        ['Name', `Core KS2 ${area.slug}`],
        ['Baseline value', '48'],
      ]),
    )
    const local = await createArea(db().prisma, { slug: `l-${area.slug}` })
    const localDefinition = await db().prisma.measureDefinition.create({
      data: { name: 'Local', code: `local-${area.slug}`, unit: 'COUNT', areaId: local.id },
    })
    await expect(
      proposeAddition(partner, 'measures', area.slug, { why: 'x', fields: { ...blank, definitionId: localDefinition.id } }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await respondToProposal(chair, id, { version: 1, decision: 'accept', response: null })
    expect(Object.values((await loadDraft(area.id)).draft.measures)).toMatchObject([
      { isNew: true, fields: { definitionId: core.id, name: `Core KS2 ${area.slug}`, baselineValue: 48 } },
    ])
  })

  it('an addition under a priority that has left the draft since cannot be accepted; it stays open', async () => {
    const { area, partner, delivery, chair } = await setUp()
    const drafted = await addPriority(
      delivery,
      { slug: area.slug },
      { token: 'new', title: 'Family learning', lifeStageId: null, description: null, origin: null, position: 1 },
    )
    const form = await getNewActionForm(partner, { slug: area.slug }, 'propose')
    const fields = buildActionEdit({
      ...form!.fields,
      token: 'new',
      startsOn: null,
      dueOn: null,
      priorityId: drafted,
      title: 'Family reading nights',
    })
    const id = await proposeAddition(partner, 'actions', area.slug, { why: 'Under the new priority', fields })
    // The plan is published: the drafted priority is a real one now, with its own id.
    await submitPlanForApproval(delivery, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      changeSummary: 'New priority',
    })
    await approveOrReturnPlan(chair, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      decision: 'approve',
      note: 'Agreed',
    })
    await expect(respondToProposal(delivery, id, { version: 1, decision: 'accept', response: null })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    expect(await getProposal(partner, id)).toMatchObject({ status: 'OPEN' })
    // Declining still works.
    await respondToProposal(delivery, id, {
      version: 1,
      decision: 'decline',
      response: 'Please propose it again under the published priority',
    })
    expect(await getProposal(partner, id)).toMatchObject({ status: 'DECLINED' })
  })

  it('only board members of the area propose additions', async () => {
    const { area, delivery } = await setUp()
    const other = await createArea(db().prisma, { slug: `x-${area.slug}` })
    const outsider = await session('PARTNER', other.id)
    const fields = { lifeStageId: null, title: 'x', description: null, origin: null, position: 1 }
    await expect(proposeAddition(outsider, 'priorities', area.slug, { why: 'x', fields })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(proposeAddition(delivery, 'priorities', area.slug, { why: 'x', fields })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    expect(await getNewPriorityForm(outsider, { slug: area.slug }, 'propose')).toBeNull()
    expect(await getNewMeasureForm(outsider, { slug: area.slug }, 'propose')).toBeNull()
  })
})
