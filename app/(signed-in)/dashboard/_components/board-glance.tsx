import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import type { BoardGlance } from '@/lib/data/board/glance'
import { formatLondon } from '@/lib/london-time'

/** Each of the user's boards: next meeting and the backlog, then what is waiting for them. */
export function BoardGlanceTable({ boards }: { boards: BoardGlance[] }) {
  if (boards.length === 0) return null
  const todo = boards.flatMap((b) => [
    ...b.votesToCast.map((v) => ({
      key: `v-${v.id}`,
      href: `/boards/${b.slug}/motions/${v.id}`,
      text: `Vote: ${v.question}`,
      area: b.areaName,
    })),
    ...b.minutes.map((m) => ({
      key: `m-${m.id}`,
      href: `/boards/${b.slug}/meetings/${m.id}#minutes`,
      text: `${m.step === 'draft' ? 'Minutes to write up' : 'Minutes to approve'}: ${m.title}`,
      area: b.areaName,
    })),
    ...(b.reviewsDue
      ? [
          {
            key: `r-${b.slug}`,
            href: `/boards/${b.slug}/interests`,
            text: `${b.reviewsDue} of your declared interests ${b.reviewsDue === 1 ? 'is' : 'are'} due a yearly review`,
            area: b.areaName,
          },
        ]
      : []),
  ])
  return (
    <>
      <h2 className="govuk-heading-m">Your board</h2>
      <DataTable
        caption="Next meeting and the agenda backlog"
        captionSize="hidden"
        rows={boards}
        rowKey={(b) => b.slug}
        columns={[
          {
            header: 'Board',
            cell: (b) => (
              <Link className="govuk-link" href={`/boards/${b.slug}`}>
                {b.areaName} board
              </Link>
            ),
          },
          {
            header: 'Next meeting',
            cell: (b) =>
              b.nextMeeting ? (
                <Link className="govuk-link" href={`/boards/${b.slug}/meetings/${b.nextMeeting.id}`}>
                  {b.nextMeeting.title}, {formatLondon(new Date(b.nextMeeting.startsAt))}
                </Link>
              ) : (
                'None scheduled'
              ),
          },
          { header: 'Items in the backlog', numeric: true, cell: (b) => b.waiting },
          { header: 'Yours', numeric: true, cell: (b) => b.mine },
        ]}
      />
      {todo.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Waiting for you on the board</h3>
          <ul className="govuk-list govuk-list--bullet">
            {todo.map((t) => (
              <li key={t.key}>
                <Link className="govuk-link" href={t.href}>
                  {t.text}
                </Link>
                {boards.length > 1 && ` (${t.area})`}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
