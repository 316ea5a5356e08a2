/**
 * The CSV bulk updates of an area's plan — success measure values, action status updates, and
 * commitments and payments —
 * by name, for the upload pages: a template, a check that previews the rows or lists every
 * problem, and an all-or-nothing apply. A new kind is one CsvKind (csv-kind.ts) added here.
 */
import 'server-only'
import type { CsvPreview, Progress } from '@/lib/csv-upload'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { ACTION_UPDATES_CSV } from '@/lib/data/uploads/action-updates'
import { applyCsv, csvTemplate, previewCsv, type CsvKind, type UploadArea } from '@/lib/data/uploads/csv-kind'
import { MEASURE_VALUES_CSV } from '@/lib/data/uploads/measure-values'
import { FUNDING_ENTRIES_CSV } from '@/lib/data/uploads/funding-entries'
import type { UploadKind } from '@/lib/upload-kinds'

export { isUploadKind, UPLOAD_KINDS, type UploadKind } from '@/lib/upload-kinds'

// Each kind keeps its own row type; by name they are used only through the shared functions.
const KINDS = { measures: MEASURE_VALUES_CSV, actions: ACTION_UPDATES_CSV, spend: FUNDING_ENTRIES_CSV } as unknown as Record<
  UploadKind,
  CsvKind<string, UploadArea, { line: number }>
>

export function uploadTemplate(user: SessionUser, slug: string, kind: UploadKind): Promise<string> {
  return csvTemplate(KINDS[kind], user, slug)
}

/** Checks a file and describes what it would do, writing nothing. */
export function previewUpload(user: SessionUser, slug: string, kind: UploadKind, text: string): Promise<CsvPreview> {
  return previewCsv(KINDS[kind], user, slug, text)
}

export function applyUpload(
  user: SessionUser,
  slug: string,
  kind: UploadKind,
  text: string,
  onProgress?: Progress,
): Promise<number> {
  return applyCsv(KINDS[kind], user, slug, text, onProgress)
}
