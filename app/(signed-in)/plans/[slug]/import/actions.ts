'use server'

import { redirect } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { MAX_CSV_BYTES } from '@/lib/csv-upload'
import { applyUpload, previewUpload, type UploadKind } from '@/lib/data/bulk-upload'
import { refusalState, type FormState } from '@/lib/form-state'

/** Step 1: read and check the file; nothing is written. The preview carries the file's text on. */
export async function checkCsvAction(slug: string, kind: UploadKind, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser()
  const file = formData.get('file')
  if (!(file instanceof File) || file.size === 0) return { status: 'error', fieldErrors: { file: ['Select a CSV file'] } }
  if (file.size > MAX_CSV_BYTES) {
    return { status: 'error', fieldErrors: { file: [`The file must be ${MAX_CSV_BYTES / 1024} KB or smaller`] } }
  }
  try {
    const csv = await file.text()
    const preview = await previewUpload(user, slug, kind, csv)
    return { status: 'success', result: { csv, preview: JSON.stringify(preview), fileName: file.name.slice(0, 200) } }
  } catch (error) {
    return refusalState(error, 'You cannot update this plan.')
  }
}

/** Step 2: apply the checked file, all or nothing. */
export async function importCsvAction(slug: string, kind: UploadKind, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser()
  let count: number
  try {
    count = await applyUpload(user, slug, kind, String(formData.get('csv') ?? ''))
  } catch (error) {
    return refusalState(error, 'You cannot update this plan.')
  }
  redirect(`/plans/${slug}?done=imported-${kind}&count=${count}`)
}
