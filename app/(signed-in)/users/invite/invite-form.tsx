'use client'

import Link from 'next/link'
import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { TextField } from '@/components/forms/text-field'
import { SuccessBanner } from '@/components/ui/success-banner'
import type { Role } from '@/lib/generated/prisma/enums'
import { idle } from '@/lib/forms/state'
import { handleInvite } from '../server-actions'
import { AccessFields } from '../_components/access-fields'
import { PasswordLink } from '../_components/password-link'

const FIELD_ORDER = ['name', 'email', 'role', 'areaIds'] as const
const FIRST_INPUT: Record<string, string> = { role: 'role-' }

export function InviteForm({ roles, areas }: { roles: Role[]; areas: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(handleInvite, idle)
  const err = (f: string) => state.fieldErrors?.[f]?.[0]

  if (state.status === 'success' && state.result) {
    const { userId, name = '', link = '', expires = '' } = state.result
    return (
      <>
        <SuccessBanner heading={`${name} has been invited.`} />
        <PasswordLink name={name} link={link} expires={expires} mailed={state.result.mailed} />
        <ul className="govuk-list">
          <li>
            <Link href={`/users/${userId}`} className="govuk-link">
              See {name}&rsquo;s details
            </Link>
          </li>
          <li>
            {/* A full page load on purpose: it clears this form's state for the next invitation. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/users/invite" className="govuk-link">
              Invite someone else
            </a>
          </li>
          <li>
            <Link href="/users" className="govuk-link">
              Back to users
            </Link>
          </li>
        </ul>
      </>
    )
  }

  const errors = [
    ...(state.formError ? [{ text: state.formError }] : []),
    ...FIELD_ORDER.flatMap((f) =>
      err(f) ? [{ field: f === 'role' ? `${FIRST_INPUT.role}${roles[0]}` : f, text: err(f) ?? '' }] : [],
    ),
  ]
  const v = state.values
  return (
    <form action={action} noValidate>
      <ErrorSummary errors={errors} submission={state} />
      <TextField name="name" label="Full name" autoComplete="off" maxLength={120} defaultValue={v?.name} error={err('name')} />
      <TextField
        name="email"
        label="Email address"
        hint="They will sign in with this address."
        type="email"
        autoComplete="off"
        spellCheck={false}
        maxLength={254}
        defaultValue={v?.email}
        error={err('email')}
      />
      <AccessFields
        roles={roles}
        areas={areas}
        role={v?.role ?? (roles.length === 1 ? (roles[0] ?? '') : '')}
        areaIds={v?.areaIds ? v.areaIds.split(',') : areas.length === 1 ? [areas[0]?.id ?? ''] : []}
        errors={{ role: err('role'), areaIds: err('areaIds') }}
      />
      <button type="submit" className="govuk-button" disabled={pending} aria-disabled={pending}>
        Invite user
      </button>
    </form>
  )
}
