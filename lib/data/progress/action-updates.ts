/** Actions in delivery plans: reading one to update, and posting a dated status update. */
import 'server-only'
import { allowed, authorize } from '@/lib/data/guard'
import { getDb } from '@/lib/db/client'
import type { ActionStatus } from '@/lib/generated/prisma/enums'
import { AppError, StaleWrite } from '@/lib/errors'
import type { ActionUpdateInput } from '@/lib/validation/action-update'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { recordAudit } from '@/lib/data/audit'
import { expirePublicArea } from '@/lib/data/public/cache'

export type ActionForUpdate = {
  id: string
  version: number
  title: string
  area: { slug: string; name: string }
  priority: { number: number; title: string } | null
  status: ActionStatus | null
  progressPercent: number | null
  updates: {
    id: string
    postedAt: string
    body: string
    status: ActionStatus | null
    progressPercent: number | null
    author: string | null
  }[]
}

async function loadAction(id: string) {
  const db = await getDb()
  return db.action.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      areaId: true,
      ownerId: true,
      version: true,
      status: true,
      progressPercent: true,
      area: { select: { slug: true, name: true } },
      priority: { select: { number: true, title: true } },
      statusUpdates: {
        orderBy: { postedAt: 'desc' },
        take: 10,
        select: { id: true, postedAt: true, body: true, status: true, progressPercent: true, author: { select: { name: true } } },
      },
    },
  })
}

/** The action, if the user may post updates on it; null otherwise (the page answers 404). */
export async function getActionForUpdate(user: SessionUser, id: string): Promise<ActionForUpdate | null> {
  const action = await loadAction(id)
  if (!action || !allowed(user, 'post:action-update', { areaId: action.areaId, ownerId: action.ownerId })) return null
  return {
    id: action.id,
    version: action.version,
    title: action.title,
    area: action.area,
    priority: action.priority,
    status: action.status,
    progressPercent: action.progressPercent,
    updates: action.statusUpdates.map((u) => ({
      id: u.id,
      postedAt: u.postedAt.toISOString(),
      body: u.body,
      status: u.status,
      progressPercent: u.progressPercent,
      author: u.author?.name ?? null,
    })),
  }
}

/** Posts a dated update and sets the action's status and progress, in one audited transaction. */
export async function postActionUpdate(user: SessionUser, id: string, input: ActionUpdateInput): Promise<void> {
  const action = await loadAction(id)
  // Someone who may not update this action learns nothing about it: both cases are "not found".
  if (!action) throw new AppError('NOT_FOUND', { message: `action ${id} not found` })
  authorize(user, 'post:action-update', { areaId: action.areaId, ownerId: action.ownerId })
  const db = await getDb()
  const progressPercent = input.progressPercent ?? action.progressPercent
  await db.$transaction(async (tx) => {
    // Saved against the action the user saw: an update someone posted since is shown to them first.
    const moved = await tx.action.updateMany({
      where: { id, version: input.version },
      data: { status: input.status, progressPercent, version: { increment: 1 } },
    })
    if (moved.count !== 1) {
      const now = await tx.action.findUniqueOrThrow({
        where: { id },
        select: { version: true, status: true, progressPercent: true },
      })
      throw new StaleWrite(
        'Someone else updated this action while you were writing. Their update is shown below; yours is kept.',
        String(now.version),
        {
          newer: { status: now.status, progressPercent: now.progressPercent },
        },
      )
    }
    await tx.statusUpdate.create({
      data: { actionId: id, authorId: user.id, body: input.body, status: input.status, progressPercent: input.progressPercent },
    })
    await recordAudit(tx, {
      actor: { id: user.id, label: user.email },
      action: 'posted action update',
      entityType: 'ACTION',
      entityId: id,
      areaId: action.areaId,
      before: { status: action.status, progressPercent: action.progressPercent },
      after: { status: input.status, progressPercent, update: input.body },
    })
  })
  expirePublicArea(action.area.slug)
}
