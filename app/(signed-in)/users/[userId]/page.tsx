import { FlashBanner } from '@/components/ui/flash-banner'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { TableScroll } from '@/components/ui/table-scroll'
import { requireUser } from '@/lib/auth/session'
import { getManagedUser, getManagerScope } from '@/lib/data/accounts/users'
import { formatDate } from '@/lib/format'
import { ROLE_LABELS } from '@/lib/validation/users'
import { UserStateTag } from '../_components/user-state-tag'
import { AccessForm } from './access-form'
import { DisableForm, NewLinkForm } from './account-controls'
import { TableHead } from '@/components/ui/table-head'

export const metadata: Metadata = { title: 'User' }

export default async function UserPage({ params, searchParams }: PageProps<'/users/[userId]'>) {
  const user = await requireUser()
  const [{ userId }, query] = await Promise.all([params, searchParams])
  const [target, scope] = await Promise.all([getManagedUser(user, userId), getManagerScope(user)])
  if (!target || !scope) notFound()

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link href="/users" className="govuk-back-link">
          Back to users
        </Link>
        <FlashBanner params={query} />
        <span className="govuk-caption-l">User</span>
        <h1 className="govuk-heading-l">{target.name}</h1>
        <dl className="govuk-summary-list">
          {(
            [
              ['Email address', target.email],
              ['Role', ROLE_LABELS[target.role]],
              ['Areas', target.role === 'ADMIN' ? 'All areas' : target.areas.join(', ') || 'None'],
              ['Status', <UserStateTag key="state" state={target.state} />],
              [
                'Set-password link',
                target.linkExpiresAt
                  ? `Unused, works until ${new Date(target.linkExpiresAt).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' })}`
                  : target.state === 'link expired'
                    ? 'Expired: make a new one below'
                    : 'None outstanding',
              ],
              ['Last signed in', target.lastSignInAt ? formatDate(new Date(target.lastSignInAt)) : 'Never'],
              ['Added', formatDate(new Date(target.createdAt))],
            ] as const
          ).map(([key, value]) => (
            <div key={key} className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{key}</dt>
              <dd className="govuk-summary-list__value">{value}</dd>
            </div>
          ))}
        </dl>

        <AccessForm
          userId={target.id}
          version={target.version}
          role={target.role}
          areaIds={target.areaIds}
          roles={scope.roles}
          areas={scope.areas}
        />
        {!target.isSelf && (
          <DisableForm userId={target.id} name={target.name} disabled={target.state === 'disabled'} version={target.version} />
        )}
        {target.state !== 'disabled' && <NewLinkForm userId={target.id} name={target.name} />}

        <h2 className="govuk-heading-m">History</h2>
        {target.history.length === 0 ? (
          <p className="govuk-body">Nothing recorded yet.</p>
        ) : (
          <TableScroll label="History of this account">
            <table className="govuk-table">
              <caption className="govuk-visually-hidden">Latest changes and sign-ins for this account, newest first</caption>
              <TableHead columns={['When', 'What', 'By']} />
              <tbody className="govuk-table__body">
                {target.history.map((h, i) => (
                  <tr key={i} className="govuk-table__row">
                    <td className="govuk-table__cell">{new Date(h.at).toLocaleString('en-GB', { timeZone: 'Europe/London' })}</td>
                    <td className="govuk-table__cell">{h.action}</td>
                    <td className="govuk-table__cell">{h.actor}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </div>
    </div>
  )
}
