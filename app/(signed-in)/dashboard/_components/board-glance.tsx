import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import type { BoardGlance } from '@/lib/data/board/glance'
import { formatLondon } from '@/lib/london-time'

/** Each of the user's boards: next meeting and the agenda backlog. */
export function BoardGlanceTable({ boards }: { boards: BoardGlance[] }) {
  if (boards.length === 0) return null
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
    </>
  )
}
