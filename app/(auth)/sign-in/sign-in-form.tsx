'use client'

import { signIn } from 'next-auth/react'
import { useState, type FormEvent } from 'react'
import * as z from 'zod'
import { ErrorSummary, type SummaryError } from '@/components/forms/error-summary'
import { TextField } from '@/components/forms/text-field'
import { SignInSchema } from '@/lib/validation/auth'

type Errors = { email?: string; password?: string }

// Never says whether the email address has an account.
const WRONG = 'Enter a correct email address and password'

export function SignInForm({ returnTo, entra }: { returnTo: string; entra: boolean }) {
  const [errors, setErrors] = useState<Errors>({})
  const [email, setEmail] = useState('')
  const [pending, setPending] = useState(false)
  const [submission, setSubmission] = useState(0)

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setSubmission((n) => n + 1)
    const data = new FormData(event.currentTarget)
    const parsed = SignInSchema.safeParse({ email: data.get('email'), password: data.get('password') })
    if (!parsed.success) {
      const fields = z.flattenError(parsed.error).fieldErrors
      setErrors({ email: fields.email?.[0], password: fields.password?.[0] })
      return
    }
    setPending(true)
    const result = await signIn('credentials', { ...parsed.data, redirect: false })
    setPending(false)
    if (!result || result.error) {
      setErrors({ email: !result?.error || result.error === 'CredentialsSignin' ? WRONG : result.error })
      return
    }
    window.location.assign(returnTo)
  }

  const summary: SummaryError[] = [
    ...(errors.email ? [{ field: 'email', text: errors.email }] : []),
    ...(errors.password ? [{ field: 'password', text: errors.password }] : []),
  ]

  return (
    <>
      <ErrorSummary errors={summary} submission={submission} />
      <h1 className="govuk-heading-l">Sign in</h1>
      <p className="govuk-body">For partnership board members and Department for Education staff.</p>
      <form noValidate onSubmit={onSubmit}>
        <TextField
          name="email"
          label="Email address"
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.email}
          maxLength={254}
        />
        <TextField
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          error={errors.password}
          maxLength={256}
        />
        <button type="submit" className="govuk-button" disabled={pending} aria-disabled={pending}>
          Sign in
        </button>
      </form>
      {entra && (
        <>
          <h2 className="govuk-heading-m">Department for Education staff</h2>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => signIn('azure-ad', { callbackUrl: returnTo })}
          >
            Sign in with Microsoft
          </button>
        </>
      )}
    </>
  )
}
