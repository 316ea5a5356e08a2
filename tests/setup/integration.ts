/**
 * Per test file: open the run's database, migrate it, make it the app's database (the one
 * lib/data uses), and empty every table before each test.
 */
import { afterAll, beforeAll, beforeEach, inject } from 'vitest'
import { parseDatabaseUrl } from '@/lib/env'
import { openDatabase } from '@/lib/db/open'
import { setDatabase } from '@/lib/db/client'
import { migrateDatabase } from '@/lib/db/prepare'
import { resetDatabase, testDb } from './test-db'

beforeAll(async () => {
  const db = await openDatabase(parseDatabaseUrl(inject('databaseUrl')))
  await migrateDatabase(db)
  testDb.current = db
  setDatabase(db)
})

beforeEach(async () => {
  await resetDatabase()
})

afterAll(async () => {
  setDatabase(undefined)
  await testDb.current?.close()
  testDb.current = undefined
})
