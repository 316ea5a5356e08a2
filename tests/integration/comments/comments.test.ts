/**
 * Comments of the board: threads on plan items and agenda items, the official response shown
 * with the item, mentions and who is told, a comment on something the draft adds following it
 * to its row at approval, and refusals for other areas and too-low roles.
 */
import { describe, expect, it } from 'vitest'
import { proposeItem } from '@/lib/data/board/agenda'
import { commentSummaries, getThread, postComment } from '@/lib/data/comments/comments'
import { addAction } from '@/lib/data/plan/actions'
import { buildActionEdit, createAction } from '@/tests/factories'
import { db } from '../../setup/test-db'
import { boardWorld, itemInput, publishDraft } from '../board/setup'
import { person } from '../funding/setup'

const told = async (kind: string) =>
  (await db().prisma.notification.findMany({ where: { kind: kind as never }, select: { userId: true } }))
    .map((n) => n.userId)
    .sort()

describe('comments of the board', () => {
  it('a thread on an action: a comment with a mention, the official response, who is told', async () => {
    const w = await boardWorld()
    const second = await person('PARTNER', [w.own.id])
    const action = await createAction(db().prisma, w.own.id, { title: 'Careers fairs' })

    await postComment(w.partner, 'actions', action.id, {
      body: `Could @${second.name} bring the college? Transport is the problem.`,
      official: false,
    })
    // The member mentioned is told once, as a mention; the delivery team and chair of a new comment.
    expect(await told('MENTION')).toEqual([second.id])
    expect(await told('COMMENT_POSTED')).toEqual([w.team.id, w.chair.id].sort())

    await postComment(second, 'actions', action.id, { body: 'Yes, we can run a bus.', official: false })
    await postComment(w.team, 'actions', action.id, { body: 'Agreed: the fair moves to the college.', official: true })
    // Everyone who commented hears of the official response; its author does not.
    expect(await told('COMMENT_ANSWERED')).toEqual([w.partner.id, second.id].sort())

    const thread = await getThread(w.partner, 'actions', action.id)
    expect(thread?.target).toMatchObject({ title: 'Careers fairs', area: { slug: w.own.slug } })
    expect(thread?.comments.map((c) => [c.author, c.official, c.mine])).toEqual([
      [w.partner.name, false, true],
      [second.name, false, false],
      [w.team.name, true, false],
    ])
    expect(thread?.official?.body).toBe('Agreed: the fair moves to the college.')
    expect(thread?.can).toEqual({ post: true, answer: false })
    expect((await getThread(w.chair, 'actions', action.id))?.can).toEqual({ post: true, answer: true })
    expect(thread?.mentionable).toContain(second.name)
    expect(thread?.mentionable).not.toContain(w.otherPartner.name)

    const summary = (await commentSummaries(w.partner, w.own.id)).get(action.id)
    expect(summary).toMatchObject({ count: 3, official: { body: 'Agreed: the fair moves to the college.' } })
    expect(await commentSummaries(w.otherPartner, w.own.id)).toEqual(new Map())
    const audit = await db().prisma.auditEvent.findMany({ where: { entityType: 'COMMENT' }, select: { action: true } })
    expect(audit.map((a) => a.action).sort()).toEqual(['commented', 'commented', 'gave official response'])

    // A commenter who has since left the area is not sent the board's business.
    await db().prisma.userAreaScope.deleteMany({ where: { userId: second.id } })
    await postComment(w.chair, 'actions', action.id, { body: 'The chair agrees.', official: true })
    expect(
      (await db().prisma.notification.findMany({ where: { kind: 'COMMENT_ANSWERED', body: 'The chair agrees.' } }))
        .map((n) => n.userId)
        .sort(),
    ).toEqual([w.partner.id, w.team.id].sort())
  })

  it('a comment on an action the draft adds follows it to its row when the plan is approved', async () => {
    const w = await boardWorld()
    const draftId = await addAction(w.team, { slug: w.own.slug }, buildActionEdit({ title: 'Summer reading club' }))
    await postComment(w.partner, 'actions', draftId, { body: 'Libraries should run it.', official: false })
    expect((await getThread(w.partner, 'actions', draftId))?.target.title).toBe('Summer reading club')
    await publishDraft(w, 'Reading club')
    const row = await db().prisma.action.findFirstOrThrow({ where: { areaId: w.own.id, title: 'Summer reading club' } })
    expect((await getThread(w.partner, 'actions', row.id))?.comments.map((c) => c.body)).toEqual(['Libraries should run it.'])
    expect(await getThread(w.partner, 'actions', draftId)).toBeNull()
  })

  it('threads on agenda items and priorities; refusals for other areas, too-low roles and unknown items', async () => {
    const w = await boardWorld()
    const item = await proposeItem(w.partner, w.own.slug, itemInput())
    await postComment(w.chair, 'items', item.id, {
      body: 'We take this in March.',
      official: true,
    })
    expect((await getThread(w.partner, 'items', item.id))?.official?.body).toBe('We take this in March.')
    await postComment(w.partner, 'priorities', w.priority.id, { body: 'Start earlier, at 10.', official: false })
    expect((await getThread(w.team, 'priorities', w.priority.id))?.comments).toHaveLength(1)

    // Another area's people learn nothing; a partner gives no official response; nothing is written.
    for (const u of [w.otherPartner, w.otherTeam, w.otherChair]) {
      expect(await getThread(u, 'items', item.id)).toBeNull()
      expect(await getThread(u, 'priorities', w.priority.id)).toBeNull()
      await expect(postComment(u, 'items', item.id, { body: 'x', official: false })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
    await expect(postComment(w.partner, 'priorities', w.priority.id, { body: 'x', official: true })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(postComment(w.partner, 'actions', 'no-such-action', { body: 'x', official: false })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    // An admin reads and answers in any area.
    expect((await getThread(w.admin, 'items', item.id))?.can).toEqual({ post: true, answer: true })
    expect(await db().prisma.comment.count()).toBe(2)
  })
})
