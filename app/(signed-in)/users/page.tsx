import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { TableScroll } from '@/components/ui/table-scroll'
import { requireUser } from '@/lib/auth/session'
import { listManagedUsers } from '@/lib/data/accounts/users'
import { formatDate } from '@/lib/format'
import { ROLE_LABELS } from '@/lib/validation/users'
import { UserStateTag } from './_components/user-state-tag'
import { TableHead } from '@/components/ui/table-head'

export const metadata: Metadata = { title: 'Users' }

export default async function UsersPage() {
  const user = await requireUser()
  const users = await listManagedUsers(user)
  if (!users) notFound()
  const admin = user.role === 'ADMIN'
  return (
    <>
      <h1 className="govuk-heading-l">Users</h1>
      <p className="govuk-body">
        {admin
          ? 'Everyone who can sign in, in every area.'
          : `Board members of ${user.areas.map((a) => a.name).join(', ')} who sit on no other area's board. An admin manages everyone else.`}
      </p>
      <Link href="/users/invite" className="govuk-button" role="button" draggable={false}>
        Invite a user
      </Link>
      {users.length === 0 ? (
        <p className="govuk-body">There is nobody to manage yet. Invite a user to get started.</p>
      ) : (
        <TableScroll label="Users">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">
              {users.length} {users.length === 1 ? 'user' : 'users'}
            </caption>
            <TableHead columns={['Name', 'Role', 'Areas', 'Status', 'Last signed in']} />
            <tbody className="govuk-table__body">
              {users.map((u) => (
                <tr key={u.id} className="govuk-table__row">
                  <td className="govuk-table__cell">
                    <Link href={`/users/${u.id}`} className="govuk-link">
                      {u.name}
                    </Link>
                    <br />
                    <span className="govuk-body-s">{u.email}</span>
                  </td>
                  <td className="govuk-table__cell">{ROLE_LABELS[u.role]}</td>
                  <td className="govuk-table__cell">{u.role === 'ADMIN' ? 'All areas' : u.areas.join(', ') || 'None'}</td>
                  <td className="govuk-table__cell">
                    <UserStateTag state={u.state} />
                  </td>
                  <td className="govuk-table__cell">{u.lastSignInAt ? formatDate(new Date(u.lastSignInAt)) : 'Never'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  )
}
