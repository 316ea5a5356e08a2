/** Form schemas for user administration and setting a password from a link. Safe in the browser. */
import * as z from 'zod'
import { seenVersion } from './version'
import { NewPasswordSchema } from './auth'

export const ROLES = ['ADMIN', 'DELIVERY_TEAM', 'CHAIR', 'PARTNER'] as const

export const ROLE_LABELS: Record<(typeof ROLES)[number], string> = {
  ADMIN: 'National admin (DfE)',
  DELIVERY_TEAM: 'Delivery team (DfE)',
  CHAIR: 'Board chair',
  PARTNER: 'Board member',
}

const RoleSchema = z.enum(ROLES, { error: 'Select a role' })

// Checkbox values: at most the 12 areas (and a few spare), each a row id.
const AreaIdsSchema = z.array(z.string().min(1).max(40)).max(20, { error: 'Select fewer areas' })

/** Admins work across all areas; every other role needs at least one. */
const areasForRole = <T extends { role: (typeof ROLES)[number]; areaIds: string[] }>(v: T, ctx: z.RefinementCtx) => {
  if (v.role !== 'ADMIN' && v.areaIds.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['areaIds'], message: 'Select at least one area' })
  }
}

export const InviteUserSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, { error: 'Enter their full name' })
      .max(120, { error: 'Name must be 120 characters or fewer' }),
    email: z
      .string()
      .trim()
      .min(1, { error: 'Enter their email address' })
      .max(254, { error: 'Email address must be 254 characters or fewer' })
      .pipe(z.email({ error: 'Enter an email address in the correct format, like name@example.org' }))
      .transform((e) => e.toLowerCase()),
    role: RoleSchema,
    areaIds: AreaIdsSchema,
  })
  .superRefine(areasForRole)
  .transform((v) => ({ ...v, areaIds: v.role === 'ADMIN' ? [] : [...new Set(v.areaIds)] }))
export type InviteUserInput = z.infer<typeof InviteUserSchema>

export const UpdateAccessSchema = z
  .object({
    role: RoleSchema,
    areaIds: AreaIdsSchema,
    version: seenVersion,
  })
  .superRefine(areasForRole)
  .transform((v) => ({ ...v, areaIds: v.role === 'ADMIN' ? [] : [...new Set(v.areaIds)] }))
export type UpdateAccessInput = z.infer<typeof UpdateAccessSchema>

export const SetPasswordSchema = z
  .object({
    newPassword: NewPasswordSchema,
    confirmPassword: z.string().max(256, { error: 'Password must be 256 characters or fewer' }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { error: 'The passwords do not match', path: ['confirmPassword'] })
export type SetPasswordInput = z.infer<typeof SetPasswordSchema>
