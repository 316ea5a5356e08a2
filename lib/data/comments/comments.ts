/**
 * Comments of the board: one thread per priority, action or success measure of the working plan
 * (published, or added by the draft) and per agenda item. Board members of the area comment;
 * the delivery team or chair gives the official response, shown with the item. Comments stay
 * with the board (never on a public page or in an export). Each write tells the people it
 * concerns: whoever it mentions, the delivery team and chair of a new comment, earlier commenters
 * of an official response.
 */
import 'server-only'
import { cache } from 'react'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { actorOf, recordAudit } from '@/lib/data/audit'
import { allowed, authorize, type AreaRef } from '@/lib/data/guard'
import { areaUserIds, notify } from '@/lib/data/notifications/notify'
import { loadDraft } from '@/lib/data/plan/draft'
import { areaOfEntity } from '@/lib/data/plan/entity-area'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import type { EntityType, Role } from '@/lib/generated/prisma/enums'
import { mentionedIds } from '@/lib/mentions'
import type { Permission } from '@/lib/permissions'
import type { CommentInput } from '@/lib/validation/comment'

/** What a thread can be about, as the address names it. */
export const COMMENT_KINDS = {
  priorities: { type: 'PRIORITY', noun: 'priority' },
  actions: { type: 'ACTION', noun: 'action' },
  measures: { type: 'SUCCESS_MEASURE', noun: 'success measure' },
  items: { type: 'AGENDA_ITEM', noun: 'agenda item' },
} as const satisfies Record<string, { type: EntityType; noun: string }>
export type CommentKind = keyof typeof COMMENT_KINDS
export const isCommentKind = (k: string): k is CommentKind => Object.hasOwn(COMMENT_KINDS, k)

export type CommentTarget = {
  kind: CommentKind
  id: string
  area: AreaRef
  title: string
  /** The thread's page. */
  link: string
  /** The page of the item itself. */
  itemLink: string
}

const PLAN_TITLE = {
  priorities: async (id: string) =>
    (await (await getDb()).priority.findUnique({ where: { id }, select: { title: true } }))?.title,
  actions: async (id: string) => (await (await getDb()).action.findUnique({ where: { id }, select: { title: true } }))?.title,
  measures: async (id: string) =>
    (await (await getDb()).successMeasure.findUnique({ where: { id }, select: { definition: { select: { name: true } } } }))
      ?.definition.name,
}

/**
 * The item a thread is about, if the user has `permission` in its area; null otherwise (someone
 * who may not learns nothing about it). A plan entity's title is the draft's where it changes it.
 */
async function findTarget(
  user: SessionUser,
  kind: CommentKind,
  id: string,
  permission: Permission,
): Promise<CommentTarget | null> {
  const db = await getDb()
  if (kind === 'items') {
    const i = await db.agendaItem.findUnique({
      where: { id },
      select: { title: true, board: { select: { area: { select: { id: true, slug: true, name: true } } } } },
    })
    if (!i || !allowed(user, permission, { areaId: i.board.area.id })) return null
    const link = `/boards/${i.board.area.slug}/items/${id}`
    return { kind, id, area: i.board.area, title: i.title, link: `${link}#comments`, itemLink: link }
  }
  const areaId = await areaOfEntity(kind, id)
  if (!areaId || !allowed(user, permission, { areaId })) return null
  const [area, { draft }, published] = await Promise.all([
    db.area.findUniqueOrThrow({ where: { id: areaId }, select: { id: true, slug: true, name: true } }),
    loadDraft(areaId),
    PLAN_TITLE[kind](id),
  ])
  const drafted = kind === 'measures' ? draft.measures[id]?.fields.name : draft[kind][id]?.fields.title
  const title = drafted ?? published
  if (!title) return null
  const itemLink = kind === 'measures' && !draft.measures[id]?.isNew ? `/measures/${id}` : `/plans/${area.slug}`
  return { kind, id, area, title, link: `/plans/${area.slug}/comments/${kind}/${id}`, itemLink }
}

const READ: Record<CommentKind, Permission> = {
  priorities: 'read:draft-plan',
  actions: 'read:draft-plan',
  measures: 'read:draft-plan',
  items: 'read:board',
}

export type CommentRow = {
  id: string
  author: string
  role: Role
  body: string
  official: boolean
  at: string
  mine: boolean
}

export type Thread = {
  target: CommentTarget
  comments: CommentRow[]
  /** The latest official response, shown with the item. */
  official: CommentRow | null
  can: { post: boolean; answer: boolean }
  /** Who a comment here can mention: the people of the area. */
  mentionable: string[]
}

/** A thread with what the user may do in it; null when the user may not read the item. */
export const getThread = cache(async (user: SessionUser, kind: CommentKind, id: string): Promise<Thread | null> => {
  const target = await findTarget(user, kind, id, READ[kind])
  if (!target) return null
  const db = await getDb()
  const [rows, people] = await Promise.all([
    db.comment.findMany({
      where: { areaId: target.area.id, targetType: COMMENT_KINDS[kind].type, targetId: id },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        body: true,
        official: true,
        createdAt: true,
        authorId: true,
        author: { select: { name: true, role: true } },
      },
    }),
    mentionablePeople(target.area.id),
  ])
  const comments = rows.map((c): CommentRow => ({
    id: c.id,
    author: c.author.name,
    role: c.author.role,
    body: c.body,
    official: c.official,
    at: c.createdAt.toISOString(),
    mine: c.authorId === user.id,
  }))
  return {
    target,
    comments,
    official: comments.findLast((c) => c.official) ?? null,
    can: {
      post: allowed(user, 'post:comment', { areaId: target.area.id }),
      answer: allowed(user, 'answer:comment', { areaId: target.area.id }),
    },
    mentionable: people.map((p) => p.name),
  }
})

async function mentionablePeople(areaId: string) {
  const db = await getDb()
  return db.user.findMany({
    where: { disabled: false, areaScopes: { some: { areaId } } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true },
  })
}

export type CommentSummary = { count: number; official: { body: string; author: string; at: string } | null }

/**
 * How many comments each item of an area has, and its latest official response: what the
 * working plan shows beside each priority, action and measure. Empty when the user may not read them.
 */
export async function commentSummaries(user: SessionUser, areaId: string): Promise<Map<string, CommentSummary>> {
  if (!allowed(user, 'read:draft-plan', { areaId })) return new Map()
  const db = await getDb()
  const types = ['PRIORITY', 'ACTION', 'SUCCESS_MEASURE'] as const
  const [counts, officials] = await Promise.all([
    db.comment.groupBy({
      by: ['targetId'],
      where: { areaId, targetType: { in: [...types] } },
      _count: { _all: true },
    }),
    db.comment.findMany({
      where: { areaId, targetType: { in: [...types] }, official: true },
      orderBy: { createdAt: 'desc' },
      distinct: ['targetId'],
      select: { targetId: true, body: true, createdAt: true, author: { select: { name: true } } },
    }),
  ])
  const official = new Map(officials.map((o) => [o.targetId, o]))
  return new Map(
    counts.map((c) => {
      const o = official.get(c.targetId)
      return [
        c.targetId,
        {
          count: c._count._all,
          official: o ? { body: o.body, author: o.author.name, at: o.createdAt.toISOString() } : null,
        },
      ]
    }),
  )
}

/** Adds a comment (or, with `official`, the official response) to an item's thread. */
export async function postComment(
  user: SessionUser,
  kind: CommentKind,
  id: string,
  input: CommentInput,
): Promise<{ id: string; link: string }> {
  const target = await findTarget(user, kind, id, 'post:comment')
  if (!target) throw new AppError('NOT_FOUND', { message: `comment target ${kind}/${id} not found or refused to ${user.id}` })
  if (input.official) authorize(user, 'answer:comment', { areaId: target.area.id })
  const type = COMMENT_KINDS[kind].type
  const body = input.body as string
  const mentioned = mentionedIds(body, await mentionablePeople(target.area.id))
  const db = await getDb()
  return db.$transaction(async (tx) => {
    const c = await tx.comment.create({
      data: { areaId: target.area.id, authorId: user.id, targetType: type, targetId: id, body, official: input.official },
      select: { id: true },
    })
    await recordAudit(tx, {
      actor: actorOf(user),
      action: input.official ? 'gave official response' : 'commented',
      entityType: 'COMMENT',
      entityId: c.id,
      areaId: target.area.id,
      after: { on: `${type}:${id}`, official: input.official },
    })
    const about = `“${target.title}”`
    await notify(tx, {
      kind: 'MENTION',
      areaId: target.area.id,
      userIds: mentioned,
      actorId: user.id,
      title: `${user.name} mentioned you in a comment on ${about}`,
      body,
      link: target.link,
    })
    // Everyone else it concerns, told once: a mention already told them.
    const others = input.official
      ? (
          await tx.comment.findMany({
            where: { targetType: type, targetId: id, areaId: target.area.id, id: { not: c.id } },
            distinct: ['authorId'],
            select: { authorId: true },
          })
        ).map((r) => r.authorId)
      : await areaUserIds(tx, target.area.id, ['DELIVERY_TEAM', 'CHAIR'])
    await notify(tx, {
      kind: input.official ? 'COMMENT_ANSWERED' : 'COMMENT_POSTED',
      areaId: target.area.id,
      userIds: others.filter((u) => !mentioned.includes(u)),
      actorId: user.id,
      title: input.official
        ? `${target.area.name}: official response on ${about}`
        : `${target.area.name}: ${user.name} commented on the ${COMMENT_KINDS[kind].noun} ${about}`,
      body,
      link: target.link,
    })
    return { id: c.id, link: target.link }
  })
}
