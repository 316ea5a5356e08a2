/** The shared GOV.UK table: row headers, numeric columns, captions and the scroll box. */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { DataTable, type Column } from '@/components/ui/data-table'

type Row = { id: string; name: string; value: number }
const rows: Row[] = [
  { id: 'a', name: 'Blackpool', value: 1200 },
  { id: 'b', name: 'Derby', value: 30 },
]
const columns: Column<Row>[] = [
  { header: 'Area', cell: (r) => r.name },
  { header: 'Amount', numeric: true, cell: (r) => r.value },
]
const render = (props: Partial<Parameters<typeof DataTable<Row>>[0]> = {}) =>
  renderToStaticMarkup(
    createElement(DataTable<Row>, { caption: 'Funding by area', rows, rowKey: (r) => r.id, columns, ...props }),
  )

describe('DataTable', () => {
  it('heads each row with its first column and marks numeric columns', () => {
    const html = render()
    expect(html).toContain('<th scope="col" class="govuk-table__header">Area</th>')
    expect(html).toContain('<th scope="col" class="govuk-table__header govuk-table__header--numeric">Amount</th>')
    expect(html).toContain('<th scope="row" class="govuk-table__header">Blackpool</th>')
    expect(html).toContain('<td class="govuk-table__cell govuk-table__cell--numeric">1200</td>')
    expect(html.match(/<tr class="govuk-table__row">/g)).toHaveLength(3)
  })

  it('scrolls in a labelled, focusable box unless told not to; the caption can be for screen readers only', () => {
    expect(render()).toMatch(/^<div class="app-table-scroll" role="region" aria-label="Funding by area" tabindex="0">/)
    expect(render({ scroll: 'Funding' })).toContain('aria-label="Funding"')
    const bare = render({ scroll: false, captionSize: 'hidden' })
    expect(bare).toMatch(/^<table class="govuk-table"><caption class="govuk-visually-hidden">Funding by area<\/caption>/)
    expect(render({ captionSize: 'm' })).toContain('<caption class="govuk-table__caption govuk-table__caption--m">')
  })
})
