'use server'

import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import * as z from 'zod'
import { requireUser } from '@/lib/auth/session'
import { getManagedUser, inviteUser, issuePasswordLink, setUserDisabled, updateUserAccess } from '@/lib/data/users'
import { getEnv } from '@/lib/env'
import { isAppError } from '@/lib/errors'
import { sendPasswordLink } from '@/lib/mail'
import { refusalState, type FormState } from '@/lib/form-state'
import { InviteUserSchema, UpdateAccessSchema } from '@/lib/validation/users'

/** The link is shown only to the person who made it, so the request's own host is good enough. */
async function passwordLink(token: string): Promise<string> {
  const configured = getEnv().NEXTAUTH_URL
  const h = await headers()
  const origin = configured ?? `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('host') ?? 'localhost'}`
  return `${origin.replace(/\/$/, '')}/set-password/${token}`
}

const expiryLabel = (expiresAt: Date) =>
  expiresAt.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' })

export async function inviteUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser()
  const areaIds = formData.getAll('areaIds').map(String)
  const values = {
    name: String(formData.get('name') ?? ''),
    email: String(formData.get('email') ?? ''),
    role: String(formData.get('role') ?? ''),
    areaIds: areaIds.join(','),
  }
  const parsed = InviteUserSchema.safeParse({ ...values, areaIds })
  if (!parsed.success) return { status: 'error', fieldErrors: z.flattenError(parsed.error).fieldErrors, values }
  try {
    const { userId, token, expiresAt } = await inviteUser(user, parsed.data)
    const link = await passwordLink(token)
    const expires = expiryLabel(expiresAt)
    const mailed = await sendPasswordLink({ to: parsed.data.email, name: parsed.data.name, link, expires, invitedBy: user.name })
    return { status: 'success', result: { userId, name: parsed.data.name, link, expires, mailed } }
  } catch (error) {
    if (isAppError(error) && error.code === 'CONFLICT') {
      return { status: 'error', fieldErrors: { email: [error.userMessage ?? 'This email address is already used'] }, values }
    }
    return refusalState(error, 'You cannot change this user.', values)
  }
}

export async function updateAccessAction(userId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser()
  const areaIds = formData.getAll('areaIds').map(String)
  const values = {
    role: String(formData.get('role') ?? ''),
    areaIds: areaIds.join(','),
    version: String(formData.get('version') ?? ''),
  }
  const parsed = UpdateAccessSchema.safeParse({ ...values, areaIds })
  if (!parsed.success) return { status: 'error', fieldErrors: z.flattenError(parsed.error).fieldErrors, values }
  try {
    await updateUserAccess(user, userId, parsed.data)
  } catch (error) {
    if (isAppError(error) && error.code === 'CONFLICT') {
      // Show the newer values above the form, keep what this user chose, and let them save over it.
      revalidatePath(`/users/${userId}`)
      const current = await getManagedUser(user, userId)
      return {
        ...refusalState(error, 'You cannot change this user.', values),
        values: { ...values, version: String(current?.version ?? values.version) },
      }
    }
    return refusalState(error, 'You cannot change this user.', values)
  }
  redirect(`/users/${userId}?done=access`)
}

export async function setDisabledAction(
  userId: string,
  disabled: boolean,
  _prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await requireUser()
  const version = Number(formData.get('version'))
  if (!Number.isInteger(version)) return { status: 'error', formError: 'Reload the page and try again.' }
  try {
    await setUserDisabled(user, userId, disabled, version)
  } catch (error) {
    if (isAppError(error) && error.code === 'CONFLICT') revalidatePath(`/users/${userId}`)
    return refusalState(error, 'You cannot change this user.', {})
  }
  redirect(`/users/${userId}?done=${disabled ? 'disabled' : 'enabled'}`)
}

export async function issueLinkAction(userId: string): Promise<FormState> {
  const user = await requireUser()
  try {
    const { token, expiresAt, name, email } = await issuePasswordLink(user, userId)
    revalidatePath(`/users/${userId}`)
    const [link, expires] = [await passwordLink(token), expiryLabel(expiresAt)]
    const mailed = await sendPasswordLink({ to: email, name, link, expires, invitedBy: user.name })
    return { status: 'success', result: { link, expires, mailed } }
  } catch (error) {
    return refusalState(error, 'You cannot change this user.', {})
  }
}
