import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { DemoTag, ItemStatusTag, originLabel, roleLabel, sectorLabel, termLabel } from '@/components/board/board-labels'
import { DataTable } from '@/components/ui/data-table'
import { FlashBanner } from '@/components/ui/flash-banner'
import { requireUser } from '@/lib/auth/session'
import { getBoardRoom, type ItemRow, type MeetingRow, type MemberRow } from '@/lib/data/board/read'
import { formatLondon } from '@/lib/london-time'
import { formatPartialDate } from '@/lib/format'

export const metadata: Metadata = { title: 'Partnership board' }

export default async function BoardPage({ params, searchParams }: PageProps<'/boards/[slug]'>) {
  const user = await requireUser()
  const [{ slug }, query] = await Promise.all([params, searchParams])
  const room = await getBoardRoom(user, slug)
  if (!room) notFound()
  const { area, can } = room
  const base = `/boards/${area.slug}`
  return (
    <>
      <Link href="/dashboard" className="govuk-back-link">
        Back to your dashboard
      </Link>
      <FlashBanner params={query} />
      <span className="govuk-caption-l">{area.name}</span>
      <h1 className="govuk-heading-l">{room.board.name}</h1>
      <p className="govuk-body">
        <Link className="govuk-link" href={`/areas/${area.slug}/board`}>
          What the public sees of the board
        </Link>
      </p>

      <h2 className="govuk-heading-m" id="backlog">
        Agenda backlog
      </h2>
      <p className="govuk-body">
        Anyone on the board can put an item forward. The chair puts items on a meeting’s agenda, or defers or declines them with a
        reason.
      </p>
      {can.propose && (
        <Link href={`${base}/items/new`} className="govuk-button" role="button" draggable="false">
          Put an item forward
        </Link>
      )}
      <ItemTable base={base} items={room.backlog} caption="Items waiting for a meeting" empty="No items are waiting." />

      <h2 className="govuk-heading-m" id="meetings">
        Meetings
      </h2>
      {can.manage && (
        <Link href={`${base}/meetings/new`} className="govuk-button govuk-button--secondary" role="button" draggable="false">
          Schedule a meeting
        </Link>
      )}
      <MeetingTable base={base} meetings={room.meetings.coming} caption="Coming meetings" empty="No meetings are scheduled." />
      <MeetingTable base={base} meetings={room.meetings.past} caption="Past meetings" empty="No meetings have been held yet." />

      <h2 className="govuk-heading-m" id="votes">
        Votes between meetings
      </h2>
      {can.setAgenda && (
        <Link href={`${base}/motions/new`} className="govuk-button govuk-button--secondary" role="button" draggable="false">
          Open a vote
        </Link>
      )}
      {room.motions.length === 0 ? (
        <p className="govuk-body">No votes have been held between meetings.</p>
      ) : (
        <DataTable
          caption="Votes between meetings"
          captionSize="hidden"
          rows={room.motions}
          rowKey={(m) => m.id}
          columns={[
            {
              header: 'Motion',
              cell: (m) => (
                <>
                  <Link className="govuk-link" href={`${base}/motions/${m.id}`}>
                    {m.question}
                  </Link>
                  <DemoTag show={m.isDemo} />
                </>
              ),
            },
            { header: 'Closes', cell: (m) => formatLondon(new Date(m.closesAt)) },
            { header: 'Turnout', cell: (m) => `${m.tally.cast} of ${m.tally.eligible}`, numeric: true },
            {
              header: 'Result',
              cell: (m) =>
                m.recorded
                  ? m.tally.quorate
                    ? m.tally.carried
                      ? 'Carried'
                      : 'Not carried'
                    : 'Not quorate'
                  : m.open
                    ? 'Open'
                    : 'To be recorded',
            },
          ]}
        />
      )}

      <h2 className="govuk-heading-m" id="members">
        Members
      </h2>
      <p className="govuk-body">
        <Link className="govuk-link" href={`${base}/interests`}>
          Register of interests
        </Link>
        {can.seeLoad && (
          <>
            {' · '}
            <Link className="govuk-link" href={`${base}/load`}>
              What the board is asked to do, member by member
            </Link>
          </>
        )}
      </p>
      {can.manage && (
        <Link href={`${base}/members/new`} className="govuk-button govuk-button--secondary" role="button" draggable="false">
          Add a member
        </Link>
      )}
      <MemberTable
        base={base}
        manage={can.manage}
        members={room.members.current}
        caption="Current members"
        empty="No members are recorded."
      />
      {room.members.past.length > 0 && (
        <MemberTable base={base} manage={false} members={room.members.past} caption="Past members" empty="" />
      )}

      {room.closed.length > 0 && (
        <>
          <h2 className="govuk-heading-m" id="closed">
            Declined and withdrawn items
          </h2>
          <ItemTable base={base} items={room.closed} caption="Items the board will not discuss" empty="" />
        </>
      )}
    </>
  )
}

function ItemTable({ base, items, caption, empty }: { base: string; items: ItemRow[]; caption: string; empty: string }) {
  if (items.length === 0) return <p className="govuk-body">{empty}</p>
  return (
    <DataTable
      caption={caption}
      rows={items}
      rowKey={(i) => i.id}
      columns={[
        {
          header: 'Item',
          cell: (i) => (
            <>
              <Link className="govuk-link" href={`${base}/items/${i.id}`}>
                {i.title}
              </Link>
              <DemoTag show={i.isDemo} />
              {i.isPrivate && <span className="govuk-body-s govuk-!-display-block">Board only</span>}
            </>
          ),
        },
        { header: 'From', cell: (i) => `${i.proposer ?? 'Unknown'}${i.mine ? ' (you)' : ''}` },
        { header: 'Origin', cell: (i) => originLabel(i.origin) },
        { header: 'Put forward', cell: (i) => formatPartialDate(i.proposedOn) },
        {
          header: 'Status',
          cell: (i) => (
            <>
              <ItemStatusTag status={i.status} />
              {i.carriedOver > 0 && (
                <span className="govuk-body-s govuk-!-display-block">
                  Carried over {i.carriedOver === 1 ? 'once' : `${i.carriedOver} times`}
                </span>
              )}
              {i.response && <span className="govuk-body-s govuk-!-display-block">Reason: {i.response}</span>}
            </>
          ),
        },
      ]}
    />
  )
}

function MeetingTable({
  base,
  meetings,
  caption,
  empty,
}: {
  base: string
  meetings: MeetingRow[]
  caption: string
  empty: string
}) {
  if (meetings.length === 0) return <p className="govuk-body">{empty}</p>
  return (
    <DataTable
      caption={caption}
      rows={meetings}
      rowKey={(m) => m.id}
      columns={[
        {
          header: 'Meeting',
          cell: (m) => (
            <>
              <Link className="govuk-link" href={`${base}/meetings/${m.id}`}>
                {m.title}
              </Link>
              <DemoTag show={m.isDemo} />
              {m.cancelled && <strong className="govuk-tag govuk-tag--red govuk-!-margin-left-1">Cancelled</strong>}
            </>
          ),
        },
        { header: 'When', cell: (m) => formatLondon(new Date(m.startsAt)) },
        { header: 'Where', cell: (m) => (m.isOnline ? 'Online' : (m.location ?? 'Not recorded')) },
        { header: 'Public', cell: (m) => (m.isPublic ? 'Public' : 'Private') },
        { header: 'Agenda items', cell: (m) => m.itemCount, numeric: true },
      ]}
    />
  )
}

function MemberTable({
  base,
  manage,
  members,
  caption,
  empty,
}: {
  base: string
  manage: boolean
  members: MemberRow[]
  caption: string
  empty: string
}) {
  if (members.length === 0) return <p className="govuk-body">{empty}</p>
  return (
    <DataTable
      caption={caption}
      rows={members}
      rowKey={(m) => m.id}
      columns={[
        {
          header: 'Name',
          cell: (m) => (
            <>
              {manage ? (
                <Link className="govuk-link" href={`${base}/members/${m.id}`}>
                  {m.name}
                </Link>
              ) : (
                m.name
              )}
              <DemoTag show={m.isDemo} />
              {m.organisation && <span className="govuk-body-s govuk-!-display-block">{m.organisation}</span>}
            </>
          ),
        },
        { header: 'Role', cell: (m) => roleLabel(m.role) },
        { header: 'Sector', cell: (m) => sectorLabel(m.sector) },
        { header: 'Term', cell: (m) => termLabel(m) + (m.endedReason ? ` (${m.endedReason})` : '') },
        { header: 'Deputy', cell: (m) => m.deputy ?? 'None' },
        { header: 'Named publicly', cell: (m) => (m.listedPublicly ? 'Yes' : 'No') },
      ]}
    />
  )
}
