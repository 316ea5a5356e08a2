import { FlashBanner } from '@/components/ui/flash-banner'
import type { Metadata } from 'next'
import Link from 'next/link'
import { TableScroll } from '@/components/ui/table-scroll'
import { requireUser } from '@/lib/auth/session'
import { getDashboard } from '@/lib/data/dashboard'
import { can, viewerOf } from '@/lib/permissions'
import { AreaHealthTable, DeadlineTable, Empty, MeasureList, ProposalList, ReturnedDrafts } from './_components/tables'
import { FundingChecks, StreamTable } from './_components/funding-tables'
import { BoardGlanceTable } from './_components/board-glance'
import { getBoardGlance } from '@/lib/data/board/glance'
import { TableHead } from '@/components/ui/table-head'
import { openConsultationsFor } from '@/lib/data/consultations/consultations'
import { formatLondon } from '@/lib/london-time'

export const metadata: Metadata = { title: 'Dashboard' }

const ROLE_TITLES = {
  ADMIN: 'All 12 areas',
  DELIVERY_TEAM: 'Delivery team',
  CHAIR: 'Board chair',
  PARTNER: 'Board member',
} as const

export default async function DashboardPage({ searchParams }: PageProps<'/dashboard'>) {
  const user = await requireUser()
  const query = await searchParams
  const [d, boards, consultations] = await Promise.all([
    getDashboard(user),
    getBoardGlance(user),
    user.role === 'ADMIN' ? null : openConsultationsFor(user),
  ])
  const areaNames = user.role === 'ADMIN' ? 'all areas' : user.areas.map((a) => a.name).join(', ') || 'no area yet'
  const awaiting = d.areas.reduce((n, a) => n + a.awaitingApproval, 0)
  const drafts = d.areas.reduce((n, a) => n + a.draftsInProgress, 0)

  return (
    <>
      <span className="govuk-caption-l">
        {ROLE_TITLES[user.role]}: {areaNames}
      </span>
      <h1 className="govuk-heading-l">Dashboard</h1>
      <FlashBanner params={query} />
      {user.role !== 'ADMIN' && user.areas.length === 0 && (
        <p className="govuk-body">You are not part of an area yet. Ask your delivery team or an admin to add you.</p>
      )}
      <BoardGlanceTable boards={boards} />

      {user.role === 'ADMIN' && (
        <>
          <AreaHealthTable areas={d.areas} caption="Plan health and funding by area" />
          <StreamTable funding={d.funding} />
          {d.usersByRole && (
            <>
              <h2 className="govuk-heading-m">Active users by role</h2>
              <dl className="govuk-summary-list">
                {(
                  [
                    ['ADMIN', 'National admins'],
                    ['DELIVERY_TEAM', 'Delivery team members'],
                    ['CHAIR', 'Board chairs'],
                    ['PARTNER', 'Board members'],
                  ] as const
                ).map(([role, label]) => (
                  <div key={role} className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">{label}</dt>
                    <dd className="govuk-summary-list__value">{d.usersByRole?.[role]}</dd>
                  </div>
                ))}
              </dl>
            </>
          )}
        </>
      )}

      {user.role === 'CHAIR' && (
        <>
          <AreaHealthTable areas={d.areas} caption="Spend against plan" />
          <h2 className="govuk-heading-m">Plan health by priority</h2>
          {d.priorities.length === 0 ? (
            <Empty>No actions have been recorded against your priorities yet. Your delivery team adds them to the plan.</Empty>
          ) : (
            <TableScroll label="Plan health by priority">
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-visually-hidden">Actions by status for each priority</caption>
                <TableHead
                  columns={[
                    'Priority',
                    ...['On track', 'At risk', 'Off track', 'Not started', 'Complete'].map((label) => ({ label, numeric: true })),
                  ]}
                />
                <tbody className="govuk-table__body">
                  {d.priorities.map((p) => (
                    <tr key={p.id} className="govuk-table__row">
                      <th scope="row" className="govuk-table__header">
                        {p.number}. {p.title}
                      </th>
                      {(['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NOT_STARTED', 'COMPLETE'] as const).map((s) => (
                        <td key={s} className="govuk-table__cell govuk-table__cell--numeric">
                          {p.actions[s]}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <h2 className="govuk-heading-m">Measures off track or at risk</h2>
          <MeasureList rows={d.measureAlerts} empty="No success measure is off track or at risk." />
          <h2 className="govuk-heading-m">Waiting for your approval</h2>
          {awaiting === 0 ? (
            <Empty>Nothing is waiting for your approval. When your delivery team submits a draft plan, it appears here.</Empty>
          ) : (
            <ul className="govuk-list">
              {d.areas
                .filter((a) => a.awaitingApproval > 0)
                .map((a) => (
                  <li key={a.id}>
                    <Link href={`/plans/${a.slug}`} className="govuk-link">
                      {a.name}: draft plan waiting for your approval
                    </Link>
                  </li>
                ))}
            </ul>
          )}
          <h2 className="govuk-heading-m">Proposed changes waiting for an answer</h2>
          <ProposalList rows={d.proposalsWaiting} empty="No proposed change is waiting for an answer." />
          <h2 className="govuk-heading-m">Deadlines in the next 30 days</h2>
          <DeadlineTable
            rows={d.dueSoon}
            caption="Actions due in the next 30 days"
            empty="No action is due in the next 30 days."
          />
        </>
      )}

      {user.role === 'DELIVERY_TEAM' && (
        <>
          <h2 className="govuk-heading-m">Overdue actions</h2>
          <DeadlineTable rows={d.overdue} caption="Overdue actions" empty="No action is overdue." />
          <h2 className="govuk-heading-m">Due in the next 30 days</h2>
          <DeadlineTable
            rows={d.dueSoon}
            caption="Actions due in the next 30 days"
            empty="No action is due in the next 30 days."
          />
          <h2 className="govuk-heading-m">Measures due a new value</h2>
          <MeasureList rows={d.measuresDueValue} empty="Every measure with a baseline has a value from the last year." />
          <h2 className="govuk-heading-m">Proposed changes waiting for an answer</h2>
          <ProposalList rows={d.proposalsWaiting} empty="No proposed change is waiting for an answer." />
          <section aria-labelledby="drafts-heading">
            <h2 className="govuk-heading-m" id="drafts-heading">
              Drafts
            </h2>
            <Empty>
              {drafts + awaiting === 0
                ? 'There is no draft plan in progress. Editing the plan starts a new draft.'
                : `${drafts} draft ${drafts === 1 ? 'plan' : 'plans'} in progress and ${awaiting} waiting for the chair.`}
            </Empty>
            <ReturnedDrafts areas={d.areas} />
          </section>
          <AreaHealthTable areas={d.areas} caption="Funding allocated, committed and spent" />
          <FundingChecks funding={d.funding} />
        </>
      )}

      {user.role === 'PARTNER' && (
        <>
          <h2 className="govuk-heading-m">Actions you own</h2>
          <DeadlineTable
            updateLinks
            rows={d.ownedActions}
            caption="Actions you own"
            empty="You do not own any actions yet. Your delivery team assigns actions to their owners."
          />
          <h2 className="govuk-heading-m">Your proposed changes</h2>
          <ProposalList
            rows={d.myProposals}
            empty="You have not proposed any changes. Use “Propose a change” on your area’s working delivery plan."
          />
        </>
      )}

      {consultations && (
        <>
          <h2 className="govuk-heading-m">Open for your comment</h2>
          {consultations.length === 0 ? (
            <Empty>No consultation is open in your area at the moment.</Empty>
          ) : (
            <ul className="govuk-list">
              {consultations.map((c) => (
                <li key={c.id}>
                  <Link href={`/plans/${c.area.slug}/consultations/${c.id}`} className="govuk-link">
                    {c.question}
                  </Link>{' '}
                  ({c.area.name}; closes {formatLondon(c.closesAt)}
                  {c.responded ? '; you have responded' : ''})
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      {user.role !== 'ADMIN' && user.areas.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Working delivery plans</h2>
          <ul className="govuk-list">
            {user.areas.map((a) => (
              <li key={a.id}>
                <Link href={`/plans/${a.slug}`} className="govuk-link">
                  {a.name} working delivery plan
                </Link>{' '}
                (
                <Link href={`/areas/${a.slug}/print`} className="govuk-link">
                  print the published plan<span className="govuk-visually-hidden"> of {a.name}</span>
                </Link>
                )
              </li>
            ))}
          </ul>
        </>
      )}
      <ul className="govuk-list">
        {(can(viewerOf(user), 'manage:user') || can(viewerOf(user), 'manage:partner')) && (
          <li>
            <Link href="/users" className="govuk-link">
              {user.role === 'ADMIN' ? 'Users' : 'Board members you manage'}
            </Link>
          </li>
        )}
        {can(viewerOf(user), 'read:audit') && (
          <li>
            <Link href="/audit" className="govuk-link">
              Audit trail
            </Link>
          </li>
        )}
        <li>
          <Link href="/account" className="govuk-link">
            Your account
          </Link>
        </li>
      </ul>
    </>
  )
}
