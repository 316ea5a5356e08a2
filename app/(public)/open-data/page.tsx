import type { Metadata } from 'next'
import Link from 'next/link'
import { TableScroll } from '@/components/ui/table-scroll'
import { DATASETS } from '@/lib/open-data/datasets'
import { TableHead } from '@/components/ui/table-head'

/** Rendered on its first visit and then served from the page cache (ADR 004). */
export const revalidate = 300

export const metadata: Metadata = { title: 'Open data and API' }

export default function OpenDataPage() {
  return (
    <>
      <h1 className="govuk-heading-xl">Open data and API</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">Everything shown on this portal can be downloaded or read by a program.</p>
          <p className="govuk-body">
            Files are UTF-8. CSV files follow RFC 4180 with a header row. Dates are ISO 8601 (2018-01-19). Money is given in
            pounds with two decimals and again in pence. Every fact carries the addresses of its sources. Only published data is
            included; fictional demo rows, when present, are marked <code>is_demo</code>.
          </p>
          <p className="govuk-body">
            So that a spreadsheet never runs text from a file as a formula, a text cell that begins with <code>=</code>,{' '}
            <code>+</code>, <code>-</code>, <code>@</code>, a tab or a carriage return is written with an apostrophe in front of
            it (<code>&apos;=…</code>). Numbers are written as they are. The JSON files and the API give every value unchanged.
          </p>
        </div>
      </div>

      <h2 className="govuk-heading-l">Downloads</h2>
      <TableScroll label="Open datasets">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m govuk-visually-hidden">Open datasets</caption>
          <TableHead columns={['Dataset', 'What it holds', 'Files']} />
          <tbody className="govuk-table__body">
            {DATASETS.map((d) => (
              <tr key={d.name} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {d.title}
                </th>
                <td className="govuk-table__cell">{d.description}</td>
                <td className="govuk-table__cell">
                  <a className="govuk-link" href={`/download/${d.name}.csv`} download>
                    CSV<span className="govuk-visually-hidden"> of {d.title}</span>
                  </a>
                  ,{' '}
                  <a className="govuk-link" href={`/download/${d.name}.json`} download>
                    JSON<span className="govuk-visually-hidden"> of {d.title}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="govuk-body">
        Add <code>?area=hastings</code> (or any area&apos;s short name) to a download address for one area only.
      </p>

      <h2 className="govuk-heading-l">API</h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            A read-only JSON API at <code>/api/v1/</code>, with no key needed and open to requests from any website. The{' '}
            <a className="govuk-link" href="/api/v1/openapi.json">
              OpenAPI 3.1 description
            </a>{' '}
            lists every field.
          </p>
          <ul className="govuk-list govuk-list--bullet">
            {DATASETS.filter((d) => d.api).map((d) => (
              <li key={d.name}>
                <code>GET /api/v1/{d.name}</code>: {d.title.toLowerCase()}
              </li>
            ))}
          </ul>
          <p className="govuk-body">Each takes these optional query parameters:</p>
          <dl className="govuk-summary-list">
            {[
              ['area', 'only rows of one area, by short name (e.g. hastings)'],
              ['page', 'which page of results, from 1'],
              ['per_page', 'rows per page, 1 to 100 (default 50)'],
            ].map(([k, v]) => (
              <div key={k} className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">
                  <code>{k}</code>
                </dt>
                <dd className="govuk-summary-list__value">{v}</dd>
              </div>
            ))}
          </dl>
          <p className="govuk-body">
            Responses have <code>data</code> (the rows), <code>meta</code> (page, per_page, total, total_pages) and{' '}
            <code>links</code> (self, first, last, next, prev). Identifiers are stable. A bad parameter gets a 400 response with a
            JSON <code>error</code> saying what is wrong; an unknown area gets a 404.
          </p>
          <p className="govuk-body">
            For example, {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a JSON API route, not a page */}
            <a className="govuk-link" href="/api/v1/measures?area=hastings">
              /api/v1/measures?area=hastings
            </a>{' '}
            returns Hastings&apos; success measures.
          </p>

          <h2 className="govuk-heading-l">Grants in the 360Giving shape</h2>
          <p className="govuk-body">
            The grants files set out the funding allocations with the column names of the 360Giving data standard. The identifiers
            use a prefix that is not yet registered with 360Giving, and award dates are blank where no source gives them, so the
            files are not yet a valid 360Giving publication.
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" href="/about">
              How the data was gathered
            </Link>
          </p>
        </div>
      </div>
    </>
  )
}
