import { describe, expect, it } from 'vitest'
import { isCommonPassword } from '@/lib/auth/common-passwords'
import { FREE_ATTEMPTS, MAX_DELAY_SECONDS, waitSeconds } from '@/lib/auth/throttle-policy'
import { ChangePasswordSchema, NewPasswordSchema, SignInSchema } from '@/lib/validation/auth'

const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s))

describe('sign-in wait', () => {
  it('lets the first attempts through', () => {
    expect(waitSeconds(null, t(0))).toBe(0)
    expect(waitSeconds({ failures: FREE_ATTEMPTS - 1, firstFailAt: t(0), lastFailAt: t(10) }, t(10))).toBe(0)
  })

  it('doubles the wait after each further failure, up to a minute', () => {
    const after = (failures: number) => waitSeconds({ failures, firstFailAt: t(0), lastFailAt: t(100) }, t(100))
    expect([after(5), after(6), after(7), after(8), after(20)]).toEqual([2, 4, 8, 16, MAX_DELAY_SECONDS])
  })

  it('counts down from the last failure and forgets after 15 minutes', () => {
    expect(waitSeconds({ failures: 7, firstFailAt: t(0), lastFailAt: t(100) }, t(105))).toBe(3)
    expect(waitSeconds({ failures: 50, firstFailAt: t(0), lastFailAt: t(899) }, t(901))).toBe(0)
  })
})

describe('password rules', () => {
  it('needs 8 characters and refuses common passwords, with no composition rules', () => {
    expect(NewPasswordSchema.safeParse('short').error?.issues[0]?.message).toBe('Password must be 8 characters or more')
    expect(NewPasswordSchema.safeParse('Password1').error?.issues[0]?.message).toMatch(/very common/)
    expect(isCommonPassword('PASSWORD123')).toBe(true)
    expect(NewPasswordSchema.safeParse('all lower case words').success).toBe(true)
    expect(NewPasswordSchema.safeParse('x'.repeat(257)).success).toBe(false)
  })

  it('checks that the new password was typed the same twice', () => {
    const r = ChangePasswordSchema.safeParse({
      currentPassword: 'a',
      newPassword: 'long enough phrase',
      confirmPassword: 'long enough phrasE',
    })
    expect(r.error?.issues[0]).toMatchObject({ path: ['confirmPassword'], message: 'The passwords do not match' })
  })

  it('normalises the email address and says what is wrong with it', () => {
    expect(SignInSchema.parse({ email: ' Chair.Hastings@Example.org ', password: 'x' }).email).toBe('chair.hastings@example.org')
    expect(SignInSchema.safeParse({ email: 'not-an-email', password: 'x' }).error?.issues[0]?.message).toMatch(/correct format/)
    expect(SignInSchema.safeParse({ email: '', password: '' }).error?.issues.map((i) => i.message)).toEqual([
      'Enter your email address',
      'Enter your password',
    ])
  })
})
