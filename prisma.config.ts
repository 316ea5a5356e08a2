// Prisma 7 CLI configuration. The CLI is used here only for `prisma generate`; migrations
// are generated with scripts/migration-create.ts and applied by lib/db/migrate.ts
// (see docs/decisions/001-migrations-without-the-prisma-engine.md).
import { defineConfig } from 'prisma/config'

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    url: process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : 'postgresql://localhost:5432/unused',
  },
})
