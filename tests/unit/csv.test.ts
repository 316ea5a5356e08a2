import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { toCsv } from '@/lib/open-data/csv'
import type { Column } from '@/lib/open-data/datasets'

const columns: Column[] = [
  { key: 'name', type: 'string', description: '' },
  { key: 'amount_pence', type: 'integer', description: '' },
  { key: 'is_demo', type: 'boolean', description: '' },
  { key: 'note', type: 'string', description: '', nullable: true },
]

describe('toCsv', () => {
  it('writes a header row and CRLF line ends', () => {
    expect(toCsv(columns, [{ name: 'Hastings', amount_pence: 125000000, is_demo: false, note: null }])).toBe(
      'name,amount_pence,is_demo,note\r\nHastings,125000000,false,\r\n',
    )
  })

  it('quotes commas, quotes and line breaks so the file reads back exactly', () => {
    const row = { name: 'Fenland, East "Cambs"\nand more', amount_pence: 1, is_demo: true, note: 'é – £' }
    const csv = toCsv(columns, [row])
    expect(csv).toContain('"Fenland, East ""Cambs""\nand more"')
    expect(parse(csv, { columns: true })).toEqual([{ name: row.name, amount_pence: '1', is_demo: 'true', note: 'é – £' }])
  })
})
