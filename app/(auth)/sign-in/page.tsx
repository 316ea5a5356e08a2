import { SuccessBanner } from '@/components/ui/success-banner'
import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getCurrentUser } from '@/lib/auth/session'
import { getEnv } from '@/lib/env'
import { SignInForm } from './sign-in-form'

export const metadata: Metadata = { title: 'Sign in' }

/** Only our own paths may be returned to after signing in (no open redirect). */
function safeReturnPath(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value
  return path && /^\/(?!\/)[\w\-/?=&%.]*$/.test(path) && path.length <= 200 ? path : '/dashboard'
}

export default async function SignInPage({ searchParams }: PageProps<'/sign-in'>) {
  const params = await searchParams
  const returnTo = safeReturnPath(params.callbackUrl)
  if (await getCurrentUser()) redirect(returnTo)
  const changed =
    params.changed === 'password'
      ? 'Your password has been changed. Sign in again to carry on.'
      : params.changed === 'sessions'
        ? 'You have been signed out everywhere. Sign in again to carry on.'
        : params.changed === 'set'
          ? 'Your password has been set. Sign in with it to carry on.'
          : null
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {changed && <SuccessBanner heading={changed} />}
        <SignInForm returnTo={returnTo} entra={getEnv().entra !== null} />
      </div>
    </div>
  )
}
