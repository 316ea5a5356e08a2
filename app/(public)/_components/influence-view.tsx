import Link from 'next/link'
import { DemoTag, originLabel } from '@/components/board/board-labels'
import { BarChartFigure } from '@/components/charts/chart-figure'
import { DataTable } from '@/components/ui/data-table'
import type { InfluenceView } from '@/lib/data/public/influence'
import { formatPartialDate } from '@/lib/format'
import { LEDGER_KIND_LABELS, LEDGER_KINDS, type Share } from '@/lib/influence'

const pct = (s: Share) => (s.percent === null ? 'None recorded' : `${s.percent}%`)

/** The ledger of one area or of the programme: definitions, shares by kind and by quarter, and the local decisions. */
export function InfluenceLedger({ view }: { view: InfluenceView }) {
  const { ledger } = view
  const where = view.area ? view.area.name : 'the 12 areas'
  return (
    <>
      <div className="govuk-inset-text">
        <p className="govuk-body">
          <strong>What counts as local:</strong> something put forward by a board member from the area (its schools, colleges,
          employers, council, voluntary sector and others) or by the board’s own chair. Things that came from the DfE delivery
          team or from national policy are not local. Each item’s origin is recorded when it is created.
        </p>
        <p className="govuk-body govuk-!-margin-bottom-0">
          Only public business is counted: agenda items and decisions of public meetings, and proposals only as a count.
          Priorities of plans published before origins were recorded show as “not recorded” and are left out of the share.
        </p>
      </div>

      <DataTable
        caption={`How much began locally in ${where}`}
        captionSize="m"
        rows={LEDGER_KINDS}
        rowKey={(k) => k}
        columns={[
          { header: 'What', cell: (k) => LEDGER_KIND_LABELS[k] },
          { header: 'Began locally', numeric: true, cell: (k) => String(ledger.byKind[k].local) },
          { header: 'Origin recorded', numeric: true, cell: (k) => String(ledger.byKind[k].recorded) },
          { header: 'Share local', numeric: true, cell: (k) => pct(ledger.byKind[k]) },
          { header: 'Origin not recorded', numeric: true, cell: (k) => String(ledger.byKind[k].notRecorded) },
        ]}
      />

      <h2 className="govuk-heading-m">Over time</h2>
      {ledger.byQuarter.length === 0 ? (
        <p className="govuk-body">No public agenda items, decisions or accepted proposals yet.</p>
      ) : (
        <>
          <DataTable
            caption="Agenda items, decisions and accepted proposals that began locally, by quarter"
            rows={ledger.byQuarter}
            rowKey={(q) => q.quarter}
            columns={[
              { header: 'Quarter', cell: (q) => q.quarter },
              { header: 'Began locally', numeric: true, cell: (q) => String(q.share.local) },
              { header: 'Origin recorded', numeric: true, cell: (q) => String(q.share.recorded) },
              { header: 'Share local', numeric: true, cell: (q) => pct(q.share) },
            ]}
          />
          <BarChartFigure
            caption={`Share that began locally, by quarter (${where})`}
            unitLabel="% began locally"
            data={ledger.byQuarter.map((q) => ({ label: q.quarter, value: q.share.percent ?? 0 }))}
          />
        </>
      )}

      {view.areas.length > 0 && (
        <DataTable
          caption="By area"
          captionSize="m"
          rows={view.areas}
          rowKey={(a) => a.slug}
          columns={[
            {
              header: 'Area',
              cell: (a) => (
                <Link href={`/areas/${a.slug}/influence`} className="govuk-link">
                  {a.name}
                </Link>
              ),
            },
            { header: 'Began locally', numeric: true, cell: (a) => String(a.ledger.all.local) },
            { header: 'Origin recorded', numeric: true, cell: (a) => String(a.ledger.all.recorded) },
            { header: 'Share local', numeric: true, cell: (a) => pct(a.ledger.all) },
          ]}
        />
      )}

      <h2 className="govuk-heading-m">Decisions that began locally</h2>
      {view.localDecisions.length === 0 ? (
        <p className="govuk-body">No public decision has come from a local partner or the chair yet.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {view.localDecisions.map((d, i) => (
            <li key={i}>
              {d.summary} ({originLabel(d.origin)}, {formatPartialDate(d.decidedOn)}
              {view.area ? '' : `, ${d.area.name}`}) <DemoTag show={d.isDemo} />{' '}
              <Link href={`/areas/${d.area.slug}/board`} className="govuk-link">
                See the board<span className="govuk-visually-hidden"> of {d.area.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}

      <h2 className="govuk-heading-m">Corrections</h2>
      <p className="govuk-body">
        Where something came from is recorded when it is put forward. Only the board’s chair can correct it, with a reason that is
        published here.
      </p>
      {view.corrections.length === 0 ? (
        <p className="govuk-body">No origin has been corrected.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {view.corrections.map((c, i) => (
            <li key={i}>
              {formatPartialDate(c.at.slice(0, 10))}
              {view.area ? '' : `, ${c.area.name}`}: {CORRECTED[c.kind]}
              {c.label ? ` “${c.label}”` : ''} changed from {originLabel(c.from)} to {originLabel(c.to)}. Reason given: {c.reason}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

const CORRECTED = { agendaItem: 'the agenda item', decision: 'the decision', proposal: 'an accepted proposal' } as const
