/**
 * The two CSV bulk updates of an area's plan — success measure values and action status
 * updates — behind one interface for the upload pages: a template, a check that previews the
 * rows or lists every problem, and an all-or-nothing apply.
 */
import 'server-only'
import type { CsvPreview, Progress } from '@/lib/csv-upload'
import { ACTION_STATUS_LABELS } from '@/lib/validation/action-update'
import { actionCsvTemplate, checkActionCsv, importActionCsv } from '@/lib/data/uploads/action-updates'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { checkMeasureCsv, importMeasureCsv, measureCsvTemplate } from '@/lib/data/uploads/measure-values'

export const UPLOAD_KINDS = ['measures', 'actions'] as const
export type UploadKind = (typeof UPLOAD_KINDS)[number]
export const isUploadKind = (k: string): k is UploadKind => (UPLOAD_KINDS as readonly string[]).includes(k)

export function uploadTemplate(user: SessionUser, slug: string, kind: UploadKind): Promise<string> {
  return kind === 'measures' ? measureCsvTemplate(user, slug) : actionCsvTemplate(user, slug)
}

/** Checks a file and describes what it would do, writing nothing. */
export async function previewUpload(user: SessionUser, slug: string, kind: UploadKind, text: string): Promise<CsvPreview> {
  if (kind === 'measures') {
    const { rows, problems } = await checkMeasureCsv(user, slug, text)
    return {
      problems,
      headings: ['Line', 'Measure', 'Period', 'Value', 'Note'],
      rows: rows.map((r) => ({
        line: r.line,
        cells: [
          r.measure,
          r.period,
          String(r.value),
          [r.replaces !== null ? `replaces ${r.replaces}` : 'new', r.isProvisional ? 'provisional' : '']
            .filter(Boolean)
            .join(', '),
        ],
      })),
    }
  }
  const { rows, problems } = await checkActionCsv(user, slug, text)
  const progress = (p: number | null) => (p === null ? 'not given' : `${p}%`)
  return {
    problems,
    headings: ['Line', 'Action', 'Status', 'Progress', 'Update'],
    rows: rows.map((r) => ({
      line: r.line,
      cells: [
        r.action,
        `${r.was.status ? ACTION_STATUS_LABELS[r.was.status] : 'Not reported'} → ${ACTION_STATUS_LABELS[r.status]}`,
        r.progressPercent === null
          ? `${progress(r.was.progressPercent)} (unchanged)`
          : `${progress(r.was.progressPercent)} → ${progress(r.progressPercent)}`,
        r.body,
      ],
    })),
  }
}

export function applyUpload(
  user: SessionUser,
  slug: string,
  kind: UploadKind,
  text: string,
  onProgress?: Progress,
): Promise<number> {
  return kind === 'measures' ? importMeasureCsv(user, slug, text, onProgress) : importActionCsv(user, slug, text, onProgress)
}
