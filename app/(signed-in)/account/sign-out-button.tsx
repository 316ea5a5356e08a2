'use client'

import { signOut } from 'next-auth/react'

export function SignOutButton() {
  return (
    <button type="button" className="govuk-button govuk-button--secondary" onClick={() => signOut({ callbackUrl: '/' })}>
      Sign out
    </button>
  )
}
