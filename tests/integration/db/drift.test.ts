/**
 * A schema change without a migration fails here: the database the migrations build must have
 * exactly the tables, columns, types, nullability, defaults, enums, indexes and foreign keys
 * of one built straight from prisma/schema.prisma.
 */
import { describe, expect, it } from 'vitest'
import type { SqlConnection } from '@/lib/db/sql'
import { diffSql } from '@/scripts/migration-create'
import { db, emptySibling } from '../../setup/test-db'

async function catalogue(sql: SqlConnection) {
  const q = (text: string) => sql.query(text)
  return {
    columns:
      await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length, numeric_precision
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`),
    enums: await q(`SELECT t.typname, array_to_string(array_agg(e.enumlabel ORDER BY e.enumsortorder), ',') AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY t.typname`),
    indexes: await q(
      `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename, indexname`,
    ),
    constraints: await q(`SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS def
      FROM pg_constraint WHERE contype IN ('p', 'f', 'u', 'c', 'x') AND connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"') ORDER BY 1, 2`),
  }
}

describe('schema drift', () => {
  it('the migrations build exactly the database prisma/schema.prisma describes', async () => {
    const fromSchema = await emptySibling()
    try {
      await fromSchema.exec(diffSql(['--from-empty', '--to-schema-datamodel', '$SCHEMA']))
      const expected = await catalogue(fromSchema)
      const actual = await catalogue(db().sql)
      expect(actual.enums).toEqual(expected.enums)
      expect(actual.columns).toEqual(expected.columns)
      expect(actual.indexes).toEqual(expected.indexes)
      expect(actual.constraints).toEqual(expected.constraints)
      expect(expected.columns.length).toBeGreaterThan(100)
    } finally {
      await fromSchema.close()
    }
  })
})
