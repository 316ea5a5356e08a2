'use client'

import { useActionState } from 'react'
import type { DiscardableKind } from '@/lib/data/plan/discard'
import { idle } from '@/lib/forms/state'
import { handleDiscard } from '../[kind]/server-actions'

/**
 * Below an editing form: removes what the draft adds, or undoes a published entity's drafted
 * changes. `what` names it ("action"); `added` says which of the two this is; `alsoGoes` what
 * is removed with an addition ("its milestones").
 */
export function DiscardForm({
  kind,
  id,
  token,
  what,
  added,
  alsoGoes,
}: {
  kind: DiscardableKind
  id: string
  token: string
  what: string
  added: boolean
  alsoGoes?: string
}) {
  const [state, formAction, pending] = useActionState(handleDiscard.bind(null, kind, id), idle)
  return (
    <form action={formAction} noValidate>
      <h2 className="govuk-heading-m">{added ? `Remove this ${what} from the draft` : 'Undo the changes in the draft'}</h2>
      <p className="govuk-body">
        {added
          ? `The ${what} is new in the draft plan, so it is not on the public page. Removing it deletes it${alsoGoes ? `, with ${alsoGoes},` : ''} from the draft.`
          : `The ${what} goes back to what the published plan says. The other changes in the draft stay.`}
      </p>
      {state.formError && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {state.formError}
        </p>
      )}
      <input type="hidden" name="token" value={state.values?.token ?? token} />
      <button type="submit" className="govuk-button govuk-button--warning" disabled={pending} aria-disabled={pending}>
        {added ? `Remove ${what} from the draft` : 'Undo the changes'}
      </button>
    </form>
  )
}
