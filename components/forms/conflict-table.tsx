import { DataTable } from '@/components/ui/data-table'

/** Shown after a stale save: what the other person saved beside this user's answers, where they differ. */
export function ConflictTable({ differences }: { differences: { title: string; theirs: string; yours: string }[] }) {
  return (
    <div className="govuk-inset-text" id="conflict">
      <h2 className="govuk-heading-m">Their changes and yours</h2>
      {differences.length === 0 ? (
        <p className="govuk-body">They saved the same values as yours. Save again to confirm.</p>
      ) : (
        <DataTable
          caption="Saving again replaces their values with your answers below. Change your answers first to keep any of theirs."
          scroll={false}
          rows={differences}
          rowKey={(d) => d.title}
          columns={[
            { header: 'Field', cell: (d) => d.title },
            { header: 'Saved by them', cell: (d) => d.theirs },
            { header: 'Your answer', cell: (d) => d.yours },
          ]}
        />
      )}
    </div>
  )
}
