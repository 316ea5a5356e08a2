'use server'

import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { issuePasswordLink } from '@/lib/data/accounts/password-links'
import { inviteUser, setUserDisabled, updateUserAccess } from '@/lib/data/accounts/users'
import type { SessionUser } from '@/lib/data/accounts/auth'
import { getEnv } from '@/lib/env'
import { runForm, type Done } from '@/lib/forms/run'
import type { FormState } from '@/lib/forms/state'
import { sendPasswordLink } from '@/lib/mail'
import { InviteUserSchema, UpdateAccessSchema } from '@/lib/validation/users'
import { VersionFormSchema } from '@/lib/validation/small-forms'
import * as z from 'zod'

/** The link is shown only to the person who made it, so the request's own host is good enough. */
async function passwordLink(token: string): Promise<string> {
  const configured = getEnv().NEXTAUTH_URL
  const h = await headers()
  const origin = configured ?? `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('host') ?? 'localhost'}`
  return `${origin.replace(/\/$/, '')}/set-password/${token}`
}

const expiryLabel = (expiresAt: Date) =>
  expiresAt.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' })

/** A new one-time link, shown once to the inviter and e-mailed when mail is set up. */
async function linkMade(
  inviter: SessionUser,
  to: { email: string; name: string },
  made: { token: string; expiresAt: Date },
  extra: Record<string, string> = {},
): Promise<Done> {
  const [link, expires] = [await passwordLink(made.token), expiryLabel(made.expiresAt)]
  const mailed = await sendPasswordLink({ to: to.email, name: to.name, link, expires, invitedBy: inviter.name })
  return { state: { status: 'success', result: { ...extra, link, expires, mailed } } }
}

export async function handleInvite(_prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [],
    schema: InviteUserSchema,
    refused: 'You cannot change this user.',
    errorField: { CONFLICT: 'email' },
    run: (user, data) => inviteUser(user, data),
    done: (made, data, user) => linkMade(user, data, made, { userId: made.userId, name: data.name }),
  })
}

export async function handleAccessChange(userId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [userId],
    schema: UpdateAccessSchema,
    refused: 'You cannot change this user.',
    run: (user, data) => updateUserAccess(user, userId, data),
    done: () => ({ to: `/users/${userId}`, flash: 'access' }),
  })
}

export async function handleDisable(userId: string, disabled: boolean, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [userId, disabled],
    schema: VersionFormSchema,
    refused: 'You cannot change this user.',
    run: (user, { version }) => setUserDisabled(user, userId, disabled, version),
    done: () => ({ to: `/users/${userId}`, flash: disabled ? 'disabled' : 'enabled' }),
  })
}

export async function handleIssueLink(userId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  return runForm(formData, {
    bound: [userId],
    schema: z.object({}),
    refused: 'You cannot change this user.',
    run: async (user) => {
      const made = await issuePasswordLink(user, userId)
      // The page's state tag ("link expired" → "invited") follows the new link.
      revalidatePath(`/users/${userId}`)
      return made
    },
    done: (made, _d, user) => linkMade(user, made, made),
  })
}
