import Link from 'next/link'
import { TableScroll } from '@/components/ui/table-scroll'
import type { LifeStageMatrix as Matrix } from '@/lib/data/public/life-stages'

/** Which board prioritised which life stage: one row per area, one column per life stage. */
export function LifeStageMatrix({ matrix }: { matrix: Matrix }) {
  const counts = matrix.lifeStages.map((s) => matrix.rows.filter((r) => r.cells[s.slug]?.length).length)
  return (
    <TableScroll label="Priorities by area and life stage">
      <table className="govuk-table app-matrix">
        <caption className="govuk-table__caption govuk-table__caption--m">Priorities by area and life stage</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Area
            </th>
            {matrix.lifeStages.map((s) => (
              <th key={s.slug} scope="col" className="govuk-table__header">
                <Link href={`/life-stages/${s.slug}`} className="govuk-link">
                  {s.name}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {matrix.rows.map((row) => (
            <tr key={row.area.slug} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                <Link href={`/areas/${row.area.slug}`} className="govuk-link">
                  {row.area.name}
                </Link>
              </th>
              {matrix.lifeStages.map((s) => {
                const priorities = row.cells[s.slug] ?? []
                return (
                  <td key={s.slug} className="govuk-table__cell">
                    {priorities.length === 0 ? (
                      <span className="app-not-published">
                        <span aria-hidden="true">–</span>
                        <span className="govuk-visually-hidden">No priority</span>
                      </span>
                    ) : (
                      <ul className="govuk-list govuk-!-margin-bottom-0">
                        {priorities.map((p) => (
                          <li key={p.number}>
                            <Link href={`/areas/${row.area.slug}#priority-${p.number}`} className="govuk-link" title={p.title}>
                              Priority {p.number}
                              <span className="govuk-visually-hidden">: {p.title}</span>
                            </Link>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              Areas with a priority here
            </th>
            {counts.map((n, i) => (
              <td key={matrix.lifeStages[i]?.slug} className="govuk-table__cell govuk-!-font-weight-bold">
                {n} of {matrix.rows.length}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  )
}
