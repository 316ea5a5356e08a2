/**
 * One place that turns configuration into a database handle: Prisma Client (with the driver
 * adapter chosen at run time) plus a plain SQL connection, sharing one PGlite instance when
 * embedded, because a PGlite directory can only be open once.
 */
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { PrismaClient } from '@/lib/generated/prisma/client'
import type { DatabaseConfig } from '@/lib/env'
import { openPgliteDir, openPgliteMemory } from './pglite'
import { connectPostgres, wrapPglite, type SqlConnection } from './sql'

export type Database = {
  prisma: PrismaClient
  sql: SqlConnection
  config: DatabaseConfig
  close: () => Promise<void>
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'postgres') {
    // Connect the plain client first: it turns an unreachable server into one clear message.
    const sql = await connectPostgres(config.url)
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: config.url, max: 10 }) })
    return {
      prisma,
      sql,
      config,
      close: async () => {
        await prisma.$disconnect()
        await sql.close()
      },
    }
  }
  const open = config.kind === 'pglite' ? await openPgliteDir(config.dataDir) : await openPgliteMemory()
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(open.db) })
  return {
    prisma,
    sql: wrapPglite(open, false),
    config,
    close: async () => {
      await prisma.$disconnect()
      await open.close()
    },
  }
}
