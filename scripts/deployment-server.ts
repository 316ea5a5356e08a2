/**
 * The server the deployment tests (tests/deployment, playwright.deployment.config.ts) run
 * against: two instances behind nginx on a fresh PostgreSQL database and Redis
 * (scripts/deployment/start-deployment.ts). nginx on argv[2] (default 3400), the instances on
 * the next two ports. Stops everything on SIGTERM/SIGINT.
 */
import { runCli } from './cli'
import { startDeployment } from './deployment/start-deployment'

runCli(async () => {
  const port = Number(process.argv[2] ?? 3400)
  const deployment = await startDeployment({ port, database: 'oa_deployment_test' })
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve())
  })
  await deployment.stop()
  process.exit(0)
})
