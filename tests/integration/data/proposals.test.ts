/** Proposals: board members propose, the delivery team or chair accepts into the draft or declines. */
import { describe, expect, it } from 'vitest'
import { getActionForm, getNewActionForm, editAction } from '@/lib/data/plan/actions'
import { findSessionUser, type SessionUser } from '@/lib/data/accounts/auth'
import { getDashboard } from '@/lib/data/dashboard'
import { getNewMeasureForm } from '@/lib/data/plan/measures'
import { getMilestoneForm, removeMilestone } from '@/lib/data/plan/milestones'
import { loadDraft } from '@/lib/data/plan/draft'
import { approveOrReturnPlan, submitPlanForApproval } from '@/lib/data/plan/approval'
import { respondToProposal } from '@/lib/data/proposals/answer'
import { createProposal, proposeAddition, proposeRemoval } from '@/lib/data/proposals/propose'
import { getProposal, listProposals } from '@/lib/data/proposals/read'
import { getNewPriorityForm, getPriorityForm, listDraftPriorities, addPriority } from '@/lib/data/plan/priorities'
import type { MilestoneEditInput } from '@/lib/validation/milestone'
import { buildActionEdit, createAction, createArea, createPriority, createUser, draftVersionOf } from '@/tests/factories'
import { db } from '../../setup/test-db'

type Role = 'DELIVERY_TEAM' | 'CHAIR' | 'PARTNER'
const session = async (role: Role, areaId: string) =>
  (await findSessionUser((await createUser(db().prisma, { role, areaIds: [areaId] })).id, 1)) as SessionUser

async function setUp() {
  const area = await createArea(db().prisma, { slug: `prop-${Math.random().toString(36).slice(2, 8)}` })
  const action = await createAction(db().prisma, area.id, { title: 'Reading volunteers in primary schools' })
  const [partner, delivery, chair] = await Promise.all(
    (['PARTNER', 'DELIVERY_TEAM', 'CHAIR'] as Role[]).map((r) => session(r, area.id)),
  )
  return { area, action, partner: partner!, delivery: delivery!, chair: chair! }
}

/** The action's form as it stands, with some answers changed (what the proposer submits). */
async function proposalOf(user: SessionUser, actionId: string, changes: Parameters<typeof buildActionEdit>[0]) {
  const form = await getActionForm(user, actionId, 'propose')
  const f = form!.fields
  const date = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null)
  return buildActionEdit({ ...f, token: form!.token, startsOn: date(f.startsOn), dueOn: date(f.dueOn), ...changes })
}

describe('proposals to change the plan', () => {
  it('a partner proposes; the delivery team accepts it into the draft, over edits made since; one answer only', async () => {
    const { area, action, partner, delivery } = await setUp()
    const fields = await proposalOf(partner, action.id, {
      title: 'Reading volunteers in every primary school',
      ownerId: partner.id,
    })
    const id = await createProposal(partner, 'actions', action.id, { why: 'Two schools were left out', fields })
    const proposal = await getProposal(delivery, id)
    // Only the title is proposed: the owner is never proposable, unchanged answers are not listed.
    expect(proposal).toMatchObject({
      status: 'OPEN',
      author: partner.name,
      canRespond: true,
      title: 'Action: Reading volunteers in primary schools',
    })
    expect(proposal?.rows).toEqual([
      {
        label: 'Title',
        basis: 'Reading volunteers in primary schools',
        now: 'Reading volunteers in primary schools',
        proposed: 'Reading volunteers in every primary school',
      },
    ])
    expect(await getProposal(partner, id)).toMatchObject({ canRespond: false })
    expect((await listProposals(partner, area.id))?.map((p) => p.id)).toEqual([id])
    // On the dashboards: waiting for the delivery team's answer; among the partner's own.
    expect((await getDashboard(delivery)).proposalsWaiting.map((p) => p.id)).toContain(id)
    expect((await getDashboard(partner)).proposalsWaiting).toEqual([])
    expect((await getDashboard(partner)).myProposals).toMatchObject([{ id, status: 'OPEN' }])

    // Meanwhile the delivery team edits the description in the draft.
    const form = await getActionForm(delivery, action.id)
    await editAction(
      delivery,
      action.id,
      buildActionEdit({ ...form!.fields, token: form!.token, startsOn: null, dueOn: null, description: 'Weekly sessions' }),
    )

    await respondToProposal(delivery, id, { version: proposal!.version, decision: 'accept', response: 'Good catch' })
    const { draft } = await loadDraft(area.id)
    expect(draft.actions[action.id]?.fields).toMatchObject({
      title: 'Reading volunteers in every primary school',
      description: 'Weekly sessions',
    })
    expect(await db().prisma.action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({
      title: 'Reading volunteers in primary schools',
    })
    expect(await getProposal(partner, id)).toMatchObject({
      status: 'ACCEPTED',
      response: 'Good catch',
      respondedBy: delivery.name,
    })
    await expect(
      respondToProposal(delivery, id, { version: proposal!.version, decision: 'decline', response: 'No' }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' })
    const audit = await db().prisma.auditEvent.findMany({
      where: { entityType: 'PROPOSAL', entityId: id },
      orderBy: { at: 'asc' },
    })
    expect(audit.map((a) => a.action)).toEqual(['proposed a change', 'accepted proposal into the draft plan'])
  })

  it('declined with a reason: nothing is drafted; a proposal that changes nothing is refused', async () => {
    const { area, action, partner, chair } = await setUp()
    await expect(
      createProposal(partner, 'actions', action.id, { why: 'x', fields: await proposalOf(partner, action.id, {}) }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      userMessage: 'Change at least one answer to propose a change',
    })
    const id = await createProposal(partner, 'actions', action.id, {
      why: 'Clearer',
      fields: await proposalOf(partner, action.id, { title: 'Shorter' }),
    })
    await respondToProposal(chair, id, { version: 1, decision: 'decline', response: 'The board agreed the wording in March' })
    expect(await getProposal(partner, id)).toMatchObject({
      status: 'DECLINED',
      response: 'The board agreed the wording in March',
    })
    expect((await loadDraft(area.id)).open).toBeNull()
  })

  it('accepting while the plan waits for the chair is refused and the proposal stays open', async () => {
    const { area, action, partner, delivery } = await setUp()
    const id = await createProposal(partner, 'actions', action.id, {
      why: 'Clearer',
      fields: await proposalOf(partner, action.id, { title: 'Shorter' }),
    })
    const form = await getActionForm(delivery, action.id)
    await editAction(
      delivery,
      action.id,
      buildActionEdit({ ...form!.fields, token: form!.token, startsOn: null, dueOn: null, description: 'x' }),
    )
    await submitPlanForApproval(delivery, area.slug, {
      version: await draftVersionOf(db().prisma, area.slug),
      changeSummary: 'x',
    })
    await expect(respondToProposal(delivery, id, { version: 1, decision: 'accept', response: null })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    expect(await getProposal(partner, id)).toMatchObject({ status: 'OPEN' })
  })

  it('who may propose and who may answer', async () => {
    const { area, action, partner, delivery } = await setUp()
    const fields = await proposalOf(partner, action.id, { title: 'Shorter' })
    // The delivery team edits directly; other areas' people cannot see the action at all.
    await expect(createProposal(delivery, 'actions', action.id, { why: 'x', fields })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    const other = await createArea(db().prisma, { slug: `o-${area.slug}` })
    const outsider = await session('PARTNER', other.id)
    await expect(createProposal(outsider, 'actions', action.id, { why: 'x', fields })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    expect(await getActionForm(outsider, action.id, 'propose')).toBeNull()
    // Proposers see no owner list.
    expect((await getActionForm(partner, action.id, 'propose'))?.options.owners).toEqual([])

    // A forged form cannot link another area's priority, nor an organisation that does not exist.
    const foreign = await createPriority(db().prisma, other.id)
    await expect(
      createProposal(partner, 'actions', action.id, { why: 'x', fields: { ...fields, priorityId: foreign.id } }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(
      createProposal(partner, 'actions', action.id, {
        why: 'x',
        fields: { ...fields, leadOrganisationId: 'no-such-organisation' },
      }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' })

    const id = await createProposal(partner, 'actions', action.id, { why: 'x', fields })
    await expect(respondToProposal(partner, id, { version: 1, decision: 'accept', response: null })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    const otherDelivery = await session('DELIVERY_TEAM', other.id)
    await expect(respondToProposal(otherDelivery, id, { version: 1, decision: 'accept', response: null })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    expect(await getProposal(outsider, id)).toBeNull()
    expect(await listProposals(outsider, area.id)).toBeNull()
    expect(await getProposal(partner, id)).toMatchObject({ status: 'OPEN' })
  })

  it('a priority proposed into another place moves the others round it when accepted', async () => {
    const { area, partner, delivery } = await setUp()
    const ps = []
    for (const n of [1, 2, 3]) ps.push(await createPriority(db().prisma, area.id, { number: n, position: n, title: `P${n}` }))
    const form = await getPriorityForm(partner, ps[2]!.id, 'propose')
    const id = await createProposal(partner, 'priorities', ps[2]!.id, {
      why: 'Most urgent',
      fields: { ...form!.fields, token: form!.token, position: 1 },
    })
    await respondToProposal(delivery, id, { version: 1, decision: 'accept', response: null })
    const { draft } = await loadDraft(area.id)
    expect((await listDraftPriorities(area.id, draft)).map((p) => [p.title, p.position])).toEqual([
      ['P3', 1],
      ['P1', 2],
      ['P2', 3],
    ])
  })
})

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
