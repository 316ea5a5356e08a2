/**
 * CSV bulk update of action status for one area: each row posts a dated update on an action
 * (status, progress and what has happened), as "Post an update" does one at a time. Checked
 * and applied by the shared CSV shape (csv-kind); each action is saved against the version
 * that was read, so an action changed meanwhile refuses the whole file rather than losing it.
 */
import 'server-only'
import { authorize } from '@/lib/data/guard'
import type { Progress } from '@/lib/csv-upload'
import { getDb } from '@/lib/db/client'
import type { ActionStatus } from '@/lib/generated/prisma/enums'
import { AppError } from '@/lib/errors'
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from '@/lib/validation/action-update'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { recordAudits } from '@/lib/data/audit'
import { applyCsv, checkCsv, csvTemplate, type CsvKind, type CsvRowInput, type Tx } from '@/lib/data/uploads/csv-kind'

export const ACTION_CSV_COLUMNS = ['action_id', 'action', 'status', 'progress_percent', 'update'] as const
type Column = (typeof ACTION_CSV_COLUMNS)[number]

export type ActionCsvRow = {
  line: number
  actionId: string
  action: string
  status: ActionStatus
  progressPercent: number | null
  body: string
  was: { status: ActionStatus | null; progressPercent: number | null }
  version: number
}

async function areaActions(user: SessionUser, slug: string) {
  const db = await getDb()
  const area = await db.area.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      actions: {
        orderBy: [{ priority: { position: 'asc' } }, { title: 'asc' }],
        select: { id: true, title: true, status: true, progressPercent: true, version: true },
      },
    },
  })
  if (!area) throw new AppError('NOT_FOUND', { message: `area ${slug} not found` })
  authorize(user, 'edit:plan', { areaId: area.id })
  return { ...area, byId: new Map(area.actions.map((a) => [a.id, a])) }
}
type Area = Awaited<ReturnType<typeof areaActions>>

/** "On track", "on track" or "ON_TRACK" → ON_TRACK. */
function statusOf(text: string): ActionStatus | null {
  const t = text.trim().toLowerCase()
  return (
    ACTION_STATUSES.find((s) => s.toLowerCase() === t.replace(/ /g, '_') || ACTION_STATUS_LABELS[s].toLowerCase() === t) ?? null
  )
}

function checkRow(area: Area, { get, problem }: CsvRowInput<Column>) {
  const action = area.byId.get(get('action_id'))
  if (!action) problem('action_id', 'Unknown action: use the ids from this area’s template')
  const status = statusOf(get('status'))
  if (!get('status')) problem('status', 'Enter the status')
  else if (!status)
    problem('status', `Enter the status as one of: ${ACTION_STATUSES.map((s) => ACTION_STATUS_LABELS[s]).join(', ')}`)
  const rawProgress = get('progress_percent').replace(/%$/, '')
  const progress = /^\d{1,3}$/.test(rawProgress) ? Number(rawProgress) : rawProgress === '' ? null : NaN
  if (progress !== null && !(progress >= 0 && progress <= 100)) {
    problem('progress_percent', 'Progress must be a whole number from 0 to 100')
  }
  const body = get('update')
  if (!body) problem('update', 'Enter what has happened since the last update')
  else if (body.length > 2000) problem('update', 'The update must be 2,000 characters or fewer')
  if (!action || !status) return null
  return {
    actionId: action.id,
    action: action.title,
    status,
    progressPercent: progress,
    body,
    was: { status: action.status, progressPercent: action.progressPercent },
    version: action.version,
  }
}

/** The updates in one insert, the actions in one version-checked update, audits in one insert. */
async function writeUpdates(tx: Tx, user: SessionUser, area: Area, rows: ActionCsvRow[]) {
  await tx.statusUpdate.createMany({
    data: rows.map((r) => ({
      actionId: r.actionId,
      authorId: user.id,
      body: r.body,
      status: r.status,
      progressPercent: r.progressPercent,
    })),
  })
  const progressOf = (r: ActionCsvRow) => r.progressPercent ?? r.was.progressPercent
  const updated = await tx.$executeRaw`
    UPDATE "Action" AS a
       SET "status" = v.status::"ActionStatus", "progressPercent" = v.progress, "version" = a."version" + 1, "updatedAt" = now()
      FROM unnest(${rows.map((r) => r.actionId)}::text[], ${rows.map((r) => r.version)}::int[],
                  ${rows.map((r) => r.status)}::text[], ${rows.map(progressOf)}::int[]) AS v(id, version, status, progress)
     WHERE a.id = v.id AND a."version" = v.version`
  if (updated !== rows.length) {
    throw new AppError('CONFLICT', {
      userMessage:
        'Someone updated actions of this area while your file was being saved. Nothing was saved: check the file again',
    })
  }
  await recordAudits(
    tx,
    rows.map((r) => ({
      actor: { id: user.id, label: user.email },
      action: 'posted action update (CSV)',
      entityType: 'ACTION' as const,
      entityId: r.actionId,
      areaId: area.id,
      before: r.was,
      after: { status: r.status, progressPercent: progressOf(r), update: r.body },
    })),
  )
}

const progressText = (p: number | null) => (p === null ? 'not given' : `${p}%`)

export const ACTION_UPDATES_CSV: CsvKind<Column, Area, ActionCsvRow> = {
  columns: ACTION_CSV_COLUMNS,
  load: areaActions,
  template: (area) =>
    area.actions.map((a) => [a.id, a.title, a.status ? ACTION_STATUS_LABELS[a.status] : '', a.progressPercent ?? '', '']),
  check: checkRow,
  unique: {
    column: 'action_id',
    key: (area, get) => (area.byId.has(get('action_id')) ? get('action_id') : null),
    message: (line) => `This action is also on line ${line}`,
  },
  preview: {
    headings: ['Action', 'Status', 'Progress', 'Update'],
    cells: (r) => [
      r.action,
      `${r.was.status ? ACTION_STATUS_LABELS[r.was.status] : 'Not reported'} → ${ACTION_STATUS_LABELS[r.status]}`,
      r.progressPercent === null
        ? `${progressText(r.was.progressPercent)} (unchanged)`
        : `${progressText(r.was.progressPercent)} → ${progressText(r.progressPercent)}`,
      r.body,
    ],
  },
  write: writeUpdates,
}

export const actionCsvTemplate = (user: SessionUser, slug: string) => csvTemplate(ACTION_UPDATES_CSV, user, slug)
export const checkActionCsv = (user: SessionUser, slug: string, text: string) => checkCsv(ACTION_UPDATES_CSV, user, slug, text)
export const importActionCsv = (user: SessionUser, slug: string, text: string, onProgress?: Progress) =>
  applyCsv(ACTION_UPDATES_CSV, user, slug, text, onProgress)
