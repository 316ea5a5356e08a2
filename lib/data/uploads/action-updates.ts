/**
 * CSV bulk update of action status for one area: each row posts a dated update on an action
 * (status, progress and what has happened), as "Post an update" does one at a time. Checked
 * row by row; a file with any problem writes nothing; a clean file is applied in one
 * transaction, each update audited.
 */
import 'server-only'
import { authorize } from '@/lib/data/guard'
import { stringify } from 'csv-stringify/sync'
import { readCsv, type CsvProblem, type Progress } from '@/lib/csv-upload'
import { getDb } from '@/lib/db/client'
import type { ActionStatus } from '@/lib/generated/prisma/enums'
import { AppError } from '@/lib/errors'
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from '@/lib/validation/action-update'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { recordAudit } from '@/lib/data/audit'
import { expirePublicArea } from '@/lib/data/public/cache'

export const ACTION_CSV_COLUMNS = ['action_id', 'action', 'status', 'progress_percent', 'update'] as const

export type ActionCsvRow = {
  line: number
  actionId: string
  action: string
  status: ActionStatus
  progressPercent: number | null
  body: string
  was: { status: ActionStatus | null; progressPercent: number | null }
}
export type ActionCsvCheck = { rows: ActionCsvRow[]; problems: CsvProblem[] }

async function areaActions(user: SessionUser, slug: string) {
  const db = await getDb()
  const area = await db.area.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      actions: {
        orderBy: [{ priority: { position: 'asc' } }, { title: 'asc' }],
        select: { id: true, title: true, status: true, progressPercent: true },
      },
    },
  })
  if (!area) throw new AppError('NOT_FOUND', { message: `area ${slug} not found` })
  authorize(user, 'edit:plan', { areaId: area.id })
  return area
}

/** A template: one row per action with its current status and progress, the update left blank. */
export async function actionCsvTemplate(user: SessionUser, slug: string): Promise<string> {
  const area = await areaActions(user, slug)
  return stringify(
    area.actions.map((a) => [a.id, a.title, a.status ? ACTION_STATUS_LABELS[a.status] : '', a.progressPercent ?? '', '']),
    { header: true, columns: [...ACTION_CSV_COLUMNS] },
  )
}

/** "On track", "on track" or "ON_TRACK" → ON_TRACK. */
function statusOf(text: string): ActionStatus | null {
  const t = text.trim().toLowerCase()
  return (
    ACTION_STATUSES.find((s) => s.toLowerCase() === t.replace(/ /g, '_') || ACTION_STATUS_LABELS[s].toLowerCase() === t) ?? null
  )
}

export async function checkActionCsv(user: SessionUser, slug: string, text: string): Promise<ActionCsvCheck> {
  return checkAgainst(await areaActions(user, slug), text)
}

function checkAgainst(area: Awaited<ReturnType<typeof areaActions>>, text: string): ActionCsvCheck {
  const csv = readCsv(text, ACTION_CSV_COLUMNS)
  if (!csv.ok) return { rows: [], problems: [csv.problem] }
  const actions = new Map(area.actions.map((a) => [a.id, a]))
  const seen = new Map<string, number>()
  const rows: ActionCsvRow[] = []
  const problems: CsvProblem[] = []
  for (const { line, get } of csv.rows) {
    const problem = (column: string, message: string) => problems.push({ line, column, message })
    const before = problems.length
    const action = actions.get(get('action_id'))
    if (!action) problem('action_id', 'Unknown action: use the ids from this area’s template')
    else if (seen.has(action.id)) problem('action_id', `This action is also on line ${seen.get(action.id)}`)
    if (action && !seen.has(action.id)) seen.set(action.id, line)
    const status = statusOf(get('status'))
    if (!get('status')) problem('status', 'Enter the status')
    else if (!status)
      problem('status', `Enter the status as one of: ${ACTION_STATUSES.map((s) => ACTION_STATUS_LABELS[s]).join(', ')}`)
    const rawProgress = get('progress_percent').replace(/%$/, '')
    const progress = rawProgress === '' ? null : Number(rawProgress)
    if (progress !== null && (!Number.isInteger(progress) || progress < 0 || progress > 100)) {
      problem('progress_percent', 'Progress must be a whole number from 0 to 100')
    }
    const body = get('update')
    if (!body) problem('update', 'Enter what has happened since the last update')
    else if (body.length > 2000) problem('update', 'The update must be 2,000 characters or fewer')
    if (problems.length > before || !action || !status) continue
    rows.push({
      line,
      actionId: action.id,
      action: action.title,
      status,
      progressPercent: progress,
      body,
      was: { status: action.status, progressPercent: action.progressPercent },
    })
  }
  return { rows, problems }
}

/** Applies a file all or nothing. Throws INVALID_INPUT if any row is bad. */
export async function importActionCsv(user: SessionUser, slug: string, text: string, onProgress?: Progress): Promise<number> {
  const area = await areaActions(user, slug)
  const { rows, problems } = checkAgainst(area, text)
  if (problems.length) throw new AppError('INVALID_INPUT', { userMessage: 'The file has problems: nothing was saved' })
  const db = await getDb()
  await db.$transaction(async (tx) => {
    for (const [i, r] of rows.entries()) {
      const progressPercent = r.progressPercent ?? r.was.progressPercent
      await tx.statusUpdate.create({
        data: { actionId: r.actionId, authorId: user.id, body: r.body, status: r.status, progressPercent: r.progressPercent },
      })
      await tx.action.update({
        where: { id: r.actionId },
        data: { status: r.status, progressPercent, version: { increment: 1 } },
      })
      await recordAudit(tx, {
        actor: { id: user.id, label: user.email },
        action: 'posted action update (CSV)',
        entityType: 'ACTION',
        entityId: r.actionId,
        areaId: area.id,
        before: r.was,
        after: { status: r.status, progressPercent, update: r.body },
      })
      onProgress?.(i + 1, rows.length)
    }
  })
  expirePublicArea(area.slug)
  return rows.length
}
