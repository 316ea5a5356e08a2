/**
 * Development sign-in accounts, one per role and area, named for the role (never for a real
 * person). For local use and demos only: production deployments seed with --no-dev-accounts.
 */
import { hash } from '@node-rs/argon2'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { Role } from '@/lib/generated/prisma/enums'

/** Documented in the README as development-only. */
export const DEV_PASSWORD = 'opportunity-dev-2026'

export type DevAccount = { email: string; name: string; role: Role; areaSlugs: string[] }

export function devAccounts(areaSlugs: string[]): DevAccount[] {
  const perArea = areaSlugs.flatMap((slug): DevAccount[] => [
    { email: `delivery.${slug}@example.org`, name: `Delivery team (${slug})`, role: 'DELIVERY_TEAM', areaSlugs: [slug] },
    { email: `chair.${slug}@example.org`, name: `Board chair (${slug})`, role: 'CHAIR', areaSlugs: [slug] },
    { email: `partner.${slug}@example.org`, name: `Board partner (${slug})`, role: 'PARTNER', areaSlugs: [slug] },
  ])
  return [{ email: 'admin@example.org', name: 'National admin', role: 'ADMIN', areaSlugs: [] }, ...perArea]
}

export async function loadDevAccounts(db: Prisma.TransactionClient): Promise<number> {
  const areas = await db.area.findMany({ select: { id: true, slug: true } })
  const areaId = new Map(areas.map((a) => [a.slug, a.id]))
  let created = 0
  let passwordHash: string | undefined
  for (const account of devAccounts(areas.map((a) => a.slug).sort())) {
    // Existing accounts are left alone: re-hashing would change them on every run.
    if (await db.user.findUnique({ where: { email: account.email }, select: { id: true } })) continue
    passwordHash ??= await hash(DEV_PASSWORD)
    await db.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash,
        areaScopes: { create: account.areaSlugs.map((slug) => ({ areaId: areaId.get(slug) ?? '' })) },
      },
    })
    created++
  }
  return created
}
