/**
 * The deployment tests (tests/deployment): nginx's micro-cache and two instances sharing the
 * page cache in Redis, in front of one PostgreSQL (scripts/deployment-server.ts). Run by
 * `npm test` after the e2e tier, whose build they reuse.
 */
import { defineConfig } from '@playwright/test'
import base from './playwright.config'

const port = Number(process.env.DEPLOYMENT_PORT ?? 3400)

export default defineConfig({
  ...base,
  testDir: 'tests/deployment',
  reporter: [['list'], ['json', { outputFile: 'reports/deployment.json' }]],
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `tsx scripts/deployment-server.ts ${port}`,
    url: `http://127.0.0.1:${port}/about`,
    // Builds first when no build is current (the e2e tier normally leaves one).
    timeout: 600_000,
    reuseExistingServer: process.env.E2E_REUSE === '1',
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
})
