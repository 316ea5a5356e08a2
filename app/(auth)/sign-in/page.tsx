import { FlashBanner } from '@/components/ui/flash-banner'
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
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FlashBanner params={params} />
        <SignInForm returnTo={returnTo} entra={getEnv().entra !== null} />
      </div>
    </div>
  )
}
