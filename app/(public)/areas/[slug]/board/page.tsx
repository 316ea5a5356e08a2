import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { DemoTag, originLabel, roleLabel, sectorLabel, termLabel } from '@/components/board/board-labels'
import { DataTable } from '@/components/ui/data-table'
import { getPublicBoard, type PublicMeeting, type PublicMember } from '@/lib/data/public/board'
import { formatPartialDate } from '@/lib/format'
import { formatLondon } from '@/lib/london-time'

/** Rendered on its first visit and then served from the page cache (ADR 004): none at build. */
export const revalidate = 300
export function generateStaticParams() {
  return []
}

const SLUG = /^[a-z0-9-]{1,80}$/

async function load(slug: string) {
  return SLUG.test(slug) ? getPublicBoard(slug) : null
}

export async function generateMetadata({ params }: PageProps<'/areas/[slug]/board'>): Promise<Metadata> {
  const board = await load((await params).slug)
  return { title: board ? `${board.area.name} partnership board` : 'Page not found' }
}

export default async function PublicBoardPage({ params }: PageProps<'/areas/[slug]/board'>) {
  const board = await load((await params).slug)
  if (!board) notFound()
  const { area } = board
  return (
    <>
      <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
        <ol className="govuk-breadcrumbs__list">
          <li className="govuk-breadcrumbs__list-item">
            <Link className="govuk-breadcrumbs__link" href="/">
              Opportunity Areas
            </Link>
          </li>
          <li className="govuk-breadcrumbs__list-item">
            <Link className="govuk-breadcrumbs__link" href={`/areas/${area.slug}`}>
              {area.name}
            </Link>
          </li>
        </ol>
      </nav>
      <span className="govuk-caption-xl">{area.name}</span>
      <h1 className="govuk-heading-xl">Partnership board</h1>
      <p className="govuk-body-l">
        The local board of schools, colleges, employers, the council and others that sets the area’s priorities with the DfE
        delivery team.
      </p>

      <h2 className="govuk-heading-l">Who is on the board</h2>
      {board.members.length === 0 && board.unnamed.length === 0 ? (
        <p className="govuk-body">The portal holds no current membership for this board.</p>
      ) : (
        <>
          {board.members.length > 0 && <MemberTable caption="Current members" members={board.members} />}
          {board.unnamed.length > 0 && (
            <>
              <p className="govuk-body">
                {board.members.length > 0 ? 'Other members' : 'Members'}, not named here, by the sector they represent:
              </p>
              <ul className="govuk-list govuk-list--bullet">
                {board.unnamed.map((u) => (
                  <li key={u.sector ?? 'none'}>
                    {sectorLabel(u.sector)}: {u.count}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {board.namedChairs.length > 0 && (
        <>
          <h3 className="govuk-heading-m">Chairs named in published sources</h3>
          <ul className="govuk-list">
            {board.namedChairs.map((c) => (
              <li key={c.name}>
                {c.name}
                {c.termLabel ? ` (${c.termLabel})` : ''}{' '}
                {c.sources.map((s, i) => (
                  <a key={s.url} className="govuk-link govuk-body-s" href={s.url} rel="external noreferrer">
                    {i === 0 ? 'Source' : `source ${i + 1}`}: {s.publisher}
                  </a>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
      {board.pastMembers.length > 0 && <MemberTable caption="Past members" members={board.pastMembers} />}

      <h2 className="govuk-heading-l">Meetings</h2>
      <p className="govuk-body">Public meetings, their public agenda items and the board’s decisions on them.</p>
      <h3 className="govuk-heading-m">Coming meetings</h3>
      {board.meetings.coming.length === 0 ? (
        <p className="govuk-body">No public meetings are scheduled.</p>
      ) : (
        board.meetings.coming.map((m) => <Meeting key={m.id} slug={area.slug} meeting={m} />)
      )}
      <h3 className="govuk-heading-m">Past meetings</h3>
      {board.meetings.past.length === 0 ? (
        <p className="govuk-body">No public meetings are recorded yet.</p>
      ) : (
        board.meetings.past.map((m) => <Meeting key={m.id} slug={area.slug} meeting={m} />)
      )}
    </>
  )
}

function MemberTable({ caption, members }: { caption: string; members: PublicMember[] }) {
  return (
    <DataTable
      caption={caption}
      rows={members}
      rowKey={(m) => `${m.name}-${m.role}-${m.startsOn}`}
      columns={[
        {
          header: 'Name',
          cell: (m) => (
            <>
              {m.name}
              <DemoTag show={m.isDemo} />
              {m.organisation && <span className="govuk-body-s govuk-!-display-block">{m.organisation}</span>}
            </>
          ),
        },
        { header: 'Role', cell: (m) => roleLabel(m.role) },
        { header: 'Sector', cell: (m) => sectorLabel(m.sector) },
        { header: 'Term', cell: (m) => termLabel(m) },
      ]}
    />
  )
}

function Meeting({ slug, meeting }: { slug: string; meeting: PublicMeeting }) {
  return (
    <section className="govuk-!-margin-bottom-6" aria-labelledby={`meeting-${meeting.id}`}>
      <h4 className="govuk-heading-s govuk-!-margin-bottom-1" id={`meeting-${meeting.id}`}>
        {meeting.title}
        <DemoTag show={meeting.isDemo} />
      </h4>
      <p className="govuk-body-s">
        {formatLondon(new Date(meeting.startsAt))} · {meeting.isOnline ? 'Online' : (meeting.place ?? 'Place not recorded')}
        {meeting.minutesApprovedOn && ` · Minutes approved ${formatPartialDate(meeting.minutesApprovedOn)}`}
      </p>
      {meeting.items.length === 0 ? (
        <p className="govuk-body">No public agenda items.</p>
      ) : (
        <ol className="govuk-list govuk-list--number">
          {meeting.items.map((i) => (
            <li key={i.id}>
              {i.title} <span className="govuk-body-s">(from {originLabel(i.origin).toLowerCase()})</span>
              {i.papers.length > 0 && (
                <ul className="govuk-list govuk-!-margin-top-1 govuk-!-margin-bottom-1">
                  {i.papers.map((p) => (
                    <li key={p.id}>
                      <a className="govuk-link" href={`/areas/${slug}/board/papers/${p.id}`} download>
                        {p.title}
                      </a>{' '}
                      <span className="govuk-body-s">({p.fileName})</span>
                    </li>
                  ))}
                </ul>
              )}
              {i.minutes && <p className="govuk-body govuk-!-margin-top-1 govuk-!-margin-bottom-1">Minutes: {i.minutes}</p>}
              {i.decisions.length > 0 && (
                <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-1">
                  {i.decisions.map((d, n) => (
                    <li key={n}>
                      Decided {formatPartialDate(d.decidedOn)}: {d.summary}
                      <DemoTag show={d.isDemo} />
                      {d.action && (
                        <>
                          {' '}
                          Action:{' '}
                          <Link className="govuk-link" href={`/areas/${slug}#action-${d.action.id}`}>
                            {d.action.title}
                          </Link>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
