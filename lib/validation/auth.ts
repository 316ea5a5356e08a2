/** Form schemas for signing in and managing one's password. Safe to import in the browser. */
import * as z from 'zod'
import { isCommonPassword } from '@/lib/auth/common-passwords'

export const EmailSchema = z
  .string({ error: 'Enter your email address' })
  .trim()
  .min(1, { error: 'Enter your email address' })
  .max(254, { error: 'Email address must be 254 characters or fewer' })
  .pipe(z.email({ error: 'Enter an email address in the correct format, like name@example.org' }))
  .transform((e) => e.toLowerCase())

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z
    .string({ error: 'Enter your password' })
    .min(1, { error: 'Enter your password' })
    .max(256, { error: 'Password must be 256 characters or fewer' }),
})
export type SignInInput = z.infer<typeof SignInSchema>

/** A new password: at least 8 characters, not a common one; no composition rules. */
export const NewPasswordSchema = z
  .string({ error: 'Enter a new password' })
  .min(1, { error: 'Enter a new password' })
  .min(8, { error: 'Password must be 8 characters or more' })
  .max(256, { error: 'Password must be 256 characters or fewer' })
  .refine((p) => !isCommonPassword(p), { error: 'Choose a password that is harder to guess: this one is very common' })

export const ChangePasswordSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, { error: 'Enter your current password' })
      .max(256, { error: 'Password must be 256 characters or fewer' }),
    newPassword: NewPasswordSchema,
    confirmPassword: z.string().max(256, { error: 'Password must be 256 characters or fewer' }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { error: 'The passwords do not match', path: ['confirmPassword'] })
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>
