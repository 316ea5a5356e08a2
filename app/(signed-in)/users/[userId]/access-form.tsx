'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import type { Role } from '@/lib/generated/prisma/enums'
import { idle } from '@/lib/forms/state'
import { handleAccessChange } from '../server-actions'
import { AccessFields } from '../_components/access-fields'

type Props = {
  userId: string
  version: number
  role: Role
  areaIds: string[]
  roles: Role[]
  areas: { id: string; name: string }[]
}

export function AccessForm({ userId, version, role, areaIds, roles, areas }: Props) {
  const [state, action, pending] = useActionState(handleAccessChange.bind(null, userId), idle)
  const err = (f: string) => state.fieldErrors?.[f]?.[0]
  const errors = [
    ...(state.formError ? [{ text: state.formError }] : []),
    ...(err('role') ? [{ field: `role-${roles[0]}`, text: err('role') ?? '' }] : []),
    ...(err('areaIds') ? [{ field: 'areaIds', text: err('areaIds') ?? '' }] : []),
  ]
  const v = state.values
  return (
    <form action={action} noValidate>
      <h2 className="govuk-heading-m">Change role and areas</h2>
      <ErrorSummary errors={errors} submission={state} />
      <p className="govuk-body">Saving a change signs them out, so their next sign-in uses the new access.</p>
      {/* After a conflict this is the newer version, so saving again replaces what the other person saved. */}
      <input type="hidden" name="version" value={v?.version ?? String(version)} />
      <AccessFields
        roles={roles}
        areas={areas}
        role={v?.role ?? role}
        areaIds={v ? (v.areaIds ? v.areaIds.split(',') : []) : areaIds}
        errors={{ role: err('role'), areaIds: err('areaIds') }}
      />
      <button type="submit" className="govuk-button" disabled={pending} aria-disabled={pending}>
        Save role and areas
      </button>
    </form>
  )
}
