import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { roleLabel } from '@/components/board/board-labels'
import { DataTable } from '@/components/ui/data-table'
import { requireUser } from '@/lib/auth/session'
import { getBoardLoad, LOAD_MONTHS, type MemberLoad } from '@/lib/data/board/load'

export const metadata: Metadata = { title: 'What the board is asked to do' }

const monthName = (key: string) =>
  new Date(`${key}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' })

/** The chair's view of the board's load: asks per member per month, and what each did. */
export default async function BoardLoadPage({ params }: PageProps<'/boards/[slug]/load'>) {
  const user = await requireUser()
  const { slug } = await params
  const load = await getBoardLoad(user, slug)
  if (!load) notFound()
  const totals = load.members.map((m) => m.total)
  const average = totals.length ? totals.reduce((n, x) => n + x, 0) / totals.length / LOAD_MONTHS : 0
  const most = Math.max(0, ...totals)
  return (
    <>
      <Link href={`/boards/${slug}#members`} className="govuk-back-link">
        Back to the board
      </Link>
      <span className="govuk-caption-l">{load.area.name} · partnership board</span>
      <h1 className="govuk-heading-l">What the board is asked to do</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            How many times the portal asked each current member for something in the last {LOAD_MONTHS} months, so the work can be
            shared fairly. An ask is papers added for a meeting, a vote opened, a consultation opened, a mention in a comment, or
            an action of theirs falling overdue. Reminders are not counted again.
          </p>
          <p className="govuk-body">
            {load.members.length === 0
              ? 'No current member has a portal account yet.'
              : `On average, ${average.toLocaleString('en-GB', { maximumFractionDigits: 1 })} asks per member a month.`}
          </p>
        </div>
      </div>
      {load.members.length > 0 && (
        <DataTable
          caption={`Asks per member, ${monthName(load.months[0] as string)} to ${monthName(load.months.at(-1) as string)}`}
          rows={load.members}
          rowKey={(m) => m.name}
          columns={[
            {
              header: 'Member',
              cell: (m: MemberLoad) => (
                <>
                  {m.name}
                  <span className="govuk-body-s tw:block">
                    {roleLabel(m.role)}
                    {m.organisation && `, ${m.organisation}`}
                  </span>
                  {m.total === most && most > 0 && load.members.length > 1 && (
                    <strong className="govuk-tag govuk-tag--yellow">Asked most</strong>
                  )}
                </>
              ),
            },
            ...load.months.map((key, i) => ({
              header: monthName(key),
              numeric: true,
              cell: (m: MemberLoad) => m.perMonth[i] ?? 0,
            })),
            { header: 'Papers and mentions', numeric: true, cell: (m: MemberLoad) => m.byKind.read },
            { header: 'Votes asked', numeric: true, cell: (m: MemberLoad) => m.byKind.vote },
            { header: 'Votes cast', numeric: true, cell: (m: MemberLoad) => m.votesCast },
            { header: 'Consultations asked', numeric: true, cell: (m: MemberLoad) => m.byKind.consultation },
            { header: 'Responses given', numeric: true, cell: (m: MemberLoad) => m.responses },
            { header: 'Overdue actions', numeric: true, cell: (m: MemberLoad) => m.byKind.action },
          ]}
        />
      )}
      {load.withoutAccount.length > 0 && (
        <p className="govuk-body">Members without a portal account, so not asked here: {load.withoutAccount.join(', ')}.</p>
      )}
    </>
  )
}
