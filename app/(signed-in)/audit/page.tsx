import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { TableScroll } from '@/components/ui/table-scroll'
import { requireUser } from '@/lib/auth/session'
import { auditFilterOptions, listAuditEvents } from '@/lib/data/audit'
import { parseAuditFilter } from '@/lib/validation/audit'
import { TableHead } from '@/components/ui/table-head'

export const metadata: Metadata = { title: 'Audit trail' }

const words = (s: string) => s.toLowerCase().replaceAll('_', ' ')

export default async function AuditPage({ searchParams }: PageProps<'/audit'>) {
  const user = await requireUser()
  const filter = parseAuditFilter(await searchParams)
  const [events, options] = await Promise.all([listAuditEvents(user, filter), auditFilterOptions(user)])
  if (!events || !options) notFound()
  const query = new URLSearchParams({
    ...(filter.entityType ? { entity: filter.entityType } : {}),
    ...(filter.actorId ? { user: filter.actorId } : {}),
  })

  return (
    <>
      <Link href="/dashboard" className="govuk-back-link">
        Back to your dashboard
      </Link>
      <h1 className="govuk-heading-l">Audit trail</h1>
      <p className="govuk-body">
        Every change made in the portal, newest first
        {user.role === 'ADMIN' ? ', in every area, with sign-ins' : ', in your areas'}.
      </p>
      <form method="get" action="/audit" className="govuk-!-margin-bottom-6">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <div className="govuk-form-group">
              <label className="govuk-label govuk-label--s" htmlFor="entity">
                What changed
              </label>
              <select className="govuk-select" id="entity" name="entity" defaultValue={filter.entityType ?? ''}>
                <option value="">Anything</option>
                {options.entityTypes.map((t) => (
                  <option key={t} value={t}>
                    {words(t)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="govuk-grid-column-one-third">
            <div className="govuk-form-group">
              <label className="govuk-label govuk-label--s" htmlFor="user">
                Who
              </label>
              <select className="govuk-select" id="user" name="user" defaultValue={filter.actorId ?? ''}>
                <option value="">Anyone</option>
                {options.actors.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
          Apply filters
        </button>
      </form>
      <p className="govuk-body-s">
        <a className="govuk-link" href={`/audit/download?${query}`} download>
          Download these events as CSV
        </a>
      </p>
      {events.length === 0 ? (
        <p className="govuk-body govuk-hint">No changes match these filters.</p>
      ) : (
        <TableScroll label="Audit events">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Audit events, newest first</caption>
            <TableHead columns={['When', 'Who', 'What', 'Area', 'Change']} />
            <tbody className="govuk-table__body">
              {events.map((e) => (
                <tr key={e.id} className="govuk-table__row">
                  <td className="govuk-table__cell govuk-body-s">
                    {new Date(e.at).toLocaleString('en-GB', { timeZone: 'Europe/London' })}
                  </td>
                  <td className="govuk-table__cell">{e.actor}</td>
                  <td className="govuk-table__cell">
                    {e.action} <span className="govuk-hint govuk-!-display-inline">({words(e.entityType)})</span>
                  </td>
                  <td className="govuk-table__cell">{e.area ?? '–'}</td>
                  <td className="govuk-table__cell govuk-body-s govuk-!-text-break-word">
                    {e.before && <span className="govuk-!-display-block">Before: {e.before}</span>}
                    {e.after && <span className="govuk-!-display-block">After: {e.after}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  )
}
