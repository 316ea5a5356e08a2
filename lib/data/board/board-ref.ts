/**
 * The board of an area, found through the one guard: every board read and write starts here
 * (by the area's slug) or at `rowArea` (by a row's id), so a refusal is always NOT_FOUND.
 */
import 'server-only'
import { authorize, requireArea, type AreaRef } from '@/lib/data/guard'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { getDb } from '@/lib/db/client'
import { AppError } from '@/lib/errors'
import { londonDay } from '@/lib/london-time'
import type { Permission } from '@/lib/permissions'

export type BoardRef = { id: string; name: string; quorumPercent: number; area: AreaRef }

/** The area's board, if the user has `permission` in the area. */
export async function requireBoard(user: SessionUser, slug: string, permission: Permission): Promise<BoardRef> {
  const area = await requireArea(user, slug, permission)
  const db = await getDb()
  const board = await db.board.findUnique({ where: { areaId: area.id }, select: { id: true, name: true, quorumPercent: true } })
  if (!board) throw new AppError('NOT_FOUND', { message: `area ${slug} has no board` })
  return { ...board, area }
}

/** A board row's area, refused as NOT_FOUND unless the user has `permission` there. */
export function authorizeBoardRow<R extends { board: { area: AreaRef } }>(
  user: SessionUser,
  row: R | null,
  permission: Permission,
  what: string,
): R {
  if (!row) throw new AppError('NOT_FOUND', { message: `${what} not found` })
  authorize(user, permission, { areaId: row.board.area.id })
  return row
}

export const boardAreaSelect = { board: { select: { area: { select: { id: true, slug: true, name: true } } } } } as const

/** For a read: a refusal (NOT_FOUND) becomes null, anything else is thrown on. */
export const notFoundAsNull = (e: unknown) => {
  if (e instanceof AppError && e.code === 'NOT_FOUND') return null
  throw e
}

export const invalid = (userMessage: string) => new AppError('INVALID_INPUT', { userMessage })
export const notNow = (userMessage: string) => new AppError('INVALID_STATE', { userMessage })

/** Serialises the writes of one board that check before they write (a duplicate member, an agenda's order). */
export async function lockBoard(
  tx: { $queryRaw: (q: TemplateStringsArray, ...v: unknown[]) => Promise<unknown> },
  boardId: string,
) {
  await tx.$queryRaw`SELECT id FROM "Board" WHERE id = ${boardId} FOR UPDATE`
}

/**
 * A meeting's day has come (UK time): from then, what happened at it can be recorded — the
 * secretariat often writes up an evening meeting the same night.
 */
export const meetingDayReached = (startsAt: Date) => londonDay(startsAt) <= londonDay(new Date())
