'use server'

import { notFound } from 'next/navigation'
import { applyUpload, isUploadKind, previewUpload, type UploadKind } from '@/lib/data/uploads/upload'
import { runForm } from '@/lib/forms/run'
import { uploadDone } from '@/lib/upload-kinds'
import type { FormState } from '@/lib/forms/state'
import { CsvFileSchema, CsvTextSchema } from '@/lib/validation/small-forms'

/** Step 1: read and check the file; nothing is written. The preview carries the file's text on. */
export async function handleCsvCheck(slug: string, kind: UploadKind, _prev: FormState, formData: FormData): Promise<FormState> {
  if (!isUploadKind(kind)) notFound()
  return runForm(formData, {
    bound: [slug, kind],
    schema: CsvFileSchema,
    refused: 'You cannot update this plan.',
    run: async (user, { file }) => {
      const csv = await file.text()
      return { csv, preview: await previewUpload(user, slug, kind, csv), fileName: file.name.slice(0, 200) }
    },
    done: ({ csv, preview, fileName }) => ({
      state: { status: 'success', result: { csv, preview: JSON.stringify(preview), fileName } },
    }),
  })
}

/** Step 2: apply the checked file, all or nothing. */
export async function handleCsvApply(slug: string, kind: UploadKind, _prev: FormState, formData: FormData): Promise<FormState> {
  if (!isUploadKind(kind)) notFound()
  return runForm(formData, {
    bound: [slug, kind],
    schema: CsvTextSchema,
    refused: 'You cannot update this plan.',
    run: (user, { csv }) => applyUpload(user, slug, kind, csv),
    done: (count) => ({ ...uploadDone(slug, kind), n: count }),
  })
}
