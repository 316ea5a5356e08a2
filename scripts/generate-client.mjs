// Runs after `npm ci`: generates Prisma Client into lib/generated/prisma.
// Prisma 7's CLI wants to download a native schema engine even for `generate`, which does not
// use it; pointing PRISMA_SCHEMA_ENGINE_BINARY at any executable skips that download.
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const cli = require.resolve('prisma/build/index.js')
execFileSync(process.execPath, [cli, 'generate'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
})
