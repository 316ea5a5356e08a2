/**
 * Board governance on a real database (PostgreSQL and PGlite): who may manage members and
 * meetings, put items forward and set the agenda; the backlog's life (placed, deferred,
 * declined with a reason, carried over, withdrawn); decisions that add a draft action which
 * approval links back; and the public board page, which never shows board-only material.
 */
import { describe, expect, it } from 'vitest'
import { answerItem, proposeItem, recordOutcome, withdrawItem } from '@/lib/data/board/agenda'
import { recordDecision } from '@/lib/data/board/decisions'
import { scheduleMeeting } from '@/lib/data/board/meetings'
import { addMember, endTerm, setDeputy } from '@/lib/data/board/membership'
import { getBoardGlance } from '@/lib/data/board/glance'
import { getBoardRoom, getItemRoom, getMeetingRoom } from '@/lib/data/board/read'
import { getPublicBoard } from '@/lib/data/public/board'
import { loadAreaProfile } from '@/lib/data/public/area-profile'
import type { Role } from '@/lib/permissions'
import { MATRIX } from '../../authz/matrix'
import { db } from '../../setup/test-db'
import { day } from '../funding/setup'
import { boardWorld, holdMeeting, itemInput, meetingInput, memberInput, publishDraft, userOf } from './setup'

describe('who may do board work', () => {
  for (const role of ['ADMIN', 'DELIVERY_TEAM', 'CHAIR', 'PARTNER'] as Role[]) {
    it(`${role}: members and meetings ${MATRIX['manage:board'][role].ownArea ? 'allowed' : 'refused'}, items ${MATRIX['propose:agenda-item'][role].ownArea ? 'allowed' : 'refused'}; another area ${MATRIX['manage:board'][role].otherArea ? 'allowed' : 'refused'}`, async () => {
      const w = await boardWorld()
      const user = userOf(w, role)
      const manage = MATRIX['manage:board'][role].ownArea
      const attempts = [
        [() => addMember(user, w.own.slug, memberInput()), manage],
        [() => scheduleMeeting(user, w.own.slug, meetingInput()), manage],
        [() => proposeItem(user, w.own.slug, itemInput()), MATRIX['propose:agenda-item'][role].ownArea],
        [() => addMember(user, w.other.slug, memberInput()), MATRIX['manage:board'][role].otherArea],
        [() => scheduleMeeting(user, w.other.slug, meetingInput()), MATRIX['manage:board'][role].otherArea],
        [() => proposeItem(user, w.other.slug, itemInput()), MATRIX['propose:agenda-item'][role].otherArea],
      ] as const
      let written = 0
      for (const [attempt, may] of attempts) {
        if (may) {
          await expect(attempt()).resolves.toMatchObject({ id: expect.any(String) })
          written++
        } else await expect(attempt()).rejects.toMatchObject({ code: 'NOT_FOUND' })
      }
      const p = db().prisma
      const rows = (await p.boardMembership.count()) + (await p.meeting.count()) + (await p.agendaItem.count())
      expect(rows).toBe(written)
      expect(await p.auditEvent.count()).toBe(written)
    })
  }

  it('only the chair (and admins) set the agenda; the other area’s chair and the delivery team are refused', async () => {
    const w = await boardWorld()
    const m = await scheduleMeeting(w.team, w.own.slug, meetingInput())
    const item = await proposeItem(w.partner, w.own.slug, itemInput())
    const place = { version: 1, answer: 'place', meetingId: m.id, response: null } as const
    for (const u of [w.team, w.partner, w.otherChair, w.otherTeam])
      await expect(answerItem(u, item.id, place)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(answerItem(w.chair, item.id, place)).resolves.toEqual({ status: 'SCHEDULED' })
    // Reading the board: its own people only.
    expect(await getBoardRoom(w.otherChair, w.own.slug)).toBeNull()
    expect(await getItemRoom(w.otherPartner, item.id)).toBeNull()
    expect(await getMeetingRoom(w.otherTeam, m.id)).toBeNull()
    expect((await getBoardRoom(w.partner, w.own.slug))?.meetings.coming).toHaveLength(1)
  })
})

describe('membership', () => {
  it('adds a member linked to their account, appoints a deputy, ends a term and keeps it as history', async () => {
    const w = await boardWorld()
    const chair = await addMember(
      w.team,
      w.own.slug,
      memberInput({ name: 'Chair Person', role: 'CHAIR', userId: w.chair.id, listedPublicly: true }),
    )
    const member = await addMember(w.team, w.own.slug, memberInput())
    const linked = await db().prisma.user.findUniqueOrThrow({ where: { id: w.chair.id }, select: { personId: true } })
    expect(linked.personId).not.toBeNull()
    await setDeputy(w.team, chair.id, { version: 1, deputyId: member.id })
    await expect(setDeputy(w.team, chair.id, { version: 1, deputyId: null })).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(setDeputy(w.team, chair.id, { version: 2, deputyId: chair.id })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    await endTerm(w.team, member.id, { version: 1, endsOn: day('2026-01-31'), endedReason: 'Left the trust' })
    const room = await getBoardRoom(w.partner, w.own.slug)
    expect(room?.members.current.map((m) => m.name)).toEqual(['Chair Person'])
    expect(room?.members.past).toMatchObject([{ name: 'Priya Shah', endedReason: 'Left the trust' }])
    // Nobody deputises for someone whose term ended.
    expect(room?.members.current[0]?.deputy).toBeNull()
    await expect(endTerm(w.team, member.id, { version: 2, endsOn: day('2026-02-01'), endedReason: null })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    expect(await db().prisma.boardMembership.count()).toBe(2)
  })

  it('refuses a term that ends before it starts, an account of another area and the same role twice', async () => {
    const w = await boardWorld()
    await expect(
      addMember(w.team, w.own.slug, memberInput({ startsOn: day('2026-01-01'), endsOn: day('2025-01-01') })),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(addMember(w.team, w.own.slug, memberInput({ userId: w.otherPartner.id }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    await addMember(w.team, w.own.slug, memberInput({ userId: w.partner.id }))
    await expect(addMember(w.team, w.own.slug, memberInput({ userId: w.partner.id }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    expect(await db().prisma.boardMembership.count()).toBe(1)
    expect(await db().prisma.person.count()).toBe(1)
  })
})

describe('meetings and the agenda backlog', () => {
  it('refuses a meeting in the past', async () => {
    const w = await boardWorld()
    await expect(scheduleMeeting(w.team, w.own.slug, meetingInput({ date: day('2024-01-10') }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    expect(await db().prisma.meeting.count()).toBe(0)
  })

  it('records each item’s origin from who put it forward: DfE cannot label its own items as local', async () => {
    const w = await boardWorld()
    const byPartner = await proposeItem(w.partner, w.own.slug, itemInput({ origin: 'NATIONAL_POLICY' }))
    const byChair = await proposeItem(w.chair, w.own.slug, itemInput())
    const byTeam = await proposeItem(w.team, w.own.slug, itemInput({ origin: 'NATIONAL_POLICY' }))
    await expect(proposeItem(w.team, w.own.slug, itemInput({ origin: 'LOCAL_PARTNER' }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    const origins = await db().prisma.agendaItem.findMany({ select: { id: true, origin: true } })
    expect(Object.fromEntries(origins.map((o) => [o.id, o.origin]))).toEqual({
      [byPartner.id]: 'LOCAL_PARTNER',
      [byChair.id]: 'CHAIR',
      [byTeam.id]: 'NATIONAL_POLICY',
    })
  })

  it('defers and declines with a reason the proposer sees; places on a coming meeting only; carries over what was not reached', async () => {
    const w = await boardWorld()
    const spring = await scheduleMeeting(w.team, w.own.slug, meetingInput())
    const otherMeeting = await scheduleMeeting(w.otherTeam, w.other.slug, meetingInput())
    const a = await proposeItem(w.partner, w.own.slug, itemInput({ title: 'Item A' }))
    const b = await proposeItem(w.partner, w.own.slug, itemInput({ title: 'Item B' }))

    await expect(
      answerItem(w.chair, a.id, { version: 1, answer: 'place', meetingId: otherMeeting.id, response: null }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await answerItem(w.chair, a.id, { version: 1, answer: 'defer', meetingId: null, response: 'After the transport review' })
    expect((await getItemRoom(w.partner, a.id))?.item).toMatchObject({
      status: 'DEFERRED',
      response: 'After the transport review',
      mine: true,
    })
    // A deferred item can be placed later; a stale answer is refused.
    await expect(
      answerItem(w.chair, a.id, { version: 1, answer: 'place', meetingId: spring.id, response: null }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    })
    await answerItem(w.chair, a.id, { version: 2, answer: 'place', meetingId: spring.id, response: null })
    await answerItem(w.chair, b.id, { version: 1, answer: 'decline', meetingId: null, response: 'Covered by priority 2' })
    expect((await getBoardRoom(w.partner, w.own.slug))?.closed).toMatchObject([
      { title: 'Item B', response: 'Covered by priority 2' },
    ])

    // Not before the meeting: no outcome, no decision.
    await expect(recordOutcome(w.chair, a.id, { version: 3, outcome: 'carry-over' })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    await holdMeeting(spring.id)
    // The meeting has started: the chair can no longer move the item, only record what happened.
    await expect(
      answerItem(w.chair, a.id, { version: 3, answer: 'defer', meetingId: null, response: 'x' }),
    ).rejects.toMatchObject({
      code: 'INVALID_STATE',
    })
    await expect(recordOutcome(w.partner, a.id, { version: 3, outcome: 'carry-over' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await recordOutcome(w.team, a.id, { version: 3, outcome: 'carry-over' })
    const back = await db().prisma.agendaItem.findUniqueOrThrow({ where: { id: a.id } })
    expect(back).toMatchObject({ status: 'BACKLOG', meetingId: null, carriedOver: 1 })
    expect((await getBoardGlance(w.partner))[0]).toMatchObject({ waiting: 1, mine: 1, nextMeeting: null })
  })

  it('lets only its proposer withdraw an item, before it is discussed', async () => {
    const w = await boardWorld()
    const item = await proposeItem(w.partner, w.own.slug, itemInput())
    await expect(withdrawItem(w.chair, item.id, { version: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await withdrawItem(w.partner, item.id, { version: 1 })
    await expect(withdrawItem(w.partner, item.id, { version: 2 })).rejects.toMatchObject({ code: 'INVALID_STATE' })
  })
})

describe('decisions', () => {
  it('a decision adds an action to the draft plan; approval links it, and the public follows decision → action both ways', async () => {
    const w = await boardWorld()
    const m = await scheduleMeeting(w.team, w.own.slug, meetingInput())
    const item = await proposeItem(w.partner, w.own.slug, itemInput())
    await answerItem(w.chair, item.id, { version: 1, answer: 'place', meetingId: m.id, response: null })
    const decision = {
      summary: 'Fund a pilot early bus with the county council.',
      decidedOn: new Date(new Date().toISOString().slice(0, 10)),
      addAction: true,
      actionTitle: 'Early bus pilot for rural students',
      priorityId: w.priority.id,
    }
    // Before the meeting, nothing can be decided.
    await expect(recordDecision(w.team, item.id, decision)).rejects.toMatchObject({ code: 'INVALID_STATE' })
    await holdMeeting(m.id)
    // The chair sets the agenda but does not edit the plan; another area's team sees nothing.
    await expect(recordDecision(w.chair, item.id, decision)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(recordDecision(w.otherTeam, item.id, decision)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(recordDecision(w.team, item.id, { ...decision, priorityId: 'not-a-priority' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    })
    expect(await db().prisma.decision.count()).toBe(0)

    await recordDecision(w.team, item.id, decision)
    const saved = await db().prisma.decision.findFirstOrThrow()
    expect(saved).toMatchObject({ origin: 'LOCAL_PARTNER', actionId: null, draftActionId: expect.stringMatching(/^new-/) })
    expect(await db().prisma.agendaItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: 'DISCUSSED' })
    expect((await getMeetingRoom(w.partner, m.id))?.items[0]?.decisions).toMatchObject([{ draftAction: true, action: null }])

    await publishDraft(w, 'Board decision')
    const action = await db().prisma.action.findFirstOrThrow({ where: { title: 'Early bus pilot for rural students' } })
    expect(await db().prisma.decision.findFirstOrThrow()).toMatchObject({ actionId: action.id, draftActionId: null })

    const publicBoard = await getPublicBoard(w.own.slug)
    expect(publicBoard?.meetings.past[0]?.items[0]?.decisions).toMatchObject([
      { summary: decision.summary, action: { id: action.id, title: action.title } },
    ])
    const profile = await loadAreaProfile(w.own.slug)
    const row = profile?.lifeStages
      .flatMap((l) => l.priorities)
      .flatMap((p) => p.actions)
      .find((a) => a.id === action.id)
    expect(row?.decidedBy).toEqual([{ decidedOn: decision.decidedOn.toISOString().slice(0, 10), meetingId: m.id }])
  })
})

describe('the public board page', () => {
  it('never shows a private meeting, a board-only item or its decision, an online meeting’s link, or an unnamed member', async () => {
    const w = await boardWorld()
    await addMember(w.team, w.own.slug, memberInput({ name: 'Named Member', listedPublicly: true }))
    await addMember(w.team, w.own.slug, memberInput({ name: 'Secret Member', sector: 'EMPLOYER' }))
    await addMember(w.team, w.own.slug, memberInput({ name: 'Secret Chair', role: 'CHAIR' }))
    const open = await scheduleMeeting(w.team, w.own.slug, meetingInput({ title: 'Open meeting' }))
    const online = await scheduleMeeting(
      w.team,
      w.own.slug,
      meetingInput({ title: 'Online meeting', isOnline: true, location: 'https://meet.example/secret-link' }),
    )
    const closed = await scheduleMeeting(w.team, w.own.slug, meetingInput({ title: 'Closed meeting', isPublic: false }))
    const items = {
      shown: await proposeItem(w.partner, w.own.slug, itemInput({ title: 'Shown item' })),
      boardOnly: await proposeItem(w.partner, w.own.slug, itemInput({ title: 'Board-only item', isPrivate: true })),
      onClosed: await proposeItem(w.partner, w.own.slug, itemInput({ title: 'Item on closed meeting' })),
      waiting: await proposeItem(w.partner, w.own.slug, itemInput({ title: 'Backlog item' })),
    }
    await answerItem(w.chair, items.shown.id, { version: 1, answer: 'place', meetingId: open.id, response: null })
    await answerItem(w.chair, items.boardOnly.id, { version: 1, answer: 'place', meetingId: open.id, response: null })
    await answerItem(w.chair, items.onClosed.id, { version: 1, answer: 'place', meetingId: closed.id, response: null })
    for (const m of [open, closed]) await holdMeeting(m.id)
    const today = new Date(new Date().toISOString().slice(0, 10))
    for (const i of [items.shown, items.boardOnly, items.onClosed])
      await recordDecision(w.team, i.id, {
        summary: `Decision on ${i.id}`,
        decidedOn: today,
        addAction: false,
        actionTitle: null,
        priorityId: null,
      })

    const page = await getPublicBoard(w.own.slug)
    const text = JSON.stringify(page)
    for (const secret of [
      'Secret Member',
      'Secret Chair',
      'Board-only item',
      'Closed meeting',
      'Item on closed meeting',
      'Backlog item',
      'secret-link',
      items.boardOnly.id,
      items.onClosed.id,
    ])
      expect(text).not.toContain(secret)
    expect(page?.members.map((m) => m.name)).toEqual(['Named Member'])
    expect(page?.unnamed).toEqual(
      expect.arrayContaining([
        { sector: 'EMPLOYER', count: 1 },
        { sector: 'SCHOOLS', count: 1 },
      ]),
    )
    expect(page?.meetings.past.map((m) => m.title)).toEqual(['Open meeting'])
    expect(page?.meetings.coming).toMatchObject([{ title: 'Online meeting', place: null, isOnline: true, id: online.id }])
    expect(page?.meetings.past[0]?.items.map((i) => i.title)).toEqual(['Shown item'])
    // The area page names only chairs who agreed or a source names.
    expect(JSON.stringify(await loadAreaProfile(w.own.slug))).not.toContain('Secret Chair')
  })
})
