/**
 * The seed as a function: real facts, then development accounts, then (only when asked)
 * fictional demo activity. Each part is idempotent.
 */
import type { PrismaClient } from '@/lib/generated/prisma/client'
import { loadDemoData } from './demo-data'
import { loadDevAccounts } from './dev-accounts'
import { loadRealData } from './real-data'

export type SeedOptions = { demo: boolean; devAccounts: boolean }

export async function runSeed(prisma: PrismaClient, options: SeedOptions) {
  const facts = await prisma.$transaction((tx) => loadRealData(tx), { timeout: 120_000, maxWait: 30_000 })
  const accounts = options.devAccounts ? await loadDevAccounts(prisma) : 0
  const demo = options.demo ? await loadDemoData(prisma) : 0
  return { facts, accounts, demo }
}
