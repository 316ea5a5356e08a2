/** "Download this table" links to the open data files behind a table. */
export function DownloadLinks({ dataset, area, label }: { dataset: string; area?: string; label: string }) {
  const query = area ? `?area=${encodeURIComponent(area)}` : ''
  return (
    <p className="govuk-body-s app-download-links">
      Download {label}:{' '}
      <a className="govuk-link" href={`/download/${dataset}.csv${query}`} download>
        CSV<span className="govuk-visually-hidden"> file of {label}</span>
      </a>{' '}
      or{' '}
      <a className="govuk-link" href={`/download/${dataset}.json${query}`} download>
        JSON<span className="govuk-visually-hidden"> file of {label}</span>
      </a>
    </p>
  )
}
