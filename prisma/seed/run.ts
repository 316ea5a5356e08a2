/**
 * The seed as a function: real facts, then development accounts, then (only when asked)
 * fictional demo activity. Each part is idempotent, and all of them run in one transaction: a
 * first start killed while seeding leaves an empty database (seeded again on the next start),
 * never areas without the accounts to sign in to them.
 */
import type { PrismaClient } from '@/lib/generated/prisma/client'
import { loadDemoData } from './demo-data'
import { loadDevAccounts } from './dev-accounts'
import { loadRealData } from './real-data'

export type SeedOptions = { demo: boolean; devAccounts: boolean }

export async function runSeed(prisma: PrismaClient, options: SeedOptions) {
  return prisma.$transaction(
    async (tx) => {
      const facts = await loadRealData(tx)
      const accounts = options.devAccounts ? await loadDevAccounts(tx) : 0
      const demo = options.demo ? await loadDemoData(tx) : 0
      return { facts, accounts, demo }
    },
    { timeout: 300_000, maxWait: 30_000 },
  )
}
