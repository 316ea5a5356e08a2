'use server'

import { redirect } from 'next/navigation'
import { requireUser } from '@/lib/auth/session'
import { checkMeasureCsv, importMeasureCsv, MAX_CSV_BYTES } from '@/lib/data/measure-import'
import { isAppError } from '@/lib/errors'
import type { FormState } from '@/lib/form-state'

/** Step 1: read and check the file; nothing is written. The preview carries the file's text on. */
export async function checkCsvAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser()
  const file = formData.get('file')
  if (!(file instanceof File) || file.size === 0) return { status: 'error', fieldErrors: { file: ['Select a CSV file'] } }
  if (file.size > MAX_CSV_BYTES) {
    return { status: 'error', fieldErrors: { file: [`The file must be ${MAX_CSV_BYTES / 1024} KB or smaller`] } }
  }
  try {
    const csv = await file.text()
    const check = await checkMeasureCsv(user, slug, csv)
    return { status: 'success', result: { csv, check: JSON.stringify(check), fileName: file.name.slice(0, 200) } }
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return { status: 'error', formError: 'You cannot update this plan.' }
    throw error
  }
}

/** Step 2: apply the checked file, all or nothing. */
export async function importCsvAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser()
  let count: number
  try {
    count = await importMeasureCsv(user, slug, String(formData.get('csv') ?? ''))
  } catch (error) {
    if (isAppError(error) && error.userMessage) return { status: 'error', formError: error.userMessage }
    if (isAppError(error) && error.code === 'NOT_FOUND') return { status: 'error', formError: 'You cannot update this plan.' }
    throw error
  }
  redirect(`/plans/${slug}?done=imported&count=${count}`)
}
