import { existsSync } from 'node:fs'
import { chromium, defineConfig, devices } from '@playwright/test'

/** Debian's Chromium (or CHROMIUM_PATH) when present, else Playwright's own browser. */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((p): p is string => Boolean(p))
  const found = candidates.find((p) => existsSync(p))
  if (found) return found
  if (existsSync(chromium.executablePath())) return undefined
  throw new Error(
    'No Chromium for the end-to-end tests. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium executable.',
  )
}

const port = Number(process.env.E2E_PORT ?? 3210)

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  // Journeys of several pages and sign-ins, each page scanned by axe: headroom for a slow, busy machine.
  timeout: 90_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // next build && next start on a fresh, freshly seeded database (scripts/e2e-server.ts).
    command: `tsx scripts/e2e-server.ts ${port}`,
    url: `http://127.0.0.1:${port}/`,
    timeout: 240_000,
    // E2E_REUSE=1 runs against a server already started (local iteration only; CI starts its own).
    reuseExistingServer: process.env.E2E_REUSE === '1',
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
})
