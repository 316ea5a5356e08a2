/** Proposals: board members propose, the delivery team or chair accepts into the draft or declines. */
import { describe, expect, it } from 'vitest'
import { getActionForm, editAction } from '@/lib/data/plan/actions'
import { type SessionUser } from '@/lib/data/accounts/auth'
import { getDashboard } from '@/lib/data/dashboard'
import { loadDraft } from '@/lib/data/plan/draft'
import { submitPlanForApproval } from '@/lib/data/plan/approval'
import { respondToProposal } from '@/lib/data/proposals/answer'
import { createProposal } from '@/lib/data/proposals/propose'
import { getProposal, listProposals } from '@/lib/data/proposals/read'
import { getPriorityForm, listDraftPriorities } from '@/lib/data/plan/priorities'
import { buildActionEdit, createArea, createPriority, draftVersionOf } from '@/tests/factories'
import { db } from '../../setup/test-db'
import { session, setUp } from './proposal-setup'

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
