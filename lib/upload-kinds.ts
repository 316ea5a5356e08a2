/**
 * The CSV uploads by name, and where each leads once saved: shared by the upload pages, their
 * server actions, the streamed apply and the data layer. Safe in the browser.
 */
import type { FlashKey } from '@/lib/forms/flash'

export const UPLOAD_KINDS = ['measures', 'actions', 'spend'] as const
export type UploadKind = (typeof UPLOAD_KINDS)[number]
export const isUploadKind = (k: string): k is UploadKind => (UPLOAD_KINDS as readonly string[]).includes(k)

const AFTER: Record<UploadKind, { page: string; flash: FlashKey; file: string }> = {
  measures: { page: '', flash: 'imported-measures', file: 'measure-values' },
  actions: { page: '', flash: 'imported-actions', file: 'action-updates' },
  spend: { page: '/funding', flash: 'imported-spend', file: 'commitments-and-spend' },
}

/** The page a saved upload returns to, and its message. */
export const uploadDone = (slug: string, kind: UploadKind) => ({
  to: `/plans/${slug}${AFTER[kind].page}`,
  flash: AFTER[kind].flash,
})

/** The template's file name. */
export const templateName = (slug: string, kind: UploadKind) => `${slug}-${AFTER[kind].file}.csv`
